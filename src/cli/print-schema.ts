import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { printSchemaSdl } from '../print-sdl.js';

const file = path.join(projectRoot, 'schema', 'schema.graphql');
writeFileSync(file, printSchemaSdl());
console.log(`Wrote ${path.relative(projectRoot, file)}`);
