import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';

/** One token of the text with its character range; `lower` and `lemma` are lowercase. */
export type Token = {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
};

/** A sentence as wink-nlp splits it, as a character range of the text it was given. */
export type RawSentence = { start: number; end: number; tokens: Token[] };

// The model is in the npm package; loading it reads no network and happens once per process.
const nlp = winkNLP(model);
const its = nlp.its;

/** The typings give some `its` helpers signatures that `out` does not accept; they work as documented. */
const stringIts = (helper: unknown) => helper as ItsFunction<string>;

/**
 * Tokenises and splits `text` into sentences with wink-nlp, and places every token at its character offsets.
 * wink-nlp is lossless (each token keeps the whitespace before it), so offsets are the running sum of
 * whitespace and token lengths, shifted by `offset` (where `text` starts in the article).
 */
export function analyse(text: string, offset: number): RawSentence[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(stringIts(its.precedingSpaces)) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(stringIts(its.lemma)) as string[];
  const all: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    at += (spaces[i] ?? '').length;
    // Should a token ever not sit where the running sum says (it has not been seen), find it instead.
    const start = text.startsWith(value, at) ? at : Math.max(at, text.indexOf(value, at));
    all.push({
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      start: offset + start,
      end: offset + start + value.length,
    });
    at = start + value.length;
  });
  const sentences: RawSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    // A line break inside a block comes out as a token of its own: it starts no sentence and is no word.
    const slice = all.slice(first, last + 1).filter((t) => t.text.trim() !== '');
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
  });
  return sentences;
}
