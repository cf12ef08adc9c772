import { parseArgs } from 'node:util';
import { openBenchDatabase } from '../bench/bench-neo4j.js';
import { corpusFor, corpusStats, presetOrExit } from '../bench/corpus.js';

const usage =
  'Usage: npm run corpus -- [--preset small|large] [--stats | --bulk]\n' +
  '  --stats  only generate the corpus in memory and print its size and skew (no database)\n' +
  '  --bulk   write it as CSV and build a new store with neo4j-admin database import (replaces the bench\n' +
  '           database), then start it, apply the schema and wait for the indexes, then stop that Neo4j\n' +
  '  default  load it into the benchmark Neo4j (.neo4j/instances/bench-<preset>) in write transactions,\n' +
  '           unless it is there already, then stop that Neo4j';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    stats: { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const preset = presetOrExit(values.preset, usage);
if (values.stats && values.bulk) {
  console.error(`--stats and --bulk exclude each other.\n${usage}`);
  process.exit(2);
}

if (values.stats) {
  const started = performance.now();
  const stats = corpusStats(corpusFor(preset), (done, total) => {
    if (done % 20_000 === 0)
      console.log(`  generated ${done.toLocaleString('en')}/${total.toLocaleString('en')} articles`);
  });
  console.log(JSON.stringify(stats, null, 2));
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)}s`);
} else {
  const db = await openBenchDatabase(preset, (line) => console.log(line), undefined, { bulk: values.bulk });
  await db.close();
  console.log(
    `The ${preset} corpus is in ${db.server.home}; \`npm run bench -- --preset ${preset}\` reuses it.`,
  );
}
