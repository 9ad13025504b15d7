/**
 * Writes a generated module (`*.generated.ts`) when its generator file is run as a script
 * (`npx tsx .../generate-x.ts`), and does nothing when the generator is imported (tests compare
 * its output with the committed file). Packages that must run in browsers compile without Node
 * types, so Node's fs is reached through a dynamic import that only this script path executes.
 */
export async function writeGeneratedModuleWhenRun(generatorFile: string, generatedFile: string, build: () => string): Promise<void> {
  const argv = (globalThis as { process?: { argv?: readonly string[] } }).process?.argv ?? [];
  const script = argv[1] ?? '';
  if (!script.endsWith(`/${generatorFile}`) && script !== generatorFile) return;
  const fsModule = 'node:fs';
  const fs = (await import(/* @vite-ignore */ fsModule)) as { writeFileSync(path: string, text: string): void };
  fs.writeFileSync(script.slice(0, script.length - generatorFile.length) + generatedFile, build());
}
