// Lint rules, including the package boundaries of docs/principles.md:
// label <- printers <- import <- {server, web, cli}; label imports nothing with I/O.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'stream', 'child_process', 'net', 'http', 'https', 'url', 'zlib', 'buffer', 'util', 'worker_threads'];
const nodeImportPatterns = nodeBuiltins.flatMap((name) => [name, `node:${name}`, `node:${name}/*`]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'test-artifacts/**', 'bench-out/**', 'out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-throw-literal': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // printers: pure drivers, profiles and decoders; Node only at its edge (src/node/).
    files: ['packages/printers/src/**/*.ts'],
    ignores: ['packages/printers/src/**/*.test.ts', 'packages/printers/src/node/**', 'packages/printers/src/node.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'printers is pure outside src/node/ (see docs/principles.md).' })),
        patterns: [
          { group: nodeImportPatterns.filter((p) => p.startsWith('node:')), message: 'printers is pure outside src/node/.' },
          { group: ['@inkless/import', '@inkless/server', '@inkless/web', '@inkless/cli'], message: 'printers depends only on label.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'document', 'window', 'require', '__dirname'],
    },
  },
  {
    // import: pure page, picture, PDF and ZPL handling; Node only at its edge (src/node/).
    files: ['packages/import/src/**/*.ts'],
    ignores: ['packages/import/src/**/*.test.ts', 'packages/import/src/node/**', 'packages/import/src/node.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'import is pure outside src/node/ (see docs/principles.md).' })),
        patterns: [
          { group: nodeImportPatterns.filter((p) => p.startsWith('node:')), message: 'import is pure outside src/node/.' },
          { group: ['@inkless/server', '@inkless/web', '@inkless/cli', '@inkless/printers/node'], message: 'import depends only on label and printers.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['packages/label/src/**/*.ts'],
    ignores: ['packages/label/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'label is pure: no Node I/O (see docs/principles.md).' })),
        patterns: [
          { group: nodeImportPatterns.filter((p) => p.startsWith('node:')), message: 'label is pure: no Node I/O.' },
          { group: ['@inkless/printers', '@inkless/import', '@inkless/server', '@inkless/web', '@inkless/cli'], message: 'label depends on no other Inkless package.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'document', 'window', 'require', '__dirname'],
    },
  },
  {
    // server: label and printers only; never the web studio or the command line. Personal data
    // leaves only through src/privacy/disclose.ts: only the listed files open connections.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Outbound data goes through src/privacy/disclose.ts.' }, 'XMLHttpRequest', 'WebSocket'],
      'no-restricted-imports': ['error', {
        paths: ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2', 'net', 'node:net', 'tls', 'node:tls', 'dgram', 'node:dgram',
          'undici', 'nodemailer', 'pg', 'axios', 'got', 'node-fetch', '@inkless/printers/node']
          .map((name) => ({ name, message: 'Only allow-listed files open connections; personal data leaves through src/privacy/disclose.ts.', allowTypeImports: true })),
        patterns: [{ group: ['@inkless/web', '@inkless/cli'], message: 'server depends on label and printers only.' }],
      }],
    },
  },
  {
    // The files that open connections, each for its one purpose: the database, mail, printers.
    files: ['packages/server/src/db/postgres-database.ts', 'packages/server/src/mail/mailer.ts', 'packages/server/src/printing/print-worker.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@inkless/web', '@inkless/cli'], message: 'server depends on label and printers only.' }] }],
    },
  },
  {
    // web: label and printers, and only types from server; the editor core is framework-free and DOM-free.
    files: ['packages/web/src/**/*.ts', 'packages/web/src/**/*.tsx'],
    ignores: ['packages/web/src/**/*.test.ts', 'packages/web/src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'web runs in the browser: no Node built-ins.' })),
        patterns: [
          { group: nodeImportPatterns.filter((p) => p.startsWith('node:')), message: 'web runs in the browser.' },
          { group: ['@inkless/cli', '**/cli/src/**'], message: 'web never imports the command line.' },
          { group: ['@inkless/server', '**/server/src/**'], message: 'web may import only types from server.', allowTypeImports: true },
        ],
      }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['packages/web/src/editor/**/*.ts'],
    ignores: ['packages/web/src/editor/**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'Buffer', 'process', 'require', '__dirname', 'document', 'window', 'navigator'] },
  },
);
