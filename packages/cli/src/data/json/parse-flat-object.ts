import { measureUtf8 } from '../byte-locator';
import { DataError } from '../data-error';
import type { DataErrorCode } from '../data-error-codes';
import { createValues } from '../data-row';

/** Where a JSON row sits, for messages. */
export interface JsonPlace {
  readonly source: string;
  readonly rowNumber: number;
  /** Byte offset of the element's first character in the file. */
  readonly byteOffset: number;
  /** How users find the row besides its number, e.g. `element [2]`; '' for none. */
  readonly label: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /[ \t\n\r]*/y;
const WORDS = [['true', 'true'], ['false', 'false'], ['null', '']] as const;

/**
 * Parses one `{ "key": scalar, ... }` row. Hand-written rather than JSON.parse so numbers keep the
 * digits as written (`1.50`, an 18-digit SSCC) instead of passing through a double, and so a nested
 * value is reported by its key. Strings and booleans become text; null becomes ''.
 */
export function parseFlatObject(text: string, place: JsonPlace): Record<string, string> {
  return new FlatObjectParser(text, place).parse();
}

class FlatObjectParser {
  private i = 0;

  constructor(private readonly text: string, private readonly place: JsonPlace) {}

  parse(): Record<string, string> {
    this.skipSpace();
    if (this.text[this.i] !== '{') this.fail('INKLESS_DATA_NOT_AN_OBJECT', 'must be an object like {"name": "Tea", "qty": 3}');
    this.i++;
    const values = createValues();
    this.skipSpace();
    if (this.text[this.i] === '}') this.i++;
    else {
      for (;;) {
        this.skipSpace();
        if (this.text[this.i] !== '"') this.fail('INKLESS_DATA_BAD_JSON', 'expected a "key" in double quotes');
        const keyStart = this.i;
        const key = this.readString();
        if (Object.hasOwn(values, key)) {
          this.i = keyStart;
          this.fail('INKLESS_DATA_DUPLICATE_KEY', `key "${key}" appears twice; keep one`, key);
        }
        this.skipSpace();
        if (this.text[this.i] !== ':') this.fail('INKLESS_DATA_BAD_JSON', `expected : after "${key}"`);
        this.i++;
        this.skipSpace();
        values[key] = this.readScalar(key);
        this.skipSpace();
        const c = this.text[this.i++];
        if (c === '}') break;
        if (c !== ',') {
          this.i--;
          this.fail('INKLESS_DATA_BAD_JSON', `expected , or } after the value of "${key}"`);
        }
      }
    }
    this.skipSpace();
    if (this.i < this.text.length) this.fail('INKLESS_DATA_BAD_JSON', 'unexpected text after the closing }');
    return values;
  }

  private readScalar(key: string): string {
    const { text, i } = this;
    const c = text[i];
    if (c === '"') return this.readString();
    if (c === '{' || c === '[') {
      this.fail('INKLESS_DATA_NESTED_VALUE', `"${key}" holds ${c === '{' ? 'an object' : 'an array'}; rows must be flat (turn it into text or separate keys)`, key);
    }
    for (const [word, value] of WORDS) {
      if (text.startsWith(word, i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null) return this.fail('INKLESS_DATA_BAD_JSON', `the value of "${key}" is not a string, number, true, false or null`, key);
    this.i += match[0].length;
    return match[0];
  }

  // From the opening quote; JSON.parse on the token handles escapes and rejects bad ones.
  private readString(): string {
    const { text } = this;
    const start = this.i;
    for (let k = start + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 34) {
        try {
          const value = JSON.parse(text.slice(start, k + 1)) as string;
          this.i = k + 1;
          return value;
        } catch {
          return this.fail('INKLESS_DATA_BAD_JSON', 'malformed string (bad escape or control character)');
        }
      }
    }
    return this.fail('INKLESS_DATA_BAD_JSON', 'string is not closed');
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.i;
    SPACE.test(this.text);
    this.i = SPACE.lastIndex;
  }

  private fail(code: DataErrorCode, detail: string, column?: string): never {
    const { place } = this;
    const byteOffset = place.byteOffset + measureUtf8(this.text, 0, Math.min(this.i, this.text.length));
    throw new DataError(code, place.label === '' ? detail : `${place.label}: ${detail}`, {
      source: place.source,
      rowNumber: place.rowNumber,
      byteOffset,
      ...(column === undefined ? {} : { column }),
    });
  }
}
