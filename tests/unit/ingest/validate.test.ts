import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { formatIssues, validateAnnotatedArticle } from '../../../src/ingest/validate.js';

const articleText = readFileSync(new URL('../../../data/seed/article.txt', import.meta.url), 'utf8');
const seed = JSON.parse(
  readFileSync(new URL('../../../data/seed/article.annotated.json', import.meta.url), 'utf8'),
) as AnnotatedArticle;

const ARTICLE_ID = 'republicworld-2022-01-russia-troops-ukraine-border';
const TALKS = 'russia-us-security-talks-2022-01-10';
const NATO_MEETING = 'russia-nato-meeting-2022-01';

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`the seed document has no item ${index}`);
  return item;
}

/** A deep copy of the seed with one change; `Object.assign` lets a change put in values the types forbid. */
function mutated(change: (doc: AnnotatedArticle) => void): unknown {
  const doc = structuredClone(seed);
  change(doc);
  return doc;
}

/** The problems as the CLI prints them, one per line; an empty list means the document is valid. */
function problems(input: unknown): string[] {
  const result = validateAnnotatedArticle(input);
  return result.ok ? [] : formatIssues(result.errors).split('\n');
}

describe('the seed annotation', () => {
  it('validates', () => {
    expect(problems(seed)).toEqual([]);
    const result = validateAnnotatedArticle(seed);
    expect(result.ok && result.value.statements).toHaveLength(24);
  });

  it('carries the article text byte for byte', () => {
    expect(articleText).toHaveLength(2463);
    expect(seed.article.text).toBe(articleText);
  });

  it('has evidence spans that are exact slices of the article text', () => {
    const spans = [...seed.statements, ...seed.events].flatMap(({ evidence }) => evidence);
    expect(spans.length).toBeGreaterThan(30);
    for (const { start, end, text } of spans) expect(articleText.slice(start, end)).toBe(text);
  });

  it('gives every statement evidence and an id under the article id', () => {
    for (const { id, evidence } of seed.statements) {
      expect(evidence.length, id).toBeGreaterThan(0);
      expect(id).toMatch(new RegExp(`^${ARTICLE_ID}:s\\d{2}$`));
    }
  });

  it('attributes every remark of the Kremlin spokesman to Dmitry Peskov', () => {
    const cues = seed.statements.filter((s) => s.speaker === 'dmitry-peskov').map((s) => s.cue);
    expect(cues).toEqual([
      'stated',
      'adding',
      'stated',
      'told CNN',
      'stated',
      'stating',
      'stated',
      'stated',
      'stated',
      'said',
      'said',
      'warned',
    ]);
  });
});

describe('the example in docs/annotation-format.md', () => {
  it('validates', () => {
    const doc = readFileSync(new URL('../../../docs/annotation-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(problems(JSON.parse(example ?? 'null'))).toEqual([]);
  });
});

describe('structural problems', () => {
  it('reports a document that is not an object', () => {
    expect(problems(null)).toEqual(['document must be an object (found null)']);
  });

  it('reports unknown fields by their path', () => {
    const doc = mutated((d) => Object.assign(nth(d.statements, 0), { foo: 1 }));
    expect(problems(doc)).toEqual(['statements[0].foo is not a known field']);
  });

  it('lists the allowed values of an enum', () => {
    const doc = mutated((d) => Object.assign(nth(d.statements, 2), { speechAct: 'assertion' }));
    expect(problems(doc)).toEqual([
      'statements[2].speechAct must be one of claim, report, demand, warning, threat, justification, rejection, dismissal, denial, intent_to_cooperate, appeal (found "assertion")',
    ]);
  });

  it('reports missing, empty and malformed fields', () => {
    const doc = mutated((d) => {
      Object.assign(nth(d.statements, 0), { evidence: undefined });
      Object.assign(nth(d.statements, 1), { evidence: [] });
      Object.assign(nth(d.statements, 5), { speaker: 'Peskow' });
      Object.assign(nth(nth(d.statements, 6).evidence, 0), { start: -1 });
      Object.assign(nth(nth(d.statements, 7).evidence, 0), { end: 931.5 });
      Object.assign(nth(d.statements, 8), { text: '  ' });
      Object.assign(d, { format: 'claimgraph/annotated-article@2' });
      Object.assign(d.article, { url: 'republicworld.com/russia' });
    });
    expect(problems(doc)).toEqual([
      'format must be "claimgraph/annotated-article@1" (found "claimgraph/annotated-article@2")',
      'article.url must be a valid http(s) URL (found "republicworld.com/russia")',
      'statements[0].evidence is required',
      'statements[1].evidence must not be empty',
      'statements[5].speaker must be a lowercase slug such as "dmitry-peskov" (found "Peskow")',
      'statements[6].evidence[0].start must be at least 0 (found -1)',
      'statements[7].evidence[0].end must be an integer (found 931.5)',
      'statements[8].text must not be empty',
    ]);
  });

  it('reports a value nested too deep instead of exhausting the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const doc = mutated((d) => Object.assign(nth(d.statements, 0), { foo: deep }));
    const found = problems(doc);
    expect(found).toContain('statements[0].foo is not a known field');
    expect(found).toContain(`statements[0].foo${'[0]'.repeat(61)} is nested deeper than 64 levels`);
  });

  it('lists at most 100 problems and counts the rest', () => {
    const doc = mutated((d) => {
      for (let i = 0; i < 5_000; i++) Object.assign(d, { [`extra${i}`]: i });
    });
    const found = problems(doc);
    expect(found).toHaveLength(101);
    expect(found[0]).toBe('extra0 is not a known field');
    expect(found[100]).toBe('document has 4900 more problems (only the first 100 are listed)');
  });

  it('reports structure before looking at the whole document', () => {
    const doc = mutated((d) => {
      d.statements[0] = { ...nth(d.statements, 0), speaker: 'nobody' };
      Object.assign(nth(d.statements, 1), { negated: 'yes' });
    });
    expect(problems(doc)).toEqual(['statements[1].negated must be a boolean (found "yes")']);
  });
});

describe('whole-document problems', () => {
  it('reports a span that ends beyond the text', () => {
    const doc = mutated((d) => {
      nth(nth(d.statements, 3).evidence, 0).end = 2500;
    });
    expect(problems(doc)).toEqual([
      'statements[3].evidence[0].end is beyond the article text (2463 characters)',
    ]);
  });

  it('reports an empty or reversed span', () => {
    const doc = mutated((d) => {
      Object.assign(nth(nth(d.statements, 0).evidence, 0), { start: 40, end: 12 });
      Object.assign(nth(nth(d.statements, 1).evidence, 0), { start: 60, end: 60 });
    });
    expect(problems(doc)).toEqual([
      'statements[0].evidence[0] is empty or reversed (start 40, end 12)',
      'statements[1].evidence[0] is empty or reversed (start 60, end 60)',
    ]);
  });

  it('shows where a span text departs from the article', () => {
    const doc = mutated((d) => {
      const span = nth(nth(d.statements, 2).evidence, 0);
      span.text = span.text.replace('Dmitry', 'Dmitri');
    });
    expect(problems(doc)).toEqual([
      'statements[2].evidence[0].text does not match the article text at 155–280: ' +
        'expected "…mlin spokesman Dmitry Peskov stated that Russian forces are …", ' +
        'found "…mlin spokesman Dmitri Peskov stated that Russian forces are …"',
    ]);
  });

  it('points to the right offsets when a span is shifted', () => {
    const doc = mutated((d) => {
      const span = nth(nth(d.events, 1).evidence, 0);
      span.start += 1;
      span.end += 1;
    });
    expect(problems(doc)).toEqual([
      'events[1].evidence[0].text does not match the article text at 2074–2162: ' +
        'expected "ollowing the talks, Russia and representatives from NATO met…", ' +
        'found "Following the talks, Russia and representatives from NATO me…" (that text is at 2073–2161)',
    ]);
  });

  it('reports undeclared actors wherever they are referred to', () => {
    const doc = mutated((d) => {
      nth(d.statements, 5).speaker = 'peskow';
      nth(nth(d.statements, 6).mentions, 0).actor = 'north-atlantic-alliance';
      nth(d.affiliations, 0).of = 'presidential-administration';
      nth(nth(d.events, 0).participants, 1).actor = 'american-delegation';
    });
    expect(problems(doc)).toEqual([
      'affiliations[0].of "presidential-administration" is not a declared actor',
      'events[0].participants[1].actor "american-delegation" is not a declared actor',
      'statements[5].speaker "peskow" is not a declared actor',
      'statements[6].mentions[0].actor "north-atlantic-alliance" is not a declared actor',
    ]);
  });

  it('reports undeclared outlets wherever they are referred to', () => {
    const doc = mutated((d) => {
      d.article.publisher = 'republic-tv';
      d.article.imageCredits = ['afp'];
      nth(d.statements, 2).citedVia = ['reuters'];
      nth(d.statements, 6).originalMedium = 'cnn-international';
    });
    expect(problems(doc)).toEqual([
      'article.publisher "republic-tv" is not a declared outlet',
      'article.imageCredits[0] "afp" is not a declared outlet',
      'statements[2].citedVia[0] "reuters" is not a declared outlet',
      'statements[6].originalMedium "cnn-international" is not a declared outlet',
    ]);
  });

  it('reports undeclared positions and events', () => {
    const doc = mutated((d) => {
      nth(nth(d.statements, 6).positions, 1).position = 'nato-enlargement';
      nth(d.statements, 16).events = [NATO_MEETING, 'geneva-talks'];
      nth(d.events, 1).follows = 'geneva-talks';
    });
    expect(problems(doc)).toEqual([
      'events[1].follows "geneva-talks" is not a declared event',
      'statements[6].positions[1].position "nato-enlargement" is not a declared position',
      'statements[16].events[1] "geneva-talks" is not a declared event',
    ]);
  });

  it('reports an id declared twice in one list', () => {
    const doc = mutated((d) => {
      d.actors.push({ id: 'russia', name: 'Rossiya', kind: 'state', aliases: [] });
      nth(d.statements, 1).id = nth(d.statements, 0).id;
    });
    expect(problems(doc)).toEqual([
      'actors[10].id "russia" is declared twice (first at actors[0])',
      `statements[1].id "${ARTICLE_ID}:s01" is declared twice (first at statements[0])`,
    ]);
  });

  it('reports an id declared in two lists, except for an actor that is also an outlet', () => {
    const doc = mutated((d) => {
      d.positions.push({ id: 'nato', name: 'NATO as such' });
      d.actors.push({ id: 'cnn', name: 'CNN', kind: 'organization', aliases: [] });
    });
    expect(problems(doc)).toEqual(['positions[9].id "nato" is already declared at actors[3]']);
  });

  it('reports a statement id outside the article', () => {
    const doc = mutated((d) => {
      nth(d.statements, 0).id = 's01';
    });
    expect(problems(doc)).toEqual([
      `statements[0].id "s01" must start with the article id and a colon ("${ARTICLE_ID}:")`,
    ]);
  });

  it('reports an alias that names two actors, ignoring case', () => {
    const doc = mutated((d) => {
      nth(d.actors, 1).aliases.push('moscow');
      nth(d.actors, 6).aliases.push('Russia');
    });
    expect(problems(doc)).toEqual([
      'actors[1].aliases[2] "moscow" is already the alias of actors[0] ("russia")',
      'actors[6].aliases[1] "Russia" is already the name of actors[0] ("russia")',
    ]);
  });

  it('reports an event that follows itself', () => {
    const doc = mutated((d) => {
      nth(d.events, 1).follows = NATO_MEETING;
    });
    expect(problems(doc)).toEqual([`events[1].follows "${NATO_MEETING}" is the event itself`]);
  });

  it('reports a cycle of events once', () => {
    const doc = mutated((d) => {
      nth(d.events, 0).follows = NATO_MEETING;
    });
    expect(problems(doc)).toEqual([
      `events[0].follows "${NATO_MEETING}" makes a cycle: ${TALKS} follows ${NATO_MEETING} follows ${TALKS}`,
    ]);
  });

  it('requires conditional and condition to agree', () => {
    const doc = mutated((d) => {
      nth(d.statements, 0).condition = 'if the tension rises';
      nth(d.statements, 1).condition = null;
    });
    expect(problems(doc)).toEqual([
      'statements[0].condition is given but conditional is false',
      'statements[1].condition is required when conditional is true',
    ]);
  });

  it('reports a date value that does not fit its precision', () => {
    const doc = mutated((d) => {
      Object.assign(nth(d.statements, 2), {
        statedOn: { value: '2022-01', precision: 'day', context: true },
      });
      Object.assign(d.article, { publishedOn: { value: '2022-01-17', precision: 'year', context: true } });
    });
    expect(problems(doc)).toEqual([
      'article.publishedOn.value "2022-01-17" does not match precision "year" (expected YYYY)',
      'statements[2].statedOn.value "2022-01" does not match precision "day" (expected YYYY-MM-DD)',
    ]);
  });

  it('reports dates that are not on the calendar, knowing leap years', () => {
    const withDates = (talks: string, meeting: string) =>
      mutated((d) => {
        Object.assign(nth(d.events, 0), { date: { value: talks, precision: 'day', context: true } });
        Object.assign(nth(d.events, 1), { date: { value: meeting, precision: 'month', context: true } });
      });
    expect(problems(withDates('2022-02-30', '2022-13'))).toEqual([
      'events[0].date.value "2022-02-30" is not a calendar date',
      'events[1].date.value "2022-13" is not a calendar date',
    ]);
    expect(problems(withDates('2023-02-29', '2022-00'))).toEqual([
      'events[0].date.value "2023-02-29" is not a calendar date',
      'events[1].date.value "2022-00" is not a calendar date',
    ]);
    expect(problems(withDates('2024-02-29', '2022-12'))).toEqual([]);
    expect(problems(withDates('2000-02-29', '2022-01'))).toEqual([]);
    expect(problems(withDates('1900-02-29', '2022-01'))).toEqual([
      'events[0].date.value "1900-02-29" is not a calendar date',
    ]);
  });

  it('reports an entry listed twice in one list', () => {
    const doc = mutated((d) => {
      nth(d.statements, 2).citedVia.push('cnn');
      nth(d.statements, 6).positions.push({ position: 'nato-expansion', stance: 'opposes' });
      nth(d.statements, 6).positions.push({ position: 'offensive-weapons-in-ukraine', stance: 'supports' });
      d.affiliations.push({ actor: 'dmitry-peskov', role: 'spokesperson_for', of: 'kremlin' });
    });
    expect(problems(doc)).toEqual([
      'affiliations[6] "dmitry-peskov spokesperson_for kremlin" is listed twice (first at affiliations[0])',
      'statements[2].citedVia[1] "cnn" is listed twice (first at statements[2].citedVia[0])',
      'statements[6].positions[3].position "offensive-weapons-in-ukraine" is listed twice (first at statements[6].positions[1].position)',
    ]);
  });

  it('requires a quote to be found in the statement evidence', () => {
    const ok = mutated((d) => {
      nth(d.statements, 9).quote = 'not threatening military retaliation';
    });
    const bad = mutated((d) => {
      nth(d.statements, 9).quote = 'we are not threatening anyone';
    });
    expect(problems(ok)).toEqual([]);
    expect(problems(bad)).toEqual([
      'statements[9].quote "we are not threatening anyone" does not occur in the statement\'s evidence',
    ]);
  });

  it('reports context flags for fields that are not given', () => {
    const doc = mutated((d) => {
      d.article.url = null;
    });
    expect(problems(doc)).toEqual(['article.context lists "url" but article.url is not given']);
  });

  it('reports an affiliation of an actor with itself', () => {
    const doc = mutated((d) => {
      d.affiliations.push({ actor: 'kremlin', role: 'part_of', of: 'kremlin' });
    });
    expect(problems(doc)).toEqual(['affiliations[6].of "kremlin" is the affiliated actor itself']);
  });

  it('reports every problem at once', () => {
    const doc = mutated((d) => {
      nth(nth(d.statements, 3).evidence, 0).end = 2500;
      nth(d.statements, 5).speaker = 'peskow';
      nth(d.statements, 2).citedVia = ['reuters'];
      nth(d.actors, 4).id = 'russia';
      nth(d.events, 0).follows = NATO_MEETING;
      nth(d.statements, 0).condition = 'if the tension rises';
      Object.assign(nth(d.events, 0), { date: { value: '2022-02-30', precision: 'day', context: true } });
    });
    const result = validateAnnotatedArticle(doc);
    expect(result.ok).toBe(false);
    const lines = problems(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'actors[4].id "russia" is declared twice (first at actors[0])',
        // The kremlin is gone under its old id, so the affiliations that used it point nowhere.
        'affiliations[0].of "kremlin" is not a declared actor',
        'affiliations[1].actor "kremlin" is not a declared actor',
        `events[0].follows "${NATO_MEETING}" makes a cycle: ${TALKS} follows ${NATO_MEETING} follows ${TALKS}`,
        'statements[0].condition is given but conditional is false',
        'statements[2].citedVia[0] "reuters" is not a declared outlet',
        'statements[3].evidence[0].end is beyond the article text (2463 characters)',
        'statements[5].speaker "peskow" is not a declared actor',
        'events[0].date.value "2022-02-30" is not a calendar date',
      ]),
    );
    expect(lines).toHaveLength(9);
  });
});
