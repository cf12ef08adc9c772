import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { findJava, ProvisionError, provisionClasspath } from '../../../src/neo4j/provision.js';

describe('provisioning prerequisites', () => {
  it('finds a supported Java on this machine', () => {
    expect([17, 21]).toContain(findJava(loadConfig().local.javaHome).major);
  });

  it('says clearly when Java is missing', () => {
    expect(() => findJava('/nonexistent/jdk')).toThrow(ProvisionError);
    expect(() => findJava('/nonexistent/jdk')).toThrow(/Java was not found .*needs Java 17 or 21/);
  });

  it('says clearly when Maven is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-provision-'));
    try {
      const settings = { ...loadConfig().local, dir, mavenCmd: 'no-such-maven-command' };
      await expect(provisionClasspath(settings, () => {})).rejects.toThrow(
        /Maven was not found .*install Maven/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
