import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../src/graph/errors.js';
import { MAX_ERROR_MESSAGE_CHARS, maskError } from '../../../src/plugins/error-masking.js';

// A message that quotes what was asked must not hand a megabyte argument back whole (an outside probe's
// `actor(name:)` of 5 MB came back in the NOT_FOUND message).
describe('error messages that echo their input', () => {
  const huge = 'x'.repeat(5_000_000);

  it('keep the start of a coded error and say how long the whole was', () => {
    const error = maskError()(
      new NotFoundError(`No actor is named "${huge}"`),
      'Unexpected error.',
    ) as GraphQLError;
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message.startsWith('No actor is named "xxx')).toBe(true);
    expect(error.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 100);
    expect(error.message).toContain(`${huge.length + 20} characters`);
  });

  it('cut a request error too, and leave short messages as they are', () => {
    const long = maskError()(
      new GraphQLError(`Variable "$id" got invalid value "${huge}"`),
      'x',
    ) as GraphQLError;
    expect(long.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 100);
    const short = maskError()(new NotFoundError('No actor is named "Peskov"'), 'x') as GraphQLError;
    expect(short.message).toBe('No actor is named "Peskov"');
  });
});
