import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfPageCount, PDF_LIMITS } from '../../src/index';
import { loadPdfEngine } from '../../src/node';
import { ascii, makeCarrierPdf, MiniPdf, onePagePdf } from '../support/carrier-pdf';
import { encryptedPdf, manyPagesPdf } from '../support/hostile-pdfs';

const engine = await loadPdfEngine();

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return `${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
  return 'no error';
}


describe('hostile PDFs get a clear error with a code, and nothing else happens', () => {
  it('refuses a password-protected PDF as encrypted', () => {
    expect(codeOf(() => engine.open(encryptedPdf()))).toMatch(/^INKLESS_IMPORT_PDF_ENCRYPTED: the PDF is locked with a password/);
  });

  it('refuses truncated, corrupt and empty files as invalid, saying how big they were', () => {
    const good = makeCarrierPdf().bytes;
    expect(codeOf(() => engine.open(good.subarray(0, 400)))).toMatch(/^INKLESS_IMPORT_PDF_INVALID: the file of 400 bytes cannot be opened as a PDF/);
    expect(codeOf(() => engine.open(good.subarray(0, good.length >> 1)))).toMatch(/^INKLESS_IMPORT_PDF_INVALID: .* truncated or damaged/);
    expect(codeOf(() => engine.open(ascii('%PDF-1.7\ngarbage that is not a PDF at all')))).toMatch(/^INKLESS_IMPORT_PDF_INVALID/);
    expect(codeOf(() => engine.open(new Uint8Array(0)))).toMatch(/^INKLESS_IMPORT_PDF_INVALID: the file of 0 bytes/);
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
    expect(codeOf(() => engine.open(noise))).toMatch(/^INKLESS_IMPORT_PDF_INVALID/);
  });

  it('refuses a page of 200 x 200 inches before rendering, with its page number and size', () => {
    const before = engine.memoryBytes();
    const pdf = engine.open(onePagePdf(14_400, 14_400, '0 0 72 72 re f'));
    expect(pdf.page(0)).toEqual({ widthPt: 14_400, heightPt: 14_400, rotation: 0 });
    expect(codeOf(() => pdf.renderPage(0, 203))).toBe(
      'INKLESS_IMPORT_PDF_PAGE_TOO_LARGE: page 1: the page is 200 x 200 in; at 203 dpi that is 40,600 x 40,600 pixels, over the limit of 40,000,000 pixels',
    );
    // Refused before allocating: the engine's memory did not grow for a 1.6-gigapixel bitmap.
    expect(engine.memoryBytes()).toBe(before);
    // The same page at a low dpi is fine.
    expect(pdf.renderPage(0, 10).width).toBe(2000);
    pdf.close();
  });

  it('opens a PDF of 100,000 pages (one shared content stream), reads its last page, and the host limit refuses it with both counts', () => {
    const bytes = manyPagesPdf(100_000);
    const pdf = engine.open(bytes);
    expect(pdf.pageCount).toBe(100_000);
    expect(pdf.page(99_999)).toEqual({ widthPt: 288, heightPt: 432, rotation: 0 });
    expect(codeOf(() => checkPdfPageCount(pdf.pageCount))).toBe(
      `INKLESS_IMPORT_PDF_TOO_MANY_PAGES: the PDF has 100,000 pages; Inkless imports at most ${PDF_LIMITS.maxPages.toLocaleString('en-US')} at once: split the file or choose pages`,
    );
    expect(() => checkPdfPageCount(PDF_LIMITS.maxPages)).not.toThrow();
    pdf.close();
  });

  it('says which page does not exist', () => {
    const pdf = engine.open(makeCarrierPdf({ pages: 2 }).bytes);
    expect(codeOf(() => pdf.renderPage(2, 203))).toBe('INKLESS_IMPORT_PDF_NO_PAGE: there is no page 3: the PDF has 2 pages');
    pdf.close();
    expect(codeOf(() => pdf.page(0))).toBe('INKLESS_IMPORT_PDF_CLOSED: the PDF was already closed');
  });

  describe('JavaScript and external references', () => {
    let server: Server;
    let port = 0;
    let connections = 0;
    beforeAll(async () => {
      server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('renders the page and neither runs the JavaScript nor fetches a URI, a launch target or an external file', async () => {
      const url = `http://127.0.0.1:${port}/beacon`;
      const writer = new MiniPdf();
      const pages = writer.reserve();
      const js = writer.add(`<< /S /JavaScript /JS (app.launchURL\\("${url}", true\\); this.submitForm\\("${url}"\\);) >>`);
      const spec = writer.add(`<< /Type /Filespec /FS /URL /F (${url}/file.pdf) >>`);
      // A reference XObject aimed at another file, with an empty form as its stand-in.
      const external = writer.addStream(`/Type /XObject /Subtype /Form /BBox [0 0 72 72] /Ref << /F ${spec} 0 R /Page 0 >>`, ascii(''));
      const uri = writer.add(`<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (${url}/uri) >> >>`);
      const launch = writer.add(`<< /Type /Annot /Subtype /Link /Rect [100 0 200 100] /A << /S /Launch /F (${url}/launch.exe) >> >>`);
      const content = writer.addStream('', ascii('0 0 72 72 re f /Ext Do'));
      const page = writer.add(
        `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 288 432] /Contents ${content} 0 R /Resources << /XObject << /Ext ${external} 0 R >> >> /Annots [${uri} 0 R ${launch} 0 R] /AA << /O ${js} 0 R >> >>`,
      );
      writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
      const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R /OpenAction ${js} 0 R /Names << /JavaScript << /Names [(a) ${js} 0 R] >> >> >>`);
      const pdf = engine.open(writer.finish(catalog));
      const grey = pdf.renderPage(0, 72);
      expect(grey.data[431 * 288]).toBe(0); // the black square at the bottom left was drawn
      pdf.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(connections).toBe(0);
    });

    it('the listener does count a connection (so silence above means something)', async () => {
      const { connect } = await import('node:net');
      await new Promise<void>((resolve) => connect(port, '127.0.0.1').on('close', () => resolve()).on('error', () => resolve()));
      expect(connections).toBe(1);
    });
  });
});
