import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../src/extract/errors.js';
import { defaultLexicon, loadLexicon } from '../../../src/extract/lexicon-loader.js';

describe('the lexicon files', () => {
  it('load and compile', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.positions.length).toBeGreaterThan(5);
    expect(lexicon.verbs.get('say')?.act).toBe('claim');
    expect(lexicon.phrasalVerbs.get('call')?.map((p) => p.key)).toContain('call on');
  });

  it('refer only to positions they declare (refinements and the issues responses answer)', () => {
    const { positions } = defaultLexicon();
    const ids = new Set(positions.map((p) => p.id));
    const referred = positions.flatMap((p) =>
      [p.broader, p.response?.against].filter((x) => x !== undefined),
    );
    expect(referred.length).toBeGreaterThan(3);
    expect(referred.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('name the file and the field when one is invalid', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
    writeFileSync(path.join(dir, 'cues.json'), JSON.stringify({ verbs: { say: { act: 'shout' } } }));
    let error: unknown;
    try {
      loadLexicon(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).message).toMatch(/cues\.json/);
    expect((error as ExtractionError).message).toMatch(/verbs\.say\.act/);
  });
});
