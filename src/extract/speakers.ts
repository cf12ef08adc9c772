import { GOVERNMENT_BODY, type Mention } from './mentions.js';
import { surfaceKey } from './names.js';
import type { ActorRecord, Registry, RoleInfo } from './registry.js';
import type { ActorKind } from './types.js';

/**
 * Speaker resolution across sentences: names (known, spelling variants, or new actors), pronouns (the most
 * recent compatible speaker), role phrases ("the Kremlin's spokesman": the most recent actor holding that
 * role; "the alliance's top official": looked up in the next sentences when it comes first), class nouns
 * ("the alliance"), groups and bodies ("Russian officials", "Ukraine's military"), and outlet references.
 */

const ORG_WORDS =
  /\b(?:ministry|council|department|agency|committee|party|office|forces|army|bank|group|company|union|organi[sz]ation|commission|service|institute|foundation|fund|corporation|inc|ltd|navy|guard|government|parliament|assembly|court|university|airways|airlines?|motors|holdings|industries|technologies|systems|petroleum|energy|airport|railways?|steel|pharmaceuticals?|telecom|communications|network|partners|capital|authority|league|federation|association|club|coalition|movement|front|alliance)\b/i;
/** "Mr. Ross", "Ms. Zakharova", "PM Modi": a courtesy title before a name the article gave in full. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|PM|Sheikh|Sir|Dame|Madam|Mme|Herr|Frau)\.?\s+(?=\p{Lu})/u;
const DIPLOMATIC_ORG = /\b(?:foreign|state department|diplomatic)\b/i;

type Seen = { id: string; speaker: boolean };

export class Discourse {
  private readonly seen: Seen[] = [];
  private readonly outlets: string[] = [];

  private readonly groupNouns: Set<string>;
  /** Full names of people the article gives anywhere (see `expect`). */
  private expected: () => readonly string[] = () => [];
  private expectedNames: readonly string[] | undefined;

  constructor(
    private readonly registry: Registry,
    groupNouns: readonly string[] = [],
    /** An indefinite role phrase about one person is that (unnamed) person, not its organisation. */
    private readonly unnamedPeople = true,
  ) {
    this.groupNouns = new Set(groupNouns);
  }

  /** The names of people the whole article gives in full, so that one word of them before it is the person. */
  expect(names: () => readonly string[]): void {
    this.expected = names;
  }

  private laterNames(): readonly string[] {
    if (this.expectedNames === undefined) this.expectedNames = this.expected();
    return this.expectedNames;
  }

  /**
   * The person a sentence opens with as its subject ("Juncker will visit …"), set after each sentence (null
   * when it opens otherwise), for "he"/"she" in the next one.
   */
  private lastSubject: string | null = null;

  noteSubject(id: string | null): void {
    this.lastSubject = id;
  }

  note(id: string, speaker: boolean): void {
    this.seen.push({ id, speaker });
  }

  noteOutlet(id: string): void {
    this.outlets.push(id);
  }

  /** The actors seen so far, most recent first, optionally only those seen as speakers. */
  private recent(speakersOnly: boolean): ActorRecord[] {
    const out: ActorRecord[] = [];
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const entry = this.seen[i];
      if (!entry || (speakersOnly && !entry.speaker)) continue;
      const actor = this.registry.actors.get(entry.id);
      if (actor && !out.includes(actor)) out.push(actor);
    }
    return out;
  }

  private firstRecent(test: (a: ActorRecord) => boolean): ActorRecord | undefined {
    return this.recent(true).find(test) ?? this.recent(false).find(test);
  }

  classRef(kind: ActorKind): string | undefined {
    return this.recent(false).find((a) => a.kind === kind)?.id;
  }

  /** The actor a mention names, creating it when the article introduces it; null when it cannot be told. */
  resolve(m: Mention, lookahead: () => Mention[] = () => []): string | null {
    if (m.ref?.type === 'actor') return this.withRole(m.ref.id, m);
    switch (m.type) {
      case 'name':
        return m.outletKind === undefined ? this.withRole(this.nameActor(m), m) : null;
      case 'pronoun':
        return this.pronoun(m);
      case 'role':
        return this.role(m, lookahead);
      case 'group':
      case 'body':
        return this.collective(m);
      default:
        return null;
    }
  }

  resolveOutlet(m: Mention): string | null {
    if (m.ref?.type === 'outlet') return m.ref.id;
    if (m.type === 'outlet-ref') return this.outlets[this.outlets.length - 1] ?? null;
    if (m.outletKind !== undefined)
      return this.registry.addOutlet(m.text.replace(/^the\s+/i, ''), m.outletKind).id;
    return null;
  }

  private nameActor(m: Mention): string {
    const name = (m.name ?? m.text).replace(HONORIFIC, '');
    const known = this.registry.lookup(name);
    if (known?.type === 'actor') return known.id;
    const variant = this.registry.findPersonVariant(name);
    if (variant) {
      this.registry.addAlias(variant.id, name);
      return variant.id;
    }
    const words = name.split(/\s+/);
    // "Smith said" after "Julianne Smith", "Lin said" after "Lin Jian": one word of a person met before.
    const met =
      words.length === 1 && name.length >= 3
        ? this.recent(false).find((a) => a.kind === 'person' && a.name.split(/\s+/).includes(name))
        : undefined;
    if (met) {
      this.registry.addAlias(met.id, name);
      return met.id;
    }
    // '"…," Kim said.' before "Kim Eun-hye, the spokesperson, …": the person the article names in full later.
    const later =
      words.length === 1 && name.length >= 3 && m.role === undefined
        ? this.laterNames().find((n) => {
            // A full name, honorific stripped, of two words at least: "Sheikh Tarla" is the one word again,
            // and resolving it would come back here.
            const full = n.replace(HONORIFIC, '').split(/\s+/);
            return full.length >= 2 && full.includes(name);
          })
        : undefined;
    if (later) {
      const id = this.nameActor({ ...m, name: later, text: later });
      this.registry.addAlias(id, name);
      return id;
    }
    const person = (words.length >= 2 || m.role !== undefined) && !ORG_WORDS.test(name);
    const body = GOVERNMENT_BODY.test(words[words.length - 1]?.toLowerCase() ?? '');
    const actor = this.registry.addActor(
      name,
      person ? 'person' : body ? 'government_body' : 'organization',
      m.owner ? { partOf: m.owner } : {},
    );
    if (m.owner && m.text !== name) this.registry.addAlias(actor.id, m.text);
    // "Kim Eun-hye", "Kim Jong-un": a family name first, before a hyphenated given name.
    const familyFirst = words.length >= 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words[words.length - 1] ?? '');
    const surname = familyFirst ? words[0] : words[words.length - 1];
    if (person && words.length >= 2 && surname && surname.length >= 3)
      this.registry.addAlias(actor.id, surname);
    return actor.id;
  }

  /** Records the role a mention gives its actor ("Kremlin spokesman") and, when it names an owner, as an alias. */
  private withRole(id: string, m: Mention): string {
    // A spelling variant ("Peskow") becomes an alias of the actor it was matched to.
    if (m.name && !this.registry.lookup(m.name)) this.registry.addAlias(id, m.name);
    const actor = this.registry.actors.get(id);
    if (!actor || !m.role) return id;
    const role = this.completeRole(m.role);
    if (!actor.roles.some((r) => surfaceKey(r.text) === surfaceKey(role.text))) actor.roles.push(role);
    if (role.gender && !actor.gender) actor.gender = role.gender;
    if (role.org !== null && actor.kind === 'person') this.registry.addAlias(id, role.text);
    return id;
  }

  /** Creates the unknown organisation a role names and adds the classes its organisation implies. */
  private completeRole(role: RoleInfo): RoleInfo {
    let org = role.org;
    if (org === null && role.orgName !== null) {
      const known = this.registry.lookup(role.orgName);
      org = known?.type === 'actor' ? known.id : this.registry.addActor(role.orgName, 'organization').id;
    }
    const orgName = org === null ? '' : (this.registry.actors.get(org)?.name ?? '');
    const classes = DIPLOMATIC_ORG.test(`${orgName} ${role.text}`)
      ? [...new Set([...role.classes, 'diplomat'])]
      : role.classes;
    return { ...role, org, orgName: null, classes };
  }

  private pronoun(m: Mention): string | null {
    if (m.pronoun === 'm' || m.pronoun === 'f') {
      const gender = m.pronoun;
      const fits = (a: ActorRecord) => a.kind === 'person' && (a.gender === undefined || a.gender === gender);
      // "Juncker will visit Washington. '…,' he said.": the person the sentence before is about comes first.
      const topic = this.lastSubject ? this.registry.actors.get(this.lastSubject) : undefined;
      const actor = topic && fits(topic) ? topic : this.firstRecent(fits);
      if (actor) actor.gender ??= gender;
      return actor?.id ?? null;
    }
    const plural = m.pronoun === 'plural';
    return (
      this.firstRecent((a) => a.kind !== 'person' && (plural || !['group', 'delegation'].includes(a.kind)))
        ?.id ?? null
    );
  }

  /** Whether an actor holds the role a phrase describes: a shared class, the same owner (or its parent). */
  private holds(actor: ActorRecord, phrase: RoleInfo): boolean {
    return actor.roles.some((r) => {
      // "the Kremlin official" may be any holder of a role there; other classes must match.
      const anyRole = phrase.classes.length === 1 && phrase.classes[0] === 'official';
      const shared = anyRole || r.classes.some((c) => phrase.classes.includes(c));
      const orgs = [r.org, r.org ? this.registry.actors.get(r.org)?.partOf : undefined];
      // "the Kremlin spokesman" and "the Russian presidential spokesman" are the same role, one level apart.
      const phraseParent = phrase.org === null ? undefined : this.registry.actors.get(phrase.org)?.partOf;
      const owner =
        phrase.org === null ||
        orgs.includes(phrase.org) ||
        (phraseParent !== undefined && phraseParent === r.org) ||
        actor.partOf === phrase.org ||
        actor.id === phrase.org;
      const gender = phrase.gender === null || actor.gender === undefined || actor.gender === phrase.gender;
      return shared && owner && gender;
    });
  }

  /** A person mention (known, or a new two-word name) without a role other than the phrase's. */
  private mayHold(n: Mention, phrase: RoleInfo): boolean {
    if (n.outletKind !== undefined || n.type === 'pronoun') return false;
    const actor = n.ref?.type === 'actor' ? this.registry.actors.get(n.ref.id) : undefined;
    const person =
      actor?.kind === 'person' ||
      (n.type === 'name' && !n.ref && (n.name ?? n.text).replace(HONORIFIC, '').split(/\s+/).length >= 2);
    // "Prince Abdulaziz bin Salman": a title of no class and no organisation says nothing against the role.
    const titleOnly =
      n.role !== undefined && n.role.org === null && n.role.orgName === null && n.role.classes.length === 0;
    if (!person || (n.role && !titleOnly)) return false;
    return !actor || actor.roles.length === 0 || this.holds(actor, phrase);
  }

  private role(m: Mention, lookahead: () => Mention[]): string | null {
    const phrase = m.role ? this.completeRole(m.role) : null;
    if (!phrase) return null;
    if (m.definite) {
      const holder = this.firstRecent((a) => this.holds(a, phrase));
      if (holder) return holder.id;
      // A named holder only: the same role phrase again ("…, the Bank of England Governor,") is no one yet.
      const later = lookahead().find(
        (n) =>
          n.type !== 'role' && n.role && phrase.org !== null && this.completeRole(n.role).org === phrase.org,
      );
      if (later) return this.resolve(later);
      // "Saudi Arabia's Energy Minister said …" before "Prince Abdulaziz bin Salman told …": a person named
      // just after who holds no other role is the one the phrase introduced, and takes its role.
      const person = lookahead().find((n) => this.mayHold(n, phrase));
      if (person) return this.resolve(m.role ? { ...person, role: m.role } : person);
    }
    if (phrase.org === null && !m.definite && this.unnamedPeople && this.singular(m, true)) {
      // "…, a spokesman said." before "Jonah Pell, a ministry spokesman, …": the person given that role.
      const named = this.appositiveHolder(lookahead(), phrase);
      return named ?? this.unnamedHolder(m, phrase);
    }
    if (phrase.org === null) return m.definite ? this.unnamedHolder(m, phrase) : null;
    // "Algeria's energy minister said …" with nobody named in that role: one person, unnamed, not the state.
    if (m.definite && !phrase.classes.includes('official')) return this.unnamedHolder(m, phrase);
    // "a BA spokesman", "a spokeswoman for the IAEA": one unnamed person, whom "the spokesperson" is later.
    if (this.unnamedPeople && !m.definite && m.text.split(/\s+/).length > 1 && this.singular(m))
      return this.unnamedHolder(m, phrase, true);
    // "A State Department spokesperson" (the seed's convention): an unnamed member speaks for the organisation.
    const org = this.registry.actors.get(phrase.org);
    if (org && !org.roles.some((r) => surfaceKey(r.text) === surfaceKey(phrase.text))) org.roles.push(phrase);
    return phrase.org;
  }

  /** A person named with a role of the phrase's class in apposition ("Jonah Pell, a ministry spokesman,"). */
  private appositiveHolder(mentions: readonly Mention[], phrase: RoleInfo): string | null {
    for (let i = 0; i + 1 < mentions.length; i++) {
      const name = mentions[i];
      const role = mentions[i + 1];
      if (!name || !role || role.type !== 'role' || !role.role || !this.mayHold(name, phrase)) continue;
      const gap = role.start - name.end;
      if (gap < 1 || gap > 3 || !role.role.classes.some((c) => phrase.classes.includes(c))) continue;
      const id = this.resolve({ ...name, role: role.role });
      if (id) return id;
    }
    return null;
  }

  /**
   * A role phrase about one person ("a BA spokesman", "a Turkish diplomatic source"), not a group ("Russian
   * officials", "OPEC sources"). An official of a named body or state speaks for it ("a State Department
   * official"), so "official" counts as one person only where no organisation is named (`ofNone`).
   */
  private singular(m: Mention, ofNone = false): boolean {
    const words = (m.role?.text ?? m.text).toLowerCase().split(/\s+/);
    const group = ofNone ? /\b(?:officials|sources)\b/i : /\b(?:officials?|sources)\b/i;
    return !words.some((w) => this.groupNouns.has(w)) && !group.test(m.text);
  }

  /**
   * "…, the spokesperson said" when the article names no holder of the role nor its organisation: the
   * unnamed holder speaks, one actor per role phrase.
   */
  private unnamedHolder(m: Mention, phrase: RoleInfo, named = false): string {
    // "a spokeswoman for the IAEA" is "IAEA spokeswoman"; "a BA spokesman" keeps its words.
    const org = named && phrase.org ? this.registry.actors.get(phrase.org) : undefined;
    const head = phrase.text.replace(/^(?:the|a|an)\s+/i, '');
    const complement = /^(\S+)\s+(?:for|of|at|with)\s+(?:the\s+)?(.+)$/i.exec(head);
    const name = org && complement?.[1] && complement[2] ? `${complement[2]} ${complement[1]}` : head;
    const known = this.registry.lookup(m.text) ?? this.registry.lookup(name);
    if (known?.type === 'actor') return known.id;
    const actor = this.registry.addActor(name.charAt(0).toUpperCase() + name.slice(1), 'person', {
      roles: [phrase],
      ...(phrase.gender ? { gender: phrase.gender } : {}),
    });
    this.registry.addAlias(actor.id, m.text);
    return actor.id;
  }

  private collective(m: Mention): string {
    const id = this.collectiveActor(m);
    // "the electoral commission", "The Chinese coastguard": how the article names the body it speaks for.
    if (this.registry.actors.get(id)?.kind !== 'state') this.registry.showForm(id, m.text);
    return id;
  }

  private collectiveActor(m: Mention): string {
    const name = (m.name ?? m.text).replace(/^(?:the|a|an)\s+/i, '');
    const known = [name, ...(m.forms ?? [])]
      .map((f) => this.registry.lookup(f))
      .find((r) => r?.type === 'actor');
    if (known) return known.id;
    // "the commission" after "Guinea Bissau's election commission": the one the article named.
    const head = name.toLowerCase();
    const named = m.definite
      ? this.recent(false).find((a) => a.name.toLowerCase().endsWith(head))
      : undefined;
    if (named) return named.id;
    const kind = m.kind ?? 'group';
    const actor = this.registry.addActor(name, kind, m.owner ? { partOf: m.owner } : {});
    for (const form of m.forms ?? []) this.registry.addAlias(actor.id, form);
    return actor.id;
  }
}
