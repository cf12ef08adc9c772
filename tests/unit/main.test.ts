import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';

describe('npm start with a broken configuration', () => {
  it('lists every error and exits non-zero before starting anything', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, PORT: '99999', NEO4J_URI: 'bolt://db:7687', NEO4J_BOLT_PORT: 'x' },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT: .*\(got "99999"\)/);
    expect(result.stderr).toMatch(/NEO4J_PASSWORD: is required/);
    expect(result.stderr).toMatch(/NEO4J_BOLT_PORT: /);
  });
});
