/**
 * The shapes of lines and phrases that credit an outlet (credit lines, footers, bylines, image credits), read by
 * the segmentation (`sentences.ts`) and the outlets (`outlets.ts`), and the sign-off a segmentation ends with.
 */

/** Credits that are credits only when the name is an outlet's. */
export const PIPE_CREDIT = /\|\s*(?<src>\p{Lu}[\p{L}.&' ]{1,30}?)\.?$/u;
export const TRAILING_CREDIT = /\((?:[Ww]ith\s+)?(?<src>\p{Lu}[\p{L}.&'/ ]{1,30})\)\s*$/u;
export const CONTRIBUTOR_CREDIT =
  /^(?<src>\p{Lu}[\p{L}.&' ]{1,30}?)(?:(?:'s|’s)\s+|\s+(?:writers?|reporters?|correspondents?|journalists?|staff)\b).{0,80}?\bcontributed\b/u;
/**
 * Footers that name an outlet only if the registry knows it: "Copyright 2022 The Associated Press",
 * "Additional reporting by Reuters", "This article was originally published by RFE/RL", "/IANS/".
 */
export const FOOTER_CANDIDATES = [
  /^(?:[\p{L} ]{1,30}\s)?(?:copyright|©|\(c\))\s*(?:©\s*)?(?:copyright\s+)?(?:\d{4}\s*)?(?<src>\p{Lu}[\p{L}.&'/ -]{1,40}?)[.,]?(?:\s+all rights reserved\.?)?$/iu,
  /^\(?(?:additional\s+)?reporting\s+by\s+(?<src>\p{Lu}[\p{L}.&'/ -]{1,40}?)\)?\.?$/iu,
  /\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in|at)\s+(?:the\s+)?(?<src>\p{Lu}[\p{L}.&'/ -]{1,50}?)\.?$/u,
  /^\/(?<src>\p{Lu}[\p{L}.&' -]{1,30})\/\.?$/u,
  /^read\s+the\s+original\s+(?:article|story)\s+(?:on|at)\s+(?<src>\p{Lu}[\p{L}.&'/ -]{1,40}?)\.?$/iu,
];
/** A line of its own crediting agencies: "(AFP)", "— Reuters", "Source: TASS", "With inputs from PTI". */
export const CREDIT_LINE =
  /^[([]?\s*(?:[-—–]+\s*)?(?:(?:[Ww]ith\s+(?:inputs\s+from\s+)?|[Ss]ources?\s*:\s*|[Cc]ourtesy(?:\s+of)?\s*:?\s*))?(?![Ww]ith\b)(?<src>\p{Lu}[\p{L}.&' ]{1,30}(?:\s*(?:\/|,|and)\s*\p{Lu}[\p{L}.&' ]{1,30}){0,3})(?:\s+contributed(?:\s+to\s+this\s+(?:report|story))?)?\s*[)\]]?\.?$/u;
/** "Source: il Corriere": a footer naming the source, whatever its case. */
export const SOURCE_FOOTER = /^sources?\s*:\s*(?<src>[\p{L}][\p{L}.&'() -]{1,80}?)\.?$/iu;
export const SOURCE_PLATFORM =
  /^(?<who>.+?)\s+on\s+(?:(?:his|her|their|its)\s+)?(?<platform>X|Twitter|Telegram|Facebook|Instagram|YouTube|WeChat|Weibo|TikTok|Truth Social)\b/u;
/** A post on a platform is where a remark was made (its original medium), not an agency credit. */
export const SOCIAL_CREDIT =
  /\b(?:X|Twitter|Telegram|Facebook|Instagram|YouTube|WeChat|Weibo|TikTok|VK|VKontakte|Truth Social)\b|\bon\s+X\b/i;
export const BYLINE =
  /^By\s+(?<author>[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})(?:\s*[,|]\s*(?<outlet>[^\n]+))?$/u;
export const CREDIT =
  /^\((?:image|images|photo|photos|picture|video|source|reporting|writing|editing|additional reporting|compiled)\b[^)]*\)$/i;
export const IMAGE_CREDIT = /^\((?:image|images|photo|photos|picture)s?(?: credit)?\s*:\s*(?<who>[^)]+)\)$/i;

/** A line that is only a name: words of letters, no colon or digits ("Source: …" and "MA/6548966" are not). */
export const NAME_LINE = /^\p{Lu}[\p{L}.&'’ -]*$/u;

/** "Premium Times (Abuja)": the outlet without its city. */
export const withoutCity = (line: string) => line.replace(/\s*\([^()]{1,30}\)$/, '');

/** "… to have effect. NewsIn": a name closing the text's last paragraph, after its last full stop, signs it off. */
export function signedOff(
  result: {
    sentences: { start: number; end: number; paragraph: number; heading?: boolean }[];
    outletLines: string[];
  },
  text: string,
): void {
  const last = result.sentences[result.sentences.length - 1];
  const before = result.sentences[result.sentences.length - 2];
  if (!last || !before || last.heading || before.paragraph !== last.paragraph) return;
  const words = text.slice(last.start, last.end).trim();
  if (!/^\p{Lu}[\p{L}]{1,20}$/u.test(words) || !/[.!?"”]$/.test(text.slice(before.start, before.end))) return;
  result.sentences.pop();
  result.outletLines.push(words);
}
