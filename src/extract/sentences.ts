import {
  BYLINE,
  CONTRIBUTOR_CREDIT,
  CREDIT,
  CREDIT_LINE,
  FOOTER_CANDIDATES,
  IMAGE_CREDIT,
  NAME_LINE,
  PIPE_CREDIT,
  SOCIAL_CREDIT,
  SOURCE_FOOTER,
  SOURCE_PLATFORM,
  signedOff,
  TRAILING_CREDIT,
  withoutCity,
} from './credit-lines.js';
import { analyse, type RawSentence, type Token } from './nlp.js';

/**
 * Segmentation of an article into blocks (paragraphs), lines that are not prose (bylines, credits, headings),
 * the dateline, and sentences. Sentences that wink-nlp splits inside a quotation ("We are not asking. We
 * want an answer," he said) are joined again, because the attribution after the quote covers all of it.
 */

export type QuoteSpan = { open: number; close: number };

export type Sentence = {
  index: number;
  /** A headline or heading line: a statement only when it attributes a claim ("X says …"). */
  heading?: boolean;
  /** Agencies credited by a dateline or credit line that covers this sentence ("MOSCOW (Reuters) -"). */
  sources?: string[];
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  quotes: QuoteSpan[];
};

export type Dateline = { start: number; end: number; place: string; sources: string[] };
export type Byline = { start: number; end: number; author: string; outlet: string | null };

export type Segmentation = {
  sentences: Sentence[];
  /** The first dateline; later ones (aggregated stories) are in `datelines` and on their sentences. */
  dateline: Dateline | null;
  datelines: Dateline[];
  /** Agencies credited by a line of their own anywhere ("(AFP)", "— Reuters", "Source: TASS"). */
  credits: string[];
  /**
   * Names that credit an outlet only if they are one ("Associated Press" above the story, "… | Reuters."
   * or "(ANI)" closing a paragraph, "CNN's Jane Doe contributed reporting"): the registry decides.
   */
  creditCandidates: string[];
  /**
   * A short line of its own that can only be a credit by where it stands: above the body ("Sudan News Agency
   * (Khartoum)" under the date) or closing the text ("AFP"): an outlet if the registry knows it or its name
   * looks like one ("… News Agency", an acronym).
   */
  outletLines: string[];
  byline: Byline | null;
  /** "Source: President X on X (Twitter)": the platform a named person's remarks in the item were made on. */
  sourcePlatforms: { who: string; platform: string }[];
  headings: { start: number; end: number }[];
  imageCredits: string[];
};

type Block = { start: number; end: number };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.map((b) => trimBlock(text, b)).filter((b) => b.end > b.start);
}

function trimBlock(text: string, { start, end }: Block): Block {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** "Jan. 12", "12 January 2022", "January 12, 2022": the date of a dateline. */
const DATE = String.raw`(?:(?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s*\d{4})?`;
const DATELINE = new RegExp(
  String.raw`^(?:(?<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*\[[^\]\n]{1,40}\])?(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[(,]))?(?:,?\s*${DATE})?|${DATE})` +
    String.raw`(?:\s*\((?<src>[^()\n]{1,60})\)\s*[-—–:]+|\.?\s*\/(?<slashed>[^/\n]{1,40})\/\.?|,\s*(?<acronym>[A-Z]{2,8})\s*[-—–]+)\s*`,
  'u',
);
/** "Shafaq News / Qatar's Prime Minister …": a lead opening with the agency's name and a slash. */
const SLASH_DATELINE =
  /^(?<src>\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}\s+(?:News|Agency|Press|TV))\s+\/\s+(?=\p{Lu})/u;
/** "Moscow. January 12. INTERFAX -", "Baku, December 1, AZERTAC.": the agency in capitals after the date. */
const CAPS_AGENCY_DATELINE = new RegExp(
  String.raw`^(?<place>[A-Z][A-Za-z.'’ -]{1,40}?)[.,]\s*${DATE}[.,]?\s*(?<src>[A-Z][A-Z-]{2,14})\s*[-—–.:]+\s*(?=["“\p{Lu}])`,
  'u',
);
/** "(Reuters) – Ukraine will …": a dateline without a place. */
const SOURCE_DATELINE = /^\((?<src>[^()\n]{1,40})\)\s*[-—–:]+\s*/u;
/** "WASHINGTON (UrduPoint News / Sputnik - 11th January, 2022) US …": a place in capitals, no dash after. */
const CAPS_DATELINE = /^(?<place>[A-Z][A-Z.'’ -]{1,40}?)\s*\((?<src>[^()\n]{1,80})\)\s+(?=["“\p{Lu}])/u;
const BARE_DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s+[—–-]{1,2}\s+/u;

/** A short line without sentence punctuation is a heading, not a statement. */
function isHeading(line: string): boolean {
  return !/[.!?"”:;)]$/.test(line) && line.split(/\s+/).length <= 15;
}

function quoteSpans(text: string, start: number, end: number): QuoteSpan[] | null {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    const opens = c === '“' || (c === '"' && open === -1);
    const closes = c === '”' || (c === '"' && open !== -1);
    if (opens && open === -1) open = i;
    else if (closes && open !== -1) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  return open === -1 ? spans : null;
}

function insideQuote(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((q) => q.open < at && at < q.close);
}

/**
 * Whether a sentence goes on after the previous one: the boundary is inside a quotation, or the quotation
 * before it ends with a comma or the next sentence starts in lowercase ("Stop," he said. / "Why?" she asked).
 */
function continues(
  text: string,
  prev: RawSentence,
  next: RawSentence,
  quotes: readonly QuoteSpan[],
): boolean {
  if (insideQuote(quotes, prev.end)) return true;
  const tail = text.slice(Math.max(prev.start, prev.end - 2), prev.end);
  if (!/["”]$/.test(tail)) return false;
  return tail.startsWith(',') || /^\p{Ll}/u.test(text.charAt(next.start));
}

/** Joins wink-nlp sentences that one attribution covers (see `continues`). */
function joinQuoted(text: string, raw: RawSentence[], quotes: readonly QuoteSpan[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const sentence of raw) {
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, sentence, quotes)) {
      out[out.length - 1] = {
        start: prev.start,
        end: sentence.end,
        tokens: [...prev.tokens, ...sentence.tokens],
      };
    } else out.push(sentence);
  }
  return out;
}

/** Words that credit nobody in particular ("— Agencies", "Web Desk"). */
const NO_OUTLET =
  /^(?:agencies|agency|wires?|news desk|web desk|desk|staff|bureau|correspondents?|inputs?)$/i;

/** "German TV channel ZDF": the name after a description of the outlet. */
const DESCRIBED_OUTLET =
  /^.*?\b(?:channel|agency|newspaper|broadcaster|outlet|website|daily|portal|service|radio|television|TV)\s+(?=\p{Lu})/u;

function splitSources(src: string): string[] {
  return src
    .replace(/\s+[-–—]\s+.*$/, '')
    .split(/\s*(?:\/|,|;|\band\b|\bwith reference to\b|\bciting\b|\bquoting\b|\bvia\b)\s*/)
    .map((s) => s.trim().replace(DESCRIBED_OUTLET, ''))
    .filter((s) => s !== '' && !NO_OUTLET.test(s));
}

type Line = { start: number; end: number; text: string };

function lines(text: string, { start, end }: Block): Line[] {
  const out: Line[] = [];
  let from = start;
  while (from < end) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline > end ? end : newline;
    const line = trimBlock(text, { start: from, end: to });
    if (line.end > line.start) out.push({ ...line, text: text.slice(line.start, line.end) });
    from = to + 1;
  }
  return out;
}

/** "By Jane Doe" and, on the same line after a comma or on the next short line, the outlet she writes for. */
function readByline(ls: readonly Line[]): { byline: Byline; used: number } | null {
  const [first, second] = ls;
  const m = first ? BYLINE.exec(first.text) : null;
  if (!first || !m?.groups?.author) return null;
  const nextIsOutlet = m.groups.outlet === undefined && second !== undefined && isHeading(second.text);
  const outlet = m.groups.outlet?.trim() ?? (nextIsOutlet && second ? second.text : null);
  return {
    byline: { start: first.start, end: first.end, author: m.groups.author, outlet },
    used: nextIsOutlet ? 2 : 1,
  };
}

/** "By Isabel Teles – FRANKFURT (Econostream) – …": a byline run into the dateline on one line. */
const BYLINE_BEFORE_DATELINE = /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+[—–-]\s+(?=\p{Lu})/u;

function readDateline(text: string, from: number, end: number): Dateline | null {
  const byline = BYLINE_BEFORE_DATELINE.exec(text.slice(from, end));
  if (byline) {
    const after = readDateline(text, from + byline[0].length, end);
    if (after?.sources.length) return { ...after, start: from };
  }
  const rest = text.slice(from, end);
  const m =
    DATELINE.exec(rest) ??
    CAPS_DATELINE.exec(rest) ??
    CAPS_AGENCY_DATELINE.exec(rest) ??
    SOURCE_DATELINE.exec(rest) ??
    SLASH_DATELINE.exec(rest);
  const src = m?.groups?.src ?? m?.groups?.slashed ?? m?.groups?.acronym;
  // "(pictured) -" after a name is an aside, not an agency: credits are capitalised or short ("dpa").
  if (m && src && (/\p{Lu}/u.test(src) || /^[a-z]{2,4}(?:\/|$)/.test(src))) {
    return {
      start: from,
      end: from + m[0].length,
      place: m.groups?.place ?? '',
      sources: splitSources(src),
    };
  }
  const bare = BARE_DATELINE.exec(rest);
  if (!bare) return null;
  const place = bare[0].replace(/[—–-]+\s*$/, '').trim();
  return { start: from, end: from + bare[0].length, place, sources: [] };
}

function addSentences(
  result: Segmentation,
  text: string,
  from: number,
  end: number,
  paragraph: number,
  heading: boolean,
): void {
  const quotes = quoteSpans(text, from, end);
  const raw = analyse(text.slice(from, end), from);
  const sources = result.datelines.flatMap((d) => d.sources);
  for (const s of quotes ? joinQuoted(text, raw, quotes) : raw) {
    result.sentences.push({
      index: result.sentences.length,
      paragraph,
      start: s.start,
      end: s.end,
      tokens: s.tokens,
      quotes: (quotes ?? []).filter((q) => q.open >= s.start && q.close < s.end),
      ...(heading ? { heading: true } : {}),
      ...(sources.length > 0 ? { sources: [...new Set(sources)] } : {}),
    });
  }
}

export function segment(text: string): Segmentation {
  const result: Segmentation = {
    sentences: [],
    dateline: null,
    datelines: [],
    credits: [],
    creditCandidates: [],
    outletLines: [],
    byline: null,
    sourcePlatforms: [],
    headings: [],
    imageCredits: [],
  };
  let paragraph = 0;
  const all = blocks(text);
  for (const block of all) {
    let ls = lines(text, block);
    const atTop = result.sentences.length === 0;
    const closing = block === all[all.length - 1] && !atTop;
    const byline = atTop && result.byline === null ? readByline(ls) : null;
    if (byline) {
      result.byline = byline.byline;
      ls = ls.slice(byline.used);
    }
    const [only] = ls;
    if (only === undefined) continue;
    if (ls.length === 1 && CREDIT.test(only.text)) {
      const image = IMAGE_CREDIT.exec(only.text);
      if (image?.groups?.who) result.imageCredits.push(...splitSources(image.groups.who));
      continue;
    }
    const last = ls[ls.length - 1]?.text ?? '';
    const candidate =
      (ls.length === 1 ? CONTRIBUTOR_CREDIT.exec(only.text) : null) ??
      PIPE_CREDIT.exec(last) ??
      TRAILING_CREDIT.exec(last);
    if (candidate?.groups?.src) result.creditCandidates.push(...splitSources(candidate.groups.src));
    const footer1 =
      ls.length === 1 && !atTop ? FOOTER_CANDIDATES.map((re) => re.exec(only.text)).find(Boolean) : null;
    if (footer1?.groups?.src) {
      // "Radio Free Europe/Radio Liberty" is one name: try it whole before its parts.
      result.creditCandidates.push(footer1.groups.src.trim(), ...splitSources(footer1.groups.src));
      continue;
    }
    // A short line above the body ("RIA Novosti" under the headline) credits an outlet if it names one.
    const aboveBody = result.sentences.every((x) => x.heading);
    // "Premium Times (Abuja)": the outlet with its city.
    const outletLine = withoutCity(only.text);
    // "14 June 2024 / Sudan News Agency (Khartoum)": a block of short lines above the body, the outlet among them.
    const shortLines = ls.every((l) => isHeading(withoutCity(l.text)) && l.text.split(/\s+/).length <= 4);
    if (aboveBody && !atTop && ls.length > 1 && shortLines) {
      for (const l of ls)
        if (NAME_LINE.test(withoutCity(l.text))) result.outletLines.push(withoutCity(l.text));
      continue;
    }
    if (
      (aboveBody || closing) &&
      ls.length === 1 &&
      NAME_LINE.test(outletLine) &&
      isHeading(outletLine) &&
      outletLine.split(/\s+/).length <= 4
    )
      result.outletLines.push(outletLine);
    const footer = ls.length === 1 && !atTop ? SOURCE_FOOTER.exec(only.text) : null;
    const platform = footer?.groups?.src ? SOURCE_PLATFORM.exec(footer.groups.src) : null;
    if (platform?.groups?.who && platform.groups.platform) {
      const name = platform.groups.platform;
      result.sourcePlatforms.push({
        who: platform.groups.who,
        platform: /^X\b/.test(name) ? 'Twitter' : name,
      });
      continue;
    }
    if (footer?.groups?.src && !SOCIAL_CREDIT.test(footer.groups.src)) {
      result.credits.push(...splitSources(footer.groups.src));
      continue;
    }
    const credit = ls.length === 1 && !atTop ? CREDIT_LINE.exec(only.text) : null;
    if (
      credit?.groups?.src &&
      only.text.split(/\s+/).length <= 8 &&
      /[()[\]—–:-]|^with\b|contributed/i.test(only.text)
    ) {
      result.credits.push(...splitSources(credit.groups.src));
      continue;
    }
    // The headline: a first line without sentence punctuation above the body, in the same block or its own.
    const below = ls[1]?.text ?? '';
    const headline =
      atTop &&
      result.headings.length === 0 &&
      isHeading(only.text) &&
      (ls.length === 1 || /^["“\p{Lu}]/u.test(below));
    if (headline && (ls.length === 1 || !readDateline(text, only.start, only.end))) {
      result.headings.push({ start: only.start, end: only.end });
      addSentences(result, text, only.start, only.end, paragraph, true);
      paragraph++;
      ls = ls.slice(1);
      if (ls.length === 0) continue;
    } else if (ls.length === 1 && isHeading(only.text)) {
      result.headings.push({ start: only.start, end: only.end });
      continue;
    }
    // "Ukrinform" on a line of its own right above the body's first sentence, in the same block: an outlet line.
    const top = ls[0];
    if (
      ls.length > 1 &&
      top &&
      result.headings.length > 0 &&
      result.sentences.every((x) => x.heading) &&
      isHeading(top.text) &&
      top.text.split(/\s+/).length <= 4
    ) {
      result.creditCandidates.push(top.text);
      ls = ls.slice(1);
    }
    let from = ls[0]?.start ?? only.start;
    const dateline = readDateline(text, from, block.end);
    if (dateline) {
      result.datelines.push(dateline);
      // Only a dateline above the first sentence covers the whole article; later ones cover what follows.
      // A standfirst may stand above it: a line under the headline without a full stop ("According to X, …").
      const above = result.sentences.filter((x) => !x.heading);
      const standfirst =
        above.length === 1 &&
        above[0] !== undefined &&
        !/[.!?"”]$/.test(text.slice(above[0].start, above[0].end));
      if ((above.length === 0 || standfirst) && result.datelines.length === 1) result.dateline ??= dateline;
      from = dateline.end;
    }
    addSentences(result, text, from, block.end, paragraph, false);
    paragraph++;
  }
  signedOff(result, text);
  return result;
}
