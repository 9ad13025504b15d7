import { unzlibSync } from 'fflate';
import { createBitmap, fillRect, type Bitmap1 } from '../bitmap/bitmap1';

/**
 * A small, independent PDF reader for tests and debugging of Inkless's own PDFs: it follows
 * startxref -> xref table -> objects, checks every offset points at `N 0 obj`, and re-rasterizes
 * pages from their rectangle and image-mask operators. It is not a general PDF parser.
 */
export interface InspectedObject {
  readonly dict: string;
  /** Decoded stream data (Flate undone), when the object is a stream. */
  readonly stream?: Uint8Array;
}

export interface InspectedPdf {
  readonly header: string;
  readonly trailer: string;
  readonly objects: ReadonlyMap<number, InspectedObject>;
  /** Object numbers of the pages, in document order. */
  readonly pageRefs: readonly number[];
}

/** Parses an Inkless PDF; throws a plain description when an offset or structure is wrong. */
export function inspectPdf(bytes: Uint8Array): InspectedPdf {
  const text = latin1(bytes);
  const header = text.slice(0, text.indexOf('\n'));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new RangeError('no startxref at the end of the file');
  const xrefAt = Number(startxref[1]);
  const xref = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!xref) throw new RangeError(`startxref ${xrefAt} does not point at an xref table`);
  const size = Number(xref[1]);
  const objects = new Map<number, InspectedObject>();
  let at = xrefAt + xref[0].length;
  for (let n = 0; n < size; n++, at += 20) {
    const entry = text.slice(at, at + 20);
    if (!/^\d{10} \d{5} [nf] \n$/.test(entry)) throw new RangeError(`xref entry ${n} is not 20 bytes of "oooooooooo ggggg n \\n"`);
    if (entry[17] === 'f') continue;
    const offset = Number(entry.slice(0, 10));
    const objHead = `${n} 0 obj\n`;
    if (text.slice(offset, offset + objHead.length) !== objHead) throw new RangeError(`xref offset ${offset} of object ${n} does not point at "${n} 0 obj"`);
    objects.set(n, readObject(bytes, text, offset + objHead.length));
  }
  const trailer = text.slice(text.indexOf('trailer', at - 20));
  const rootRef = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(objects.get(rootRef)?.dict ?? '')?.[1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(pagesRef)?.dict ?? '')?.[1] ?? '';
  const pageRefs = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return { header, trailer, objects, pageRefs };
}

function readObject(bytes: Uint8Array, text: string, start: number): InspectedObject {
  const end = text.indexOf('\nendobj', start);
  const streamAt = text.indexOf('>>\nstream\n', start);
  if (streamAt < 0 || streamAt > end) return { dict: text.slice(start, end) };
  const dict = text.slice(start, streamAt + 2);
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const dataAt = streamAt + '>>\nstream\n'.length;
  let stream: Uint8Array = bytes.slice(dataAt, dataAt + length);
  if (text.slice(dataAt + length, dataAt + length + 10) !== '\nendstream') throw new RangeError('stream /Length does not end at endstream');
  if (dict.includes('/FlateDecode') && !dict.includes('/ImageMask')) stream = unzlibSync(stream);
  return { dict, stream };
}

/** The page's MediaBox [x0 y0 x1 y1] in points. */
export function readMediaBox(pdf: InspectedPdf, pageIndex: number): number[] {
  const dict = pdf.objects.get(pdf.pageRefs[pageIndex]!)?.dict ?? '';
  return (/\/MediaBox \[([^\]]*)\]/.exec(dict)?.[1] ?? '').trim().split(/\s+/).map(Number);
}

/** The decoded content stream of a page, as text. */
export function readPageContent(pdf: InspectedPdf, pageIndex: number): string {
  const dict = pdf.objects.get(pdf.pageRefs[pageIndex]!)?.dict ?? '';
  const ref = Number(/\/Contents (\d+) 0 R/.exec(dict)?.[1]);
  return latin1(pdf.objects.get(ref)?.stream ?? new Uint8Array(0));
}

type Matrix = [number, number, number, number, number, number];

/**
 * Re-rasterizes a page onto a grid of `widthDots` x `heightDots` covering its MediaBox, filling
 * every `re f` rectangle and every image-mask sample through the current matrix. Grey strokes
 * (outlines) are ignored: only black fills count as ink.
 */
export function rasterizePdfPage(pdf: InspectedPdf, pageIndex: number, widthDots: number, heightDots: number): Bitmap1 {
  const [, , wPt, hPt] = readMediaBox(pdf, pageIndex) as [number, number, number, number];
  const out = createBitmap(widthDots, heightDots);
  const toDotX = (x: number): number => Math.round((x * widthDots) / wPt);
  const toDotY = (y: number): number => Math.round(((hPt - y) * heightDots) / hPt);
  const pageDict = pdf.objects.get(pdf.pageRefs[pageIndex]!)?.dict ?? '';
  const run = (content: string, resources: string, start: Matrix): void => {
    const stack: Matrix[] = [];
    let ctm = start;
    let operands: string[] = [];
    const pending: number[][] = [];
    for (const token of content.split(/\s+/).filter(Boolean)) {
      if (/^[-\d.]/.test(token) || token.startsWith('/')) {
        operands.push(token);
        continue;
      }
      const nums = operands.map(Number);
      if (token === 'q') stack.push(ctm);
      else if (token === 'Q') ctm = stack.pop() ?? ctm;
      else if (token === 'cm') ctm = multiply(nums as Matrix, ctm);
      else if (token === 're') pending.push([...apply(ctm, nums[0]!, nums[1]!), ...apply(ctm, nums[0]! + nums[2]!, nums[1]! + nums[3]!)]);
      else if (token === 'f') {
        for (const [x0, y0, x1, y1] of pending as [number, number, number, number][]) {
          const dx0 = toDotX(Math.min(x0, x1));
          const dy0 = toDotY(Math.max(y0, y1));
          fillRect(out, dx0, dy0, toDotX(Math.max(x0, x1)) - dx0, toDotY(Math.min(y0, y1)) - dy0);
        }
        pending.length = 0;
      } else if (token === 'S' || token === 'n') pending.length = 0;
      else if (token === 'Do') paintXObject(operands[0]!.slice(1), resources, ctm);
      operands = [];
    }
  };
  const paintXObject = (name: string, resources: string, ctm: Matrix): void => {
    const ref = Number(new RegExp(`/${name} (\\d+) 0 R`).exec(resources)?.[1]);
    const obj = pdf.objects.get(ref);
    if (!obj?.stream) throw new RangeError(`XObject /${name} not found in the resources`);
    if (obj.dict.includes('/Subtype /Form')) {
      run(latin1(obj.stream), obj.dict, ctm);
      return;
    }
    const w = Number(/\/Width (\d+)/.exec(obj.dict)?.[1]);
    const h = Number(/\/Height (\d+)/.exec(obj.dict)?.[1]);
    const samples = unzlibSync(obj.stream);
    const stride = (w + 7) >> 3;
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        if (!(samples[j * stride + (i >> 3)]! & (0x80 >> (i & 7)))) continue;
        const [x, y] = apply(ctm, (i + 0.5) / w, 1 - (j + 0.5) / h);
        const dx = Math.floor((x * widthDots) / wPt);
        const dy = Math.floor(((hPt - y) * heightDots) / hPt);
        fillRect(out, dx, dy, 1, 1);
      }
    }
  };
  run(readPageContent(pdf, pageIndex), pageDict, [1, 0, 0, 1, 0, 0]);
  return out;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}
