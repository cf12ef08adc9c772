import { describe, expect, it } from 'vitest';
import { ApiKeys } from '../../src/auth.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const ALICE = 'alice-key-0123456789';
const PLAIN = 'plain-key-0123456789';

describe('named API keys', () => {
  it('reads name:key entries and names plain keys by their place in the list', () => {
    const config = loadConfig({ CLAIMGRAPH_API_KEYS: `alice:${ALICE}, ${PLAIN}` });
    expect(config.apiKeys).toEqual([
      { name: 'alice', key: ALICE },
      { name: 'key-2', key: PLAIN },
    ]);
  });

  it('refuses duplicate names and short keys', () => {
    expect(() => loadConfig({ CLAIMGRAPH_API_KEYS: `a:${ALICE},a:${PLAIN}` })).toThrow(ConfigError);
    expect(() => loadConfig({ CLAIMGRAPH_API_KEYS: 'alice:short' })).toThrow(/at least 16/);
  });

  it('tells which key a bearer header carries, and nothing for an unknown one', () => {
    const keys = new ApiKeys([{ name: 'alice', key: ALICE }, PLAIN]);
    expect(keys.nameOf(`Bearer ${ALICE}`)).toBe('alice');
    expect(keys.nameOf(`Bearer ${PLAIN}`)).toBe('key-2');
    expect(keys.nameOf('Bearer not-a-configured-key-000')).toBeNull();
    expect(keys.nameOf(null)).toBeNull();
    expect(keys.allows(`Bearer ${ALICE}`)).toBe(true);
  });
});
