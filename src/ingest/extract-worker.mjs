// Worker threads start without the parent's TypeScript loader under vitest (and a loader registered by
// `--import` is per thread anyway): register tsx here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
