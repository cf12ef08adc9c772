import { resolveNodes } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { SEARCH_MAX_FIRST } from '../graph/search.js';
import { SNIPPET_LENGTH } from '../graph/search-text.js';
import { SearchKindEnum } from './enums.js';
import { SearchHitRef, TextRangeRef } from './refs.js';
import { primeStatements } from './statement-fields.js';

TextRangeRef.implement({
  description: 'A half-open range `[start, end)` of character offsets (UTF-16 code units) into a text.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset after the last character.' }),
  }),
});

SearchHitRef.implement({
  description: 'An actor or statement that matches a search, with the matched text to show.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        'Relevance from 0 to 1: the full-text score divided by the best score among hits of the same kind ' +
        '(actors, statements) for this query, so the best actor and the best statement both score 1.',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The matched Actor or Statement.',
      resolve: async (hit, _args, ctx, info) => {
        const [node] = await resolveNodes(builder, ctx, info, [{ typename: hit.type, id: hit.id }]);
        return node;
      },
    }),
    snippet: t.exposeString('snippet', {
      description:
        `The matched text (a statement's paraphrase or quote, an actor's name or alias), shortened to at ` +
        `most ${SNIPPET_LENGTH} characters around the first match, with "…" where it was cut.`,
    }),
    highlights: t.field({
      type: [TextRangeRef],
      description: 'Where the words of the query occur in `snippet` (whole words, any case).',
      resolve: (hit) => hit.highlights,
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over statements (paraphrase and quote) and actors (names and aliases), best first. ' +
      'Any text is a valid query: special characters are searched literally and AND/OR/NOT are plain words; ' +
      'a query without letters or digits finds nothing. On equal scores actors come first.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for ("Peskov sanctions").' }),
      first: t.arg.int({
        defaultValue: 10,
        description: `How many hits (1–${SEARCH_MAX_FIRST}, default 10); BAD_USER_INPUT otherwise.`,
      }),
      kinds: t.arg({
        type: [SearchKindEnum],
        required: false,
        description: 'What to search (default both): only statements, say, skips the search over names.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const hits = await ctx.repos.search.search(
        args.query,
        args.first ?? 10,
        ctx.statementParts,
        args.kinds ?? undefined,
      );
      primeStatements(
        ctx,
        hits.flatMap((hit) => (hit.statement ? [hit.statement] : [])),
      );
      return hits;
    },
  }),
);
