import { performance } from 'node:perf_hooks';
import {
  addScores,
  emptyScores,
  evaluateArticle,
  METRICS,
  type MetricName,
  type Scores,
  score,
} from '../extract/evaluation.js';
import { type GoldArticle, loadGoldArticles } from '../extract/gold.js';
import { extractArticle } from '../extract/index.js';

/** `npm run eval:extract`: precision, recall and F1 of the extractor on every gold article, and its speed. */

const THROUGHPUT_SECONDS = 2;
const LABELS: Record<MetricName, string> = {
  span: 'span overlap',
  speaker: 'speaker',
  originalMedium: 'original medium',
  citedVia: 'cited via',
  outlets: 'outlets (both)',
  position: 'position',
  positionStance: 'position+stance',
};

const pct = (x: number | null) => (x === null ? '    —' : `${(x * 100).toFixed(1).padStart(5)}`);

function table(scores: Scores): string {
  const rows = METRICS.map((m) => {
    const c = scores[m];
    const s = score(c);
    const counts = `${c.correctPredicted}/${c.predicted} pred, ${c.foundGold}/${c.gold} gold`;
    return `  ${LABELS[m].padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${counts})`;
  });
  return rows.join('\n');
}

function evaluate(article: GoldArticle): Scores {
  const predicted = extractArticle(article.text, article.meta);
  return evaluateArticle(predicted, article.gold);
}

function throughput(articles: readonly GoldArticle[]): { rate: number; runs: number } {
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < THROUGHPUT_SECONDS * 1000) {
    for (const a of articles) extractArticle(a.text, a.meta);
    runs += articles.length;
  }
  return { rate: runs / ((performance.now() - started) / 1000), runs };
}

console.log('Loading the gold articles…');
const articles = loadGoldArticles();
console.log(`${articles.length} gold articles (the seed and data/gold/).\n`);
const overall = emptyScores();
const others = emptyScores();
for (const [i, article] of articles.entries()) {
  process.stdout.write(`[${i + 1}/${articles.length}] ${article.name}: extracting… `);
  const started = performance.now();
  const scores = evaluate(article);
  console.log(
    `${article.gold.statements.length} gold statements, done in ${(performance.now() - started).toFixed(0)} ms`,
  );
  console.log(table(scores));
  addScores(overall, scores);
  if (article.name !== 'seed') addScores(others, scores);
}
console.log(`\nAll gold articles except the seed (micro-averaged):\n${table(others)}`);
console.log(`\nAll gold articles (micro-averaged):\n${table(overall)}`);
console.log(`\nMeasuring throughput: extracting every gold article repeatedly for ${THROUGHPUT_SECONDS} s…`);
const { rate, runs } = throughput(articles);
console.log(`${runs} extractions, ${rate.toFixed(0)} articles/s (one process, one core).`);
