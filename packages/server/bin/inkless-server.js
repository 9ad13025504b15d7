#!/usr/bin/env node
// The platform server alone (API, no preview page): `npm start` runs `inkless serve`, which adds the
// studio. Runs the TypeScript sources through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main();
