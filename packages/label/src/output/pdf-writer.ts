import { concatBytes } from './png-writer';

/**
 * A minimal PDF 1.4 file builder: numbered indirect objects, streams, a classic xref table and
 * trailer. Wire format (ISO 32000-1, 7.5):
 *   %PDF-1.4 \n %<4 bytes above 127> \n
 *   N 0 obj <dictionary or stream> endobj      (one per object, byte offset recorded)
 *   xref \n 0 count \n 0000000000 65535 f \n  then "oooooooooo 00000 n \n" (20 bytes each)
 *   trailer << /Size count /Root r 0 R >> \n startxref \n <xref offset> \n %%EOF
 */
export class PdfWriter {
  private readonly bodies: (Uint8Array | undefined)[] = [];

  /** Reserves an object number now, so objects can refer to each other before they are written. */
  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  /** Writes a dictionary (or any direct object) as object `ref`, or as a new object. */
  setObject(ref: number, body: string): void {
    this.bodies[ref - 1] = asciiBytes(body);
  }

  addObject(body: string): number {
    const ref = this.reserve();
    this.setObject(ref, body);
    return ref;
  }

  /** Writes a stream object; `dict` holds extra entries such as `/Filter /FlateDecode`, /Length is added. */
  setStream(ref: number, dict: string, data: Uint8Array): void {
    const head = asciiBytes(`<< ${dict}${dict ? ' ' : ''}/Length ${data.length} >>\nstream\n`);
    this.bodies[ref - 1] = concatBytes([head, data, asciiBytes('\nendstream')]);
  }

  addStream(dict: string, data: Uint8Array): number {
    const ref = this.reserve();
    this.setStream(ref, dict, data);
    return ref;
  }

  /** Lays out the file: header, objects in number order, xref with exact byte offsets, trailer. */
  finish(rootRef: number, infoRef?: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let offset = 0;
    const push = (bytes: Uint8Array): void => {
      parts.push(bytes);
      offset += bytes.length;
    };
    // The comment of bytes above 127 tells transfer tools the file is binary.
    push(concatBytes([asciiBytes('%PDF-1.4\n%'), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3), asciiBytes('\n')]));
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      offsets.push(offset);
      push(asciiBytes(`${i + 1} 0 obj\n`));
      // A reserved number never written stays a valid (null) object rather than a broken xref.
      push(body ?? asciiBytes('null'));
      push(asciiBytes('\nendobj\n'));
    });
    const xrefOffset = offset;
    const size = this.bodies.length + 1;
    let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (const at of offsets) xref += `${String(at).padStart(10, '0')} 00000 n \n`;
    const info = infoRef === undefined ? '' : ` /Info ${infoRef} 0 R`;
    xref += `trailer\n<< /Size ${size} /Root ${rootRef} 0 R${info} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    push(asciiBytes(xref));
    return concatBytes(parts);
  }
}

/** PDF syntax is ASCII; this avoids TextEncoder, which the pure engine's lib does not declare. */
export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
