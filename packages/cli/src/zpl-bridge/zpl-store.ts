/**
 * What ZPL formats store on a printer for later formats: graphics (~DG, ~DY) and formats (^DF),
 * kept by name across connections, as a Zebra keeps them in its memory until switched off. A new
 * format is interpreted with the stored definitions in front of it, so its ^XG and ^XF find them.
 */
export class ZplStore {
  private readonly entries = new Map<string, Uint8Array>();
  private bytes = 0;

  /** `maxBytes`: memory the store may use; the oldest definitions go first when it is full. */
  constructor(private readonly maxBytes: number) {}

  /** Keeps the definitions a piece holds: a ~DG/~DY download, or a format with ^DF, or ~DG inside a format. */
  keep(piece: Uint8Array): string[] {
    const text = latin1(piece);
    const names: string[] = [];
    if (/^\s*~D[GY]/i.test(text)) {
      names.push(this.put(graphicName(text), piece));
      return names;
    }
    const df = /\^DF([^\^~]*)/i.exec(text);
    if (df) names.push(this.put(`format ${normalizeName(df[1]!, '.ZPL')}`, piece));
    // A download inside a format (before its first field) is kept too, for the formats after it.
    for (const m of text.matchAll(/~D[GY][^\^~]*/gi)) names.push(this.put(graphicName(m[0]), asciiBytes(m[0])));
    return names;
  }

  /** True when the format only stores a template (^DF): nothing to print. */
  static storesOnly(piece: Uint8Array): boolean {
    return /\^DF/i.test(latin1(piece));
  }

  /** The stored definitions, oldest first, to put in front of a new format. */
  prefix(): Uint8Array {
    const out = new Uint8Array(this.bytes);
    let at = 0;
    for (const bytes of this.entries.values()) {
      out.set(bytes, at);
      at += bytes.length;
    }
    return out;
  }

  get size(): number {
    return this.entries.size;
  }

  private put(name: string, bytes: Uint8Array): string {
    const old = this.entries.get(name);
    if (old) {
      this.bytes -= old.length;
      this.entries.delete(name);
    }
    this.entries.set(name, bytes);
    this.bytes += bytes.length;
    for (const [key, value] of this.entries) {
      if (this.bytes <= this.maxBytes || key === name) break;
      this.entries.delete(key);
      this.bytes -= value.length;
    }
    return name;
  }
}

/** `~DGR:LOGO.GRF,...` -> `graphic R:LOGO.GRF` (device R: and .GRF when left out, as a Zebra does). */
function graphicName(text: string): string {
  const m = /~D[GY]([^,]*)/i.exec(text);
  return `graphic ${normalizeName(m?.[1] ?? '', '.GRF')}`;
}

function normalizeName(raw: string, extension: string): string {
  let name = raw.trim().toUpperCase();
  if (!/^[A-Z]:/.test(name)) name = `R:${name}`;
  if (!/\.[A-Z0-9]{1,3}$/.test(name)) name += extension;
  return name;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
