// Regenerates docs/errors.md from the error-code registries. Run: npx tsx scripts/generate-errors-doc.ts
import { writeFileSync } from 'node:fs';
import { buildErrorsDoc } from '../packages/cli/src/docs/errors-doc';

writeFileSync(new URL('../docs/errors.md', import.meta.url), buildErrorsDoc());
console.log('wrote docs/errors.md');
