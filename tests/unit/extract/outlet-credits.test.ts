import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { statementWith } from './helpers.js';

/**
 * Outlet attribution forms of wire copy beyond the first batch (agency-credits.test.ts): credit footers,
 * dateline shapes, state agencies named with modifiers, passive quoting, and credits that carry on.
 * Sentences written for these tests; the agencies are real ones from the outlet lexicon.
 */

const VIA = 'harbour would reopen';
const viaOf = (text: string) => statementWith(extractArticle(text), VIA).citedVia;
const mediumOf = (text: string) => {
  const doc = extractArticle(text);
  const id = statementWith(doc, VIA).originalMedium;
  return doc.outlets.find((o) => o.id === id)?.name ?? null;
};

describe('agency credits in footers and datelines', () => {
  it.each([
    ['Copyright 2031 The Associated Press. All rights reserved.', ['ap']],
    ['(With inputs from Reuters)', ['reuters']],
    ['(With inputs from PTI, IANS)', ['pti', 'ians']],
    ['— With AFP', ['afp']],
    ['Additional reporting by Reuters', ['reuters']],
    ['Associated Press writer Jana Kovac in Split contributed to this report.', ['ap']],
    ['This article was originally published by Radio Free Europe/Radio Liberty.', ['rfe-rl']],
    ['/IANS/', ['ians']],
  ])('cites the agency of the footer %j', (footer, outlets) => {
    expect(viaOf(`Port chief Milo Radic said the harbour would reopen.\n\n${footer}`)).toEqual(outlets);
  });

  it.each(['With inputs from agencies', '— Agencies', '(Reporting by Jana Kovac; Editing by Ivo Babic)'])(
    'invents no outlet from the footer %j',
    (footer) => {
      expect(viaOf(`Port chief Milo Radic said the harbour would reopen.\n\n${footer}`)).toEqual([]);
    },
  );

  it('cites an agency credited in parentheses at the end of the paragraph', () => {
    expect(viaOf('Port chief Milo Radic said the harbour would reopen. (with AFP)')).toEqual(['afp']);
  });

  it.each([
    ['SPLIT, Croatia (AP) — Port chief Milo Radic said the harbour would reopen.', ['ap']],
    ['SPLIT, Croatia, May 3 (AP) — Port chief Milo Radic said the harbour would reopen.', ['ap']],
    ['Split. May 3. INTERFAX - Port chief Milo Radic said the harbour would reopen.', ['interfax']],
    ['Baku, May 3, AZERTAC. Port chief Elnur Aliyev said the harbour would reopen.', ['azertac']],
    ['ANKARA (AA) - Port chief Emre Kaya said the harbour would reopen.', ['anadolu-agency']],
  ])('reads the dateline of %j', (text, outlets) => {
    expect(viaOf(text)).toEqual(outlets);
  });

  it('lets a dateline under a standfirst line (no full stop) cover the standfirst too', () => {
    const doc = extractArticle(
      'Harbour to reopen\n\nAccording to Milo Radic, the storm damage that closed the port for three weeks in the spring is repaired\n\nSPLIT, May 3. /TASS/. Port chief Milo Radic said the harbour would reopen.',
    );
    expect(statementWith(doc, 'storm damage').citedVia).toEqual(['tass']);
  });
});

describe('outlets named with modifiers and passive quoting', () => {
  it.each([
    ['Port chief Ali Rahimi told state news agency IRNA that the harbour would reopen.', 'IRNA'],
    ['Port chief Li Ping told Chinese state broadcaster CCTV that the harbour would reopen.', 'CCTV'],
    [
      'Port chief Lia Conti told the Italian daily La Voce Nuova that the harbour would reopen.',
      'La Voce Nuova',
    ],
    ['The harbour would reopen, port chief Ali Rahimi told Saudi-owned Al Arabiya.', 'Al Arabiya'],
  ])('reads the medium of %j', (text, medium) => {
    expect(mediumOf(text)).toBe(medium);
  });

  it.each([
    ['Port chief Ali Rahimi was quoted by Interfax as saying that the harbour would reopen.', 'interfax'],
    ['The harbour would reopen, port chief Ali Rahimi was cited as saying by the ISNA news agency.', 'isna'],
    [
      'The harbour would reopen, the official Xinhua news agency quoted port chief Li Ping as saying.',
      'xinhua',
    ],
    [
      'The state-run IRNA news agency reported that port chief Ali Rahimi said the harbour would reopen.',
      'irna',
    ],
    [
      'Ali Rahimi, the port chief, said the harbour would reopen, according to the semi-official Fars news agency.',
      'fars',
    ],
  ])('attributes %j to the official, cited via the agency', (text, outlet) => {
    const doc = extractArticle(text);
    const s = statementWith(doc, 'harbour would reopen');
    expect(doc.actors.find((a) => a.id === s.speaker)?.name).toMatch(/Rahimi|Li Ping/);
    expect(s.citedVia).toEqual([outlet]);
  });
});

describe('credits that carry on', () => {
  it('carries an agency cited for one remark over the same speaker’s later remarks', () => {
    const doc = extractArticle(
      'The harbour has been shut since May.\n\nPort chief Milo Radic said the cranes were repaired, as reported by Reuters.\n\nTugs stood by all night.\n\n"We are ready," Radic said.',
    );
    expect(statementWith(doc, 'We are ready').citedVia).toEqual(['reuters']);
  });

  it('stops carrying at another speaker’s remark', () => {
    const doc = extractArticle(
      'The harbour has been shut since May.\n\nPort chief Milo Radic said the cranes were repaired, as reported by Reuters.\n\nMayor Ana Horvat said the road was closed.\n\n"We are ready," Radic said.',
    );
    expect(statementWith(doc, 'road was closed').citedVia).toEqual([]);
  });

  it('lets an outlet cited in the lead cover the whole item, headline included', () => {
    const doc = extractArticle(
      'Harbour will reopen — Radic\n\nThe harbour would reopen, port chief Milo Radic said, Trend reports with reference to TASS.\n\n"We are ready," he said.',
    );
    for (const fragment of ['Harbour will reopen', 'We are ready'])
      expect([...statementWith(doc, fragment).citedVia].sort()).toEqual(['tass', 'trend']);
  });

  it('gives the platform of a "Source: … on X" line to that person’s remarks', () => {
    const doc = extractArticle(
      'The harbour reopened on Monday.\n\nSource: Port chief Milo Radic on X (Twitter)\n\nRadic said the cranes were repaired.',
    );
    const s = statementWith(doc, 'cranes were repaired');
    expect(doc.outlets.find((o) => o.id === s.originalMedium)?.name).toBe('Twitter');
  });
});
