import type { Lexicon } from './lexicon.js';
import { sameName, slugify, surfaceKey } from './names.js';
import type { ActorKind, Gender, KnownEntities, OutletKind } from './types.js';

/**
 * The actors and outlets of one extraction: the known ones (graph, then lexicon) and those the article
 * introduces. Every surface form (name or alias) belongs to one entity, as the annotation format requires.
 */

export type RoleInfo = {
  /** The role phrase as written ("Kremlin spokesman", "Russian Foreign Minister"). */
  text: string;
  /** Role classes from the lexicon ("spokesperson", "diplomat"). */
  classes: string[];
  /** The organisation or state the role is in, when the phrase names it. */
  org: string | null;
  /** An organisation named in the phrase that is not known yet ("Gazprom spokesman"). */
  orgName: string | null;
  gender: Gender | null;
};

export type ActorRecord = {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description?: string;
  gender?: Gender;
  demonyms: string[];
  partOf?: string;
  roles: RoleInfo[];
};

export type OutletRecord = {
  id: string;
  name: string;
  kind: OutletKind;
  country?: string;
  aliases: string[];
};

export type EntityRef = { type: 'actor' | 'outlet'; id: string };

type Form = EntityRef & { form: string };

/** Aliases in capitals ("US", "AP") are abbreviations: "us" or "Ap" in the text are not them. */
function isAbbreviation(form: string): boolean {
  return /^[A-Z][A-Z.]{1,5}$/.test(form);
}

export function formMatches(stored: string, written: string): boolean {
  if (isAbbreviation(stored)) return stored === written;
  const first = stored.charAt(0);
  return first === first.toLowerCase() || written.charAt(0) === written.charAt(0).toUpperCase();
}

const bases = new WeakMap<Lexicon, Registry>();

/** A description rather than a name ("the electoral commission", "a BA spokesman", "The guard"). */
const DESCRIPTION = /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}|^[Aa]n?\s/u;

export class Registry {
  readonly actors = new Map<string, ActorRecord>();
  readonly outlets = new Map<string, OutletRecord>();
  private readonly forms = new Map<string, Form[]>();
  private readonly demonyms = new Map<string, { id: string; form: string }>();
  /**
   * How this article refers to an actor it introduced ("the electoral commission", "The Chinese coastguard"):
   * declared with the document as aliases, but never looked up, so that one phrase cannot name two actors.
   */
  readonly shownForms = new Map<string, string[]>();
  /** The longest surface form in tokens, which bounds the lookup window. */
  maxFormWords = 1;

  /** A registry of the lexicon and known entities; the lexicon-only one is built once and copied. */
  static create(lexicon: Lexicon, known: KnownEntities = {}): Registry {
    const empty = (known.actors?.length ?? 0) === 0 && (known.outlets?.length ?? 0) === 0;
    if (!empty) return new Registry(lexicon, known);
    let base = bases.get(lexicon);
    if (!base) {
      base = new Registry(lexicon);
      bases.set(lexicon, base);
    }
    return base.copy();
  }

  private copy(): Registry {
    const registry = Object.create(Registry.prototype) as Registry;
    const actors = new Map(
      [...this.actors].map(([id, a]) => [id, { ...a, aliases: [...a.aliases], roles: [...a.roles] }]),
    );
    const outlets = new Map([...this.outlets].map(([id, o]) => [id, { ...o, aliases: [...o.aliases] }]));
    const forms = new Map([...this.forms].map(([k, v]) => [k, [...v]]));
    Object.assign(registry, {
      actors,
      outlets,
      forms,
      shownForms: new Map(),
      demonyms: this.demonyms,
      maxFormWords: this.maxFormWords,
    });
    return registry;
  }

  constructor(lexicon: Lexicon, known: KnownEntities = {}) {
    // The lexicon first: its entries carry what the graph does not store (demonyms, gender, partOf); the
    // graph's entries for the same ids add their aliases, and the graph's own actors come after.
    const fromGraph = new Set<unknown>(known.actors ?? []);
    for (const actor of [...lexicon.actors, ...(known.actors ?? [])]) {
      // "the electoral commission" named one body in the article that declared it, not in every article.
      const usable = (alias: string) => !(fromGraph.has(actor) && DESCRIPTION.test(alias));
      const existing = this.actors.get(actor.id);
      if (existing) {
        for (const alias of (actor.aliases ?? []).filter(usable)) this.addAlias(existing.id, alias);
        continue;
      }
      const record = this.register({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: [],
        demonyms: actor.demonyms ?? [],
        roles: [],
        ...(actor.description === undefined ? {} : { description: actor.description }),
        ...(actor.gender === undefined ? {} : { gender: actor.gender }),
        ...(actor.partOf === undefined ? {} : { partOf: actor.partOf }),
      });
      for (const alias of (actor.aliases ?? []).filter(usable)) this.addAlias(record.id, alias);
      for (const demonym of record.demonyms) {
        // "North Korean", "South African": a demonym of two words is matched as a form (one token is looked up).
        if (demonym.includes(' ')) this.addAlias(record.id, demonym);
        if (!this.demonyms.has(demonym.toLowerCase())) {
          this.demonyms.set(demonym.toLowerCase(), { id: record.id, form: demonym });
        }
      }
    }
    for (const outlet of [...lexicon.outlets, ...(known.outlets ?? [])]) {
      if (this.outlets.has(outlet.id)) continue;
      const record: OutletRecord = {
        id: outlet.id,
        name: outlet.name,
        kind: outlet.kind,
        aliases: [],
        ...(outlet.country === undefined ? {} : { country: outlet.country }),
      };
      this.outlets.set(record.id, record);
      this.claim({ type: 'outlet', id: record.id, form: record.name });
      for (const alias of outlet.aliases ?? []) this.addOutletAlias(record.id, alias);
    }
  }

  private register(record: ActorRecord): ActorRecord {
    this.actors.set(record.id, record);
    this.claim({ type: 'actor', id: record.id, form: record.name });
    return record;
  }

  /** Records a surface form for an entity unless another entity of the same type already has it. */
  private claim(form: Form): boolean {
    const key = surfaceKey(form.form);
    const owners = this.forms.get(key) ?? [];
    const clash = owners.find((o) => o.type === form.type && o.id !== form.id);
    if (clash) return false;
    if (!owners.some((o) => o.type === form.type && o.id === form.id)) owners.push(form);
    this.forms.set(key, owners);
    this.maxFormWords = Math.max(this.maxFormWords, key.split(' ').length);
    return true;
  }

  /** Whether some entity has a form with this key (see surfaceKey), before the case of the text is checked. */
  hasKey(key: string): boolean {
    return this.forms.has(key);
  }

  /** The entity a written form names (its first owner whose form matches the case of the text). */
  lookup(written: string, key = surfaceKey(written)): EntityRef | undefined {
    const owners = this.forms.get(key) ?? [];
    const match = owners.find((o) => formMatches(o.form, written));
    return match ? { type: match.type, id: match.id } : undefined;
  }

  addAlias(actorId: string, alias: string): boolean {
    const record = this.actors.get(actorId);
    if (!record || surfaceKey(alias) === surfaceKey(record.name)) return false;
    if (!this.claim({ type: 'actor', id: actorId, form: alias })) return false;
    if (!record.aliases.some((a) => surfaceKey(a) === surfaceKey(alias))) record.aliases.push(alias);
    return true;
  }

  /** Records a form the article uses for an actor, shown as an alias (see `shownForms`). */
  showForm(actorId: string, form: string): void {
    const forms = this.shownForms.get(actorId) ?? [];
    if (!forms.includes(form)) forms.push(form);
    this.shownForms.set(actorId, forms);
  }

  private addOutletAlias(outletId: string, alias: string): void {
    const record = this.outlets.get(outletId);
    if (!record || surfaceKey(alias) === surfaceKey(record.name)) return;
    if (this.claim({ type: 'outlet', id: outletId, form: alias })) record.aliases.push(alias);
  }

  demonym(word: string): string | undefined {
    const entry = this.demonyms.get(word.toLowerCase());
    return entry && formMatches(entry.form, word) ? entry.id : undefined;
  }

  /**
   * A person known under a spelling variant of `name`: all its words match the words of a known name or
   * alias of the same length (or its surname alone, for one word), by transliteration key and edit distance.
   */
  findPersonVariant(name: string): ActorRecord | undefined {
    const words = name.split(/\s+/);
    for (const record of this.actors.values()) {
      if (record.kind !== 'person') continue;
      for (const form of [record.name, ...record.aliases]) {
        const formWords = form.split(/\s+/);
        if (formWords.length !== words.length) continue;
        if (formWords.every((w, i) => sameName(w, words[i] ?? ''))) return record;
      }
    }
    return undefined;
  }

  private uniqueId(base: string, taken: (id: string) => boolean): string {
    const slug = slugify(base) || 'actor';
    let id = slug;
    for (let n = 2; taken(id); n++) id = `${slug}-${n}`;
    return id;
  }

  addActor(name: string, kind: ActorKind, extra: Partial<ActorRecord> = {}): ActorRecord {
    const id = this.uniqueId(name, (candidate) => this.actors.has(candidate));
    return this.register({ id, name, kind, aliases: [], demonyms: [], roles: [], ...extra });
  }

  addOutlet(name: string, kind: OutletKind): OutletRecord {
    const existing = this.lookup(name);
    if (existing?.type === 'outlet') {
      const record = this.outlets.get(existing.id);
      if (record) return record;
    }
    const id = this.uniqueId(name, (candidate) => this.outlets.has(candidate));
    const record: OutletRecord = { id, name, kind, aliases: [] };
    this.outlets.set(id, record);
    this.claim({ type: 'outlet', id, form: name });
    return record;
  }
}
