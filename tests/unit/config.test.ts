import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('has working defaults for a laptop: local Neo4j, loopback, port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, external: undefined, database: 'neo4j' });
    expect(config.local).toMatchObject({
      boltPort: 7687,
      httpPort: 7474,
      version: '5.26.30',
      instance: 'dev',
    });
  });

  it('uses an existing server when NEO4J_URI is set, including neo4j:// routing URIs', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'a-long-secret',
      NEO4J_DATABASE: 'news',
    });
    expect(config.external).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'reader',
      password: 'a-long-secret',
      database: 'news',
    });
  });

  it('lists every problem at once and never echoes secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        NEO4J_URI: 'http://localhost:7474',
        NEO4J_HEAP_SIZE: 'lots',
        NEO4J_PASSWORD: 'short',
        LOG_LEVEL: 'loud',
        SEED_ON_START: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['LOG_LEVEL', 'NEO4J_HEAP_SIZE', 'NEO4J_PASSWORD', 'NEO4J_URI', 'PORT', 'SEED_ON_START'].sort(),
    );
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('(got "abc")');
    expect((error as Error).message).not.toContain('short');
  });

  it('requires a password for an existing server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD: is required when NEO4J_URI points at an existing server/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({ port: 4000, external: undefined });
  });
});
