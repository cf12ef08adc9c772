import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../config.js';
import { ExtractionError } from './errors.js';
import {
  actorsFileSchema,
  compileLexicon,
  cuesFileSchema,
  type Lexicon,
  outletsFileSchema,
  positionsFileSchema,
} from './lexicon.js';

export const LEXICON_DIR = path.join(projectRoot, 'data', 'lexicon');

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const where = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(where, 'utf8'));
  } catch (error) {
    throw new ExtractionError('lexicon', `Cannot read the lexicon file: ${(error as Error).message}`, where);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'document'}: ${i.message}`)
      .join('; ');
    throw new ExtractionError('lexicon', `The lexicon file is invalid: ${issues}`, where);
  }
  return parsed.data;
}

/** Reads and compiles the lexicon files of a folder (data/lexicon by default). */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  return compileLexicon({
    cues: readJson(dir, 'cues.json', cuesFileSchema),
    actors: readJson(dir, 'actors.json', actorsFileSchema),
    outlets: readJson(dir, 'outlets.json', outletsFileSchema),
    positions: readJson(dir, 'positions.json', positionsFileSchema),
  });
}

let cached: Lexicon | undefined;

/** The project's lexicon, read once per process. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
