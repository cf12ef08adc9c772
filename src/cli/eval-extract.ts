import { performance } from 'node:perf_hooks';
import {
  ACCURACIES,
  accuracy,
  addScores,
  emptyScores,
  evaluateArticle,
  METRICS,
  type MetricName,
  type Scores,
  score,
} from '../extract/evaluation.js';
import { type EvaluationSet, type GoldArticle, loadEvaluationSets } from '../extract/gold.js';
import { extractArticle } from '../extract/index.js';

/**
 * `npm run eval:extract`: the extractor against every evaluation set (gold, and the corpus's splits that are
 * present), per field and per article, then its speed on one core without process start-up.
 * `--quiet` prints only the summaries; `--set NAME` limits the run to one set.
 */

const THROUGHPUT_SECONDS = 3;
const LABELS: Record<MetricName, string> = {
  span: 'detection (span)',
  speaker: 'speaker (P/R/F1)',
  speakerAccuracy: 'speaker accuracy',
  mediumAccuracy: 'medium accuracy',
  originalMedium: 'original medium',
  citedVia: 'cited via',
  outlets: 'outlets (both)',
  position: 'position',
  positionStance: 'position+stance',
  positionMeaning: 'position, meaning',
  positionStanceMeaning: 'pos+stance meaning',
  positionAligned: 'position, aligned',
  positionStanceAligned: 'pos+stance aligned',
  endToEnd: 'end-to-end',
};

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args[args.indexOf('--set') + 1];
const pct = (x: number | null) => (x === null ? '    —' : `${(x * 100).toFixed(1).padStart(5)}`);

function table(scores: Scores): string {
  const rows = METRICS.map((m) => {
    const c = scores[m];
    if (ACCURACIES.includes(m)) {
      const of = `${c.foundGold}/${c.gold} aligned gold statements`;
      return `  ${LABELS[m].padEnd(18)} acc ${pct(accuracy(c))}                      (${of})`;
    }
    const s = score(c);
    const counts = `${c.correctPredicted}/${c.predicted} pred, ${c.foundGold}/${c.gold} gold`;
    return `  ${LABELS[m].padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${counts})`;
  });
  return rows.join('\n');
}

const ROW_HEADER = `  ${'article'.padEnd(46)} gold pred   det   spk   med   via  pos+st  e2e`;

function articleRow(name: string, scores: Scores): string {
  const f1 = (m: MetricName) => pct(score(scores[m]).f1);
  const acc = (m: MetricName) => pct(accuracy(scores[m]));
  const n = (x: number) => String(x).padStart(4);
  return `  ${name.slice(0, 46).padEnd(46)} ${n(scores.span.gold)} ${n(scores.span.predicted)} ${f1('span')} ${acc('speakerAccuracy')} ${acc('mediumAccuracy')} ${f1('citedVia')} ${f1('positionStance')} ${f1('endToEnd')}`;
}

function evaluateSet(set: EvaluationSet): Scores {
  const total = emptyScores();
  console.log(`\n== ${set.name}: ${set.articles.length} articles, ${set.description}`);
  if (!quiet) console.log(ROW_HEADER);
  for (const article of set.articles) {
    const scores = evaluateArticle(extractArticle(article.text, article.meta, {}, set.options), article.gold);
    if (!quiet) console.log(articleRow(article.name, scores));
    addScores(total, scores);
  }
  console.log(`\n${set.name} (micro-averaged over ${set.articles.length} articles):\n${table(total)}`);
  return total;
}

/** Articles per second of wall time and per CPU-second (the per-core figure, fair on a shared machine). */
function throughput(articles: readonly GoldArticle[]) {
  for (const a of articles) extractArticle(a.text, a.meta);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let runs = 0;
  let chars = 0;
  while (performance.now() - started < THROUGHPUT_SECONDS * 1000) {
    for (const a of articles) {
      extractArticle(a.text, a.meta);
      chars += a.text.length;
    }
    runs += articles.length;
  }
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { runs, wall: runs / wall, perCpu: runs / cpuSeconds, meanChars: chars / runs };
}

console.log('Loading the evaluation sets…');
const sets = loadEvaluationSets().filter((s) => args.indexOf('--set') === -1 || s.name === only);
const summaries: [string, Scores][] = [];
for (const set of sets) summaries.push([set.name, evaluateSet(set)]);

console.log('\n== Summary (micro-averaged; accuracies over aligned gold statements)');
console.log(`  ${'metric'.padEnd(22)} ${summaries.map(([n]) => n.padStart(8)).join(' ')}`);
for (const m of [
  'span',
  'speakerAccuracy',
  'mediumAccuracy',
  'citedVia',
  'positionStance',
  'positionStanceMeaning',
  'positionStanceAligned',
  'endToEnd',
] as const) {
  const cells = summaries.map(([, s]) =>
    pct(ACCURACIES.includes(m) ? accuracy(s[m]) : score(s[m]).f1).padStart(8),
  );
  console.log(`  ${`${LABELS[m]}${ACCURACIES.includes(m) ? '' : ' F1'}`.padEnd(22)} ${cells.join(' ')}`);
}

const all = sets.flatMap((s) => s.articles);
console.log(
  `\nMeasuring throughput: extracting all ${all.length} articles repeatedly for ${THROUGHPUT_SECONDS} s (warm, no start-up)…`,
);
const t = throughput(all);
console.log(
  `${t.runs} extractions (mean ${Math.round(t.meanChars)} characters): ${t.perCpu.toFixed(1)} articles per CPU-second (per core); ${t.wall.toFixed(1)} articles/s of wall time on this (shared) machine.`,
);
