import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustedDocuments, sha256Hex } from '../../../src/plugins/trusted-documents.js';

const dir = mkdtempSync(path.join(tmpdir(), 'trusted-unit-'));
function manifest(content: unknown): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('trusted documents manifest', () => {
  const doc = 'query A { __typename }';

  it('reads hashes with or without the sha256: prefix', () => {
    const other = 'query B { __typename }';
    const documents = loadTrustedDocuments(
      manifest({ [sha256Hex(doc)]: doc, [`sha256:${sha256Hex(other)}`]: other }),
    );
    expect(documents.get(sha256Hex(doc))).toBe(doc);
    expect(documents.get(sha256Hex(other))).toBe(other);
  });

  it('lists every wrong hash, unparsable document and non-string at once', () => {
    const broken = 'query {';
    const file = manifest({ ['0'.repeat(64)]: doc, [sha256Hex(broken)]: broken, abc: 42 });
    let message = '';
    try {
      loadTrustedDocuments(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`is not the SHA-256 of its document (expected ${sha256Hex(doc)})`);
    expect(message).toContain('Syntax Error');
    expect(message).toContain('abc: the document is not a string');
  });

  it('refuses files that are not a manifest', () => {
    expect(() => loadTrustedDocuments(manifest('not json'))).toThrow(/not a readable JSON file/);
    expect(() => loadTrustedDocuments(manifest([doc]))).toThrow(/expected an object/);
    expect(() => loadTrustedDocuments(manifest({}))).toThrow(/lists no documents/);
  });
});
