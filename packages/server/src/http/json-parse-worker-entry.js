// Starts the body-parse worker thread. Worker threads do not inherit the TypeScript loader of the
// thread that made them (tsx under `inkless serve`, vite under vitest), so this plain-JS entry
// registers tsx in the worker first, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./json-parse-worker.ts');
