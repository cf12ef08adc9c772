import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { sha256Hex } from '../plugins/trusted-documents.js';

// Prints a trusted-documents manifest ({ "<sha256>": "<document>" }) for the given .graphql files, one operation
// document per file, hashed exactly as written: clients send the same hash (documentId "sha256:<hash>").
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(
    'Usage: npm run trusted-documents -- FILE.graphql [FILE.graphql ...] > trusted-documents.json',
  );
  process.exit(2);
}
const manifest: Record<string, string> = {};
for (const file of files) {
  const document = readFileSync(file, 'utf8');
  try {
    parse(document);
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  const hash = sha256Hex(document);
  manifest[hash] = document;
  console.error(`${hash}  ${file}`);
}
console.log(JSON.stringify(manifest, null, 2));
