// Hostile PDFs that tests of every host share (the engine, the command line, the server).
import { ascii, MiniPdf } from './carrier-pdf';

/** A PDF whose standard security handler wants a password nobody gave (its /U matches no password). */
export function encryptedPdf(): Uint8Array {
  const writer = new MiniPdf();
  const pages = writer.reserve();
  const page = writer.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 288 432] >>`);
  writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const encrypt = writer.add(`<< /Filter /Standard /V 1 /R 2 /O <${'5a'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -4 >>`);
  const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return writer.finish(catalog, `/Encrypt ${encrypt} 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>]`);
}

/** `count` pages sharing one content stream, in a two-level page tree (about 70 bytes a page). */
export function manyPagesPdf(count: number): Uint8Array {
  const writer = new MiniPdf();
  const root = writer.reserve();
  const content = writer.addStream('', ascii('0 0 72 72 re f'));
  const perNode = 1000;
  const nodes: number[] = [];
  for (let start = 0; start < count; start += perNode) {
    const node = writer.reserve();
    const kids: string[] = [];
    for (let i = start; i < Math.min(count, start + perNode); i++) kids.push(`${writer.add(`<< /Type /Page /Parent ${node} 0 R /Contents ${content} 0 R >>`)} 0 R`);
    writer.set(node, `<< /Type /Pages /Parent ${root} 0 R /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
    nodes.push(node);
  }
  writer.set(root, `<< /Type /Pages /Kids [${nodes.map((n) => `${n} 0 R`).join(' ')}] /Count ${count} /MediaBox [0 0 288 432] >>`);
  return writer.finish(writer.add(`<< /Type /Catalog /Pages ${root} 0 R >>`));
}
