import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentVariables } from '../src/environment-variables';
import { readServerConfig } from '../src/config';

describe('configuration', () => {
  it('documents every environment variable in docs/server.md', () => {
    const doc = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');
    expect(Object.keys(environmentVariables).filter((name) => !doc.includes(`| \`${name}\` |`))).toEqual([]);
  });

  it('reads the settings it documents, with their defaults', () => {
    const config = readServerConfig({ PORT: '4100', INKLESS_TRUST_PROXY: '10.0.0.1, 10.0.0.2' });
    expect(config).toMatchObject({ port: 4100, publicUrl: 'http://localhost:4100', trustProxy: ['10.0.0.1', '10.0.0.2'], sessionIdleMinutes: 480, sessionAbsoluteDays: 7, renderPerMinute: 600 });
    expect(config.databaseUrl).toBeUndefined();
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });
});
