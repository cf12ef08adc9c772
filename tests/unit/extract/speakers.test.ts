import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { sameName, slugify, transliterationKey } from '../../../src/extract/names.js';
import { statementWith } from './helpers.js';

describe('speaker resolution', () => {
  it('resolves he and she to the most recent speaker of that gender', () => {
    const doc = extractArticle(
      'Foreign Ministry spokeswoman Maria Zakharova said the talks failed. Lavrov said Russia was patient. She said the West lied. He said talks would go on.',
    );
    expect(statementWith(doc, 'She said').speaker).toBe('maria-zakharova');
    expect(statementWith(doc, 'He said').speaker).toBe('sergei-lavrov');
  });

  it('introduces a role alias with a first mention and resolves role phrases to it', () => {
    const doc = extractArticle(
      'Kremlin spokesman Dmitry Peskov said Russia was ready. The Russian spokesperson stated that troops would stay. Later, the Kremlin’s spokesman said talks failed.',
    );
    expect(statementWith(doc, 'The Russian spokesperson').speaker).toBe('dmitry-peskov');
    expect(statementWith(doc, 'spokesman said talks').speaker).toBe('dmitry-peskov');
    expect(doc.actors.find((a) => a.id === 'dmitry-peskov')?.aliases).toContain('Kremlin spokesman');
    expect(doc.affiliations).toContainEqual({
      actor: 'dmitry-peskov',
      role: 'spokesperson_for',
      of: 'kremlin',
    });
  });

  it('reads capitals that speak as their states, but not places', () => {
    const doc = extractArticle(
      'Moscow said it was waiting for Washington. Kyiv rejected the plan. Talks were held in Moscow.',
      {},
      {},
      { articleAssertions: true },
    );
    expect(statementWith(doc, 'Moscow said').speaker).toBe('russia');
    expect(statementWith(doc, 'Kyiv rejected').speaker).toBe('ukraine');
    expect(statementWith(doc, 'Moscow said').mentions.map((m) => m.actor)).toContain('united-states');
    expect(statementWith(doc, 'Talks were held').speaker).toBeNull();
  });

  it('matches spelling variants of a name to one actor', () => {
    const doc = extractArticle(
      'Deputy Foreign Minister Oleg Syromolotov said the US ignored Russia. Syromolotow also dismissed the reports. Peskow said nothing new. Sergey Ryabkov said talks went on.',
    );
    const oleg = statementWith(doc, 'Syromolotov said').speaker;
    expect(oleg).toBe('oleg-syromolotov');
    expect(statementWith(doc, 'Syromolotow also').speaker).toBe(oleg);
    expect(statementWith(doc, 'Sergey Ryabkov').speaker).toBe('sergei-ryabkov');
    expect(statementWith(doc, 'Peskow said').speaker).toBe('dmitry-peskov');
    expect(doc.actors.find((a) => a.id === 'dmitry-peskov')?.aliases).toContain('Peskow');
  });

  it('creates new actors with slug ids from the names the text introduces', () => {
    const doc = extractArticle('Lithuanian Foreign Minister Gabrielius Landsbergis welcomed the decision.');
    expect(doc.statements[0]?.speaker).toBe('gabrielius-landsbergis');
    expect(doc.actors.find((a) => a.id === 'gabrielius-landsbergis')).toMatchObject({
      kind: 'person',
      aliases: expect.arrayContaining(['Landsbergis', 'Lithuanian Foreign Minister']),
    });
  });

  it('uses the known entities it is given', () => {
    const known = {
      actors: [{ id: 'acme-ceo', name: 'Jane Roe', kind: 'person' as const, aliases: ['Roe'] }],
    };
    const doc = extractArticle('Roe said the deal was fair.', {}, known);
    expect(doc.statements[0]?.speaker).toBe('acme-ceo');
  });

  it('resolves unnamed officials to the body or state they speak for', () => {
    const doc = extractArticle(
      'A senior US State Department official said Washington was ready. The official, who spoke on condition of anonymity, said Iran was stalling. Officials in Kyiv said the attack failed.',
    );
    expect(statementWith(doc, 'A senior').speaker).toBe('us-state-department');
    expect(statementWith(doc, 'The official').speaker).toBe('us-state-department');
    expect(statementWith(doc, 'Officials in Kyiv').speaker).toBe('ukraine');
  });
});

describe('names', () => {
  it('normalises transliterations', () => {
    expect(transliterationKey('Ryabkov')).toBe(transliterationKey('Riabkov'));
    expect(transliterationKey('Zelenskyy')).toBe(transliterationKey('Zelensky'));
    expect(sameName('Peskov', 'Peskow')).toBe(true);
    expect(sameName('Peskov', 'Petrov')).toBe(false);
    expect(sameName('Li', 'Lu')).toBe(false);
  });

  it('slugs names', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify("Ukraine's military")).toBe('ukraines-military');
  });
});
