import type { Executor } from './executor.js';
import { SystemRepository } from './system.js';

/** One repository per domain, built once per process; every named query they use is checked here at start. */
export type Repositories = {
  system: SystemRepository;
};

export function createRepositories(executor: Executor): Repositories {
  return {
    system: new SystemRepository(executor),
  };
}
