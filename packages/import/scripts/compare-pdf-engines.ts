// Measures the PDF engine candidates on this machine: thin-bar correctness, speed and install facts.
// Run: npx tsx packages/import/scripts/compare-pdf-engines.ts   (decision 016 quotes its output)
// Needs the candidates installed (npm install @hyzyla/pdfium pdfjs-dist -w @inkless/import --no-save
// brings back the two that lost; @napi-rs/canvas is a root dev dependency).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { loadPdfEngine } from '../src/node';
import { makeCarrierPdf, makeThinBarsPdf } from '../tests/support/carrier-pdf';
import { thresholdGrey } from '../tests/pdf/grey-decode';

interface Grey { width: number; height: number; data: Uint8Array }
interface Candidate { name: string; render(bytes: Uint8Array, pages: number[], dpi: number): Promise<Grey[]> }

const require = createRequire(import.meta.url);
const BAR_DATA = 'INKLESS-0123456789';

/** The chosen engine: Inkless's own wrapper around @hyzyla/pdfium's module (src/pdf/pdf-engine.ts). */
async function inklessEngine(): Promise<Candidate> {
  const engine = await loadPdfEngine();
  return {
    name: 'Inkless engine (@hyzyla/pdfium)',
    render: async (bytes, pages, dpi) => {
      const pdf = engine.open(bytes);
      const out = pages.map((i) => pdf.renderPage(i, dpi));
      pdf.close();
      return out;
    },
  };
}

/** The other PDFium build, driven through its wrapped calls the same way (grey bitmap, white paper, annotations). */
async function pdfiumEmbedpdf(): Promise<Candidate | undefined> {
  if (!tryResolve('@embedpdf/pdfium')) return undefined;
  const { init } = await import('@embedpdf/pdfium');
  const wasm = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
  const m = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  m.PDFiumExt_Init();
  const heap = (): Uint8Array => (m.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  return {
    name: '@embedpdf/pdfium',
    render: async (bytes, pages, dpi) => {
      const ptr = m.pdfium.wasmExports.malloc(bytes.length);
      heap().set(bytes, ptr);
      const doc = m.FPDF_LoadMemDocument(ptr, bytes.length, '');
      const out = pages.map((i) => {
        const page = m.FPDF_LoadPage(doc, i);
        const width = Math.round((m.FPDF_GetPageWidthF(page) * dpi) / 72);
        const height = Math.round((m.FPDF_GetPageHeightF(page) * dpi) / 72);
        const bitmap = m.FPDFBitmap_CreateEx(width, height, 1, 0, 0); // one grey byte a pixel, as ours
        m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
        m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, 1);
        const buf = m.FPDFBitmap_GetBuffer(bitmap);
        const stride = m.FPDFBitmap_GetStride(bitmap);
        const data = new Uint8Array(width * height);
        for (let y = 0; y < height; y++) data.set(heap().subarray(buf + y * stride, buf + y * stride + width), y * width);
        m.FPDFBitmap_Destroy(bitmap);
        m.FPDF_ClosePage(page);
        return { width, height, data };
      });
      m.FPDF_CloseDocument(doc);
      m.pdfium.wasmExports.free(ptr);
      return out;
    },
  };
}

/** @hyzyla/pdfium through its own page API (grey bitmap), for comparison with the wrapper above. */
async function pdfiumHyzyla(): Promise<Candidate | undefined> {
  const { PDFiumLibrary } = await import('@hyzyla/pdfium');
  const wasm = readFileSync(join(dirname(require.resolve('@hyzyla/pdfium')), 'pdfium.wasm'));
  const library = await PDFiumLibrary.init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  return {
    name: '@hyzyla/pdfium own API',
    render: async (bytes, pages, dpi) => {
      const doc = await library.loadDocument(bytes);
      const out: Grey[] = [];
      for (const i of pages) {
        const r = await doc.getPage(i).render({ scale: dpi / 72, render: 'bitmap', colorSpace: 'Gray' });
        out.push({ width: r.width, height: r.height, data: r.data });
      }
      doc.destroy();
      return out;
    },
  };
}

async function pdfjs(): Promise<Candidate | undefined> {
  if (!tryResolve('pdfjs-dist/legacy/build/pdf.mjs')) return undefined;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return {
    name: 'pdfjs-dist + @napi-rs/canvas',
    render: async (bytes, pages, dpi) => {
      const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
      const out: Grey[] = [];
      for (const i of pages) {
        const page = await doc.getPage(i + 1);
        const viewport = page.getViewport({ scale: dpi / 72 });
        const { canvas, context } = doc.canvasFactory.create(Math.round(viewport.width), Math.round(viewport.height)) as { canvas: { width: number; height: number }; context: CanvasRenderingContext2D };
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvasContext: context, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
        const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const data = new Uint8Array(canvas.width * canvas.height);
        for (let p = 0; p < data.length; p++) data[p] = (77 * rgba[p * 4]! + 150 * rgba[p * 4 + 1]! + 29 * rgba[p * 4 + 2]! + 128) >> 8;
        out.push({ width: canvas.width, height: canvas.height, data });
        page.cleanup();
      }
      await doc.destroy();
      return out;
    },
  };
}

/** Bars found on the middle row of the 50 % threshold, compared in order with the bars drawn. */
function barErrors(grey: Grey, expected: readonly (readonly [number, number])[], scale: number): { max: number; mean: number; found: number } {
  const y = Math.floor(grey.height / 2);
  const runs: [number, number][] = [];
  let start = -1;
  for (let x = 0; x <= grey.width; x++) {
    const ink = x < grey.width && grey.data[y * grey.width + x]! < 128;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      runs.push([start, x]);
      start = -1;
    }
  }
  if (runs.length !== expected.length) return { max: Number.NaN, mean: Number.NaN, found: runs.length };
  const errors = runs.map(([a, b], i) => Math.abs(b - a - (expected[i]![1] - expected[i]![0]) * scale));
  return { max: Math.max(...errors), mean: errors.reduce((s, e) => s + e, 0) / errors.length, found: runs.length };
}

/** Pages per second of one candidate: wall time and CPU time, best and median of 5 rounds of 20 pages after a warm-up. */
async function measureSpeed(c: Candidate): Promise<string> {
  const pages = 20;
  const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', pages });
  const all = [...Array(pages).keys()];
  await c.render(carrier.bytes, all, 203);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await c.render(carrier.bytes, all, 203);
    const used = process.cpuUsage(cpu0);
    wall.push(pages / ((performance.now() - t0) / 1000));
    cpu.push(pages / ((used.user + used.system) / 1e6));
  }
  const show = (rates: number[]): string => {
    const sorted = [...rates].sort((a, b) => a - b);
    return `best ${sorted.at(-1)!.toFixed(1)}, median ${sorted[2]!.toFixed(1)}`;
  };
  return `${c.name}: pages per wall second ${show(wall)}; pages per CPU second ${show(cpu)}`;
}

async function main(): Promise<void> {
  const candidates = (await Promise.all([inklessEngine(), pdfiumEmbedpdf(), pdfiumHyzyla(), pdfjs()])).filter((c): c is Candidate => c !== undefined);
  const speedOf = process.argv.indexOf('--speed');
  if (speedOf > 0) {
    const c = candidates.find((x) => x.name === process.argv[speedOf + 1]);
    if (c) console.log(await measureSpeed(c));
    return;
  }
  console.log(`node ${process.version}, ${candidates.length} candidates\n`);

  console.log('## Thin bars: Code 128 "%s", bar width error in dots after a 50 %% threshold (max / mean), ZXing decode', BAR_DATA);
  for (const style of ['rect-per-bar', 'one-path'] as const) {
    for (const moduleDots of [1, 1.5, 2]) {
      const fixture = makeThinBarsPdf(BAR_DATA, moduleDots, 203, style);
      for (const dpi of [203, 300]) {
        const cells: string[] = [];
        for (const c of candidates) {
          const [grey] = await c.render(fixture.bytes, [0], dpi);
          const e = barErrors(grey!, fixture.barsDots, dpi / 203);
          const decoded = await decodeBarcodes(thresholdGrey(grey!));
          const ok = decoded.some((d) => d.text === BAR_DATA);
          cells.push(`${c.name}: ${Number.isNaN(e.max) ? `${e.found}/${fixture.barsDots.length} bars` : `${e.max.toFixed(2)} / ${e.mean.toFixed(2)}`} ${ok ? 'decodes' : 'NO DECODE'}`);
        }
        console.log(`${style.padEnd(12)} module ${String(moduleDots).padEnd(3)} dots @203, rendered at ${dpi}: ${cells.join(' | ')}`);
      }
    }
  }

  console.log('\n## Speed: Letter page, 4x6 label in the top half (vector), 203 dpi, grey bytes out; each candidate alone in its own process');
  for (const c of candidates) {
    // A process of its own per candidate: threads another engine left running (canvas, GC) would
    // otherwise be counted against it.
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--speed', c.name], { encoding: 'utf8' });
    console.log(out.trim());
  }

  console.log('\n## Install facts');
  for (const name of ['@embedpdf/pdfium', '@hyzyla/pdfium', 'pdfjs-dist', '@napi-rs/canvas']) {
    const dir = packageDir(name);
    if (!dir) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; scripts?: Record<string, string> };
    const hooks = ['preinstall', 'install', 'postinstall'].filter((k) => pkg.scripts?.[k]).map((k) => `${k}: ${pkg.scripts![k]}`);
    const size = execSync(`du -sk ${JSON.stringify(dir)}`).toString().split('\t')[0];
    const wasm = execSync(`find ${JSON.stringify(dir)} -name '*.wasm' -printf '%P %s bytes\\n'`).toString().trim().split('\n').filter(Boolean);
    console.log(`${name}@${pkg.version}: ${(Number(size) / 1024).toFixed(1)} MB installed; install scripts: ${hooks.length ? hooks.join(', ') : 'none'}; wasm: ${wasm.length ? wasm.join(', ') : 'none'}`);
  }
}

function tryResolve(id: string): string | undefined {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

function packageDir(name: string): string | undefined {
  for (let dir = dirname(new URL(import.meta.url).pathname); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

await main();
