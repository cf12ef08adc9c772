import { SOCIAL_CREDIT } from './credit-lines.js';
import type { Registry } from './registry.js';
import type { Segmentation } from './sentences.js';
import type { OutletKind } from './types.js';

/**
 * The three roles of outlets: the publisher (from the metadata), the sources the whole article is cited
 * via (the agencies of a dateline "(ANI/Sputnik)" or byline other than the publisher), and per remark the
 * original medium ("told CNN") and the outlets cited for it ("according to Sputnik").
 */

export function outletByName(registry: Registry, name: string, kind: OutletKind): string {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  const byId = registry.outlets.get(trimmed);
  if (byId) return byId.id;
  const known = registry.lookup(trimmed) ?? registry.lookup(name.trim());
  if (known?.type === 'outlet') return known.id;
  // A capitalised "The" is part of the name ("The Hindu"), a lowercase one is not.
  return registry.addOutlet(name.trim().replace(/^the\s+/, ''), kind).id;
}

/** Words that make an unknown name an outlet's ("Premium Times", "Gulf News"). */
const OUTLET_WORD =
  /\b(?:News|Agency|Press|Times|Post|Herald|Journal|Tribune|Gazette|Daily|Radio|TV|Television|Media|Network|Wire|Service|Telegraph|Observer|Guardian|Express|Standard|Mail|Star|Chronicle|Review|Insider|Today|Online|Report|Magazine|Channel|Broadcasting)\b/;

/**
 * The outlet a dateline's parentheses credit, or null when they hold a place ("Bhopal (Madhya Pradesh):"):
 * a known outlet, or an unknown name that is one word, an acronym or has an outlet word in it; a known
 * actor or an unknown name of several plain words is a place.
 */
export function datelineOutlet(registry: Registry, name: string): string | null {
  const bare = name.trim().replace(/^the\s+/i, '');
  const known = registry.lookup(bare);
  if (known?.type === 'outlet') return known.id;
  if (known?.type === 'actor') return null;
  const words = bare.split(/\s+/);
  const outletLike = words.length === 1 || OUTLET_WORD.test(bare) || words.some((w) => /^[A-Z]{2,}$/.test(w));
  return outletLike ? outletByName(registry, name, 'agency') : null;
}

/** A section heading, not an outlet ("Breaking News", "World Report"). */
const SECTION =
  /^(?:breaking|latest|top|world|local|business|sports?|politics|opinion|live|featured|related)\b/i;

/** The id of a credited name the registry knows as an outlet; a social platform is never a credit. */
function knownOutlet(registry: Registry, name: string): string | null {
  if (SOCIAL_CREDIT.test(name)) return null;
  const bare = name.trim().replace(/^the\s+/i, '');
  // "DW News", "Xinhua Agency": the outlet's name with a generic word after it.
  // "Anadolu Agency TÜRKIYE": the name with its edition in capitals after it.
  const known =
    registry.lookup(bare) ??
    registry.lookup(bare.replace(/\s+(?:News|Agency|News Agency|Online)$/i, '')) ??
    registry.lookup(bare.replace(/\s+\p{Lu}{2,}$/u, ''));
  return known?.type === 'outlet' ? known.id : null;
}

/**
 * The outlets the whole article relies on: the first dateline's agencies, the byline's outlet and credit
 * lines, the publisher too when the text credits it ("WASHINGTON (UrduPoint News / Sputnik)").
 */
export function articleSources(
  seg: Segmentation,
  registry: Registry,
  /** An outlet never cited as a source (the publisher, under the gold set's convention). */
  excluded: string | null,
): string[] {
  const credited = [
    ...(seg.dateline?.sources ?? []).flatMap((name) => datelineOutlet(registry, name) ?? []),
    ...seg.credits.map((name) => outletByName(registry, name, 'agency')),
  ];
  for (const name of seg.creditCandidates) {
    const known = knownOutlet(registry, name);
    if (known) credited.push(known);
  }
  for (const line of seg.outletLines) {
    const known = knownOutlet(registry, line);
    if (known) credited.push(known);
    else if (
      !SOCIAL_CREDIT.test(line) &&
      !SECTION.test(line) &&
      (OUTLET_WORD.test(line) ||
        /^[A-Z]{2,6}$/.test(line) ||
        /^(?=\p{Lu})\p{L}*(?:News|Press)\p{L}*$/u.test(line))
    )
      credited.push(outletByName(registry, line, 'agency'));
  }
  const byline = seg.byline?.outlet ? [outletByName(registry, seg.byline.outlet, 'agency')] : [];
  return [...new Set([...credited, ...byline])].filter((id) => id !== excluded);
}

export type MediumDraft = {
  speaker: string | null;
  paragraph: number;
  medium: string | null;
  /** "He further told CNN": the remark continues earlier ones of the same interview. */
  continuation: boolean;
  /** The remark carries on the one before it: a pronoun subject, a direct quotation or a shared subject. */
  carriesOn: boolean;
};

/**
 * A medium named for one remark covers others only where the text ties them to it: back over the
 * speaker's earlier remarks when it says "further" or "also" ("He further told CNN"), and forward over the
 * speaker's remarks that directly carry on in the same paragraph ("He said …", a quotation); and, under the
 * corpus convention, forward over all the speaker's later remarks until one names another medium.
 */
export function propagateMedia(drafts: MediumDraft[], carryMedium = true): void {
  drafts.forEach((d, i) => {
    if (d.medium === null || d.speaker === null) return;
    if (carryMedium) {
      for (const later of drafts.slice(i + 1)) {
        if (later.speaker !== d.speaker) continue;
        if (later.medium !== null && later.medium !== d.medium) break;
        later.medium = d.medium;
      }
    }
    if (d.continuation) {
      for (let j = i - 1; j >= 0; j--) {
        const earlier = drafts[j];
        if (!earlier || earlier.speaker === null) continue;
        if (earlier.speaker !== d.speaker || earlier.medium !== null) break;
        earlier.medium = d.medium;
      }
    }
    for (let k = i + 1; k < drafts.length; k++) {
      const later = drafts[k];
      if (!later || later.paragraph !== d.paragraph || later.speaker !== d.speaker || !later.carriesOn) break;
      if (later.medium !== null) break;
      later.medium = d.medium;
    }
  });
}
