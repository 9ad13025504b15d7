// Preloaded with --import: writes the process's peak resident memory (KiB) to the file named by
// INKLESS_TEST_RSS_FILE as it exits, so a test can see what a command cost.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.INKLESS_TEST_RSS_FILE) writeFileSync(process.env.INKLESS_TEST_RSS_FILE, String(process.resourceUsage().maxRSS));
});
