import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

export const EXAMPLES_DIR = path.join(projectRoot, 'src', 'examples');

export type Example = { file: string; query: string };

/** The saved example operations GraphiQL opens with, one tab each, in file-name order. */
export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, query: readFileSync(path.join(dir, file), 'utf8') }));
}
