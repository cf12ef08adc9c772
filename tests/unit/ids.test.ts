import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/graph/errors.js';
import { decodeGlobalId, domainId, encodeGlobalId } from '../../src/ids.js';

describe('global ids', () => {
  it('round-trip as <Type>:<id>, splitting at the first colon only', () => {
    expect(encodeGlobalId('Actor', 'dmitry-peskov')).toBe('Actor:dmitry-peskov');
    expect(decodeGlobalId('Statement:seed-article:s03')).toEqual({
      typename: 'Statement',
      id: 'seed-article:s03',
    });
  });

  it('refuse ids of no node type, or with nothing after the type', () => {
    for (const bad of ['dmitry-peskov', 'Person:x', 'Actor:', ':x', '']) {
      expect(() => decodeGlobalId(bad), bad).toThrow(InvalidInputError);
    }
  });

  it('read an argument as a domain id whether given plain or as a global id of its type', () => {
    expect(domainId('Actor', 'russia')).toBe('russia');
    expect(domainId('Actor', 'Actor:russia')).toBe('russia');
    expect(domainId('Statement', 'seed-article:s03')).toBe('seed-article:s03');
    expect(domainId('Article', 'Actor:russia')).toBe('Actor:russia');
  });
});
