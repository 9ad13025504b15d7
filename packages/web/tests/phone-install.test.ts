import { describe, expect, it } from 'vitest';
import { openStudioContext, useStudioFixture } from './support/studio-suite';

/** PNG files start with these 8 bytes, then the IHDR chunk: length, "IHDR", width:u32be, height:u32be. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function readPngSize(bytes: Uint8Array): string {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
  readonly purpose?: string;
}

describe('the studio installs as an app', () => {
  const fixture = useStudioFixture();

  it('serves a web app manifest, linked from the page, whose icons are PNGs of their stated size, all kept for offline use', async () => {
    const page = await (await fetch(`${fixture.origin}/`)).text();
    expect(page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(page).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}">/);

    const response = await fetch(`${fixture.origin}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; display: string; theme_color: string; icons: ManifestIcon[] };
    expect(manifest).toMatchObject({ name: 'Inkless Studio', short_name: 'Inkless', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const file = await fetch(new URL(icon.src, fixture.origin));
      expect(file.status, icon.src).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(readPngSize(new Uint8Array(await file.arrayBuffer())), icon.src).toBe(icon.sizes);
    }

    // The service worker's list of files to keep: the manifest, its icons, and the wasm of the barcode reader, the PDF engine and the WebP decoder (imports work offline).
    const { files } = (await (await fetch(`${fixture.origin}/precache.json`)).json()) as { files: string[] };
    for (const icon of manifest.icons) expect(files).toContain(icon.src);
    expect(files).toContain('/manifest.webmanifest');
    expect(files.filter((f) => f.endsWith('.wasm')).map((f) => f.replace(/-[\w-]+\.wasm$/, '.wasm')).sort()).toEqual(['/assets/pdfium.wasm', '/assets/webp_dec.wasm', '/assets/zxing_reader.wasm']);
  });

  it('Chromium reads the manifest as installable: its name, display and icons', async () => {
    const { context, page } = await openStudioContext(fixture);
    const cdp = await context.newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest') as { url: string; errors: { message: string }[]; data?: string };
    expect(url).toBe(`${fixture.origin}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    expect(JSON.parse(data!).short_name).toBe('Inkless');
    await context.close();
  });
});
