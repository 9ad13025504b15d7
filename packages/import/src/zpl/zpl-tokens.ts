// Splits ZPL II into commands, each with the byte offset of its prefix. Written from the ZPL II
// guide: a command is a prefix (^ or ~, both changeable by ^CC/~CC and ^CT/~CT) and two letters,
// except ^A (font name follows at once: ^A0N,30,30) whose font letter belongs to the parameters.
// Parameters run to the next prefix. Field data (^FD, ^FV), comments (^FX) and downloaded graphics
// (~DG) run to the next caret only, so a tilde in data is data.
import { InklessError } from '@inkless/label';
import { zplLimits } from './zpl-limits';

export interface ZplCommand {
  /** Prefix and name as written, upper case: `^FO`, `~DG`, `^A` (font letter is in `params`). */
  readonly name: string;
  /** Everything after the name up to the next command (raw bytes as latin1 characters). */
  readonly params: string;
  /** Byte offset of the prefix in the input. */
  readonly offset: number;
}

/** Commands whose parameters run to the next caret, not the next tilde. */
const DATA_COMMANDS = new Set(['FD', 'FV', 'FX', 'DG', 'DY']);

/** Bytes as a string of latin1 characters: one character per byte, so indexes are byte offsets. */
export function bytesToLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** The command names in a ZPL job, in order, with the prefix changes applied. */
export function* tokenizeZpl(text: string): Generator<ZplCommand> {
  let caret = '^';
  let tilde = '~';
  let i = nextPrefix(text, 0, caret, tilde);
  while (i < text.length) {
    const prefix = text[i] === caret ? '^' : '~';
    const letters = text.slice(i + 1, i + 3).toUpperCase();
    const fontCommand = prefix === '^' && letters[0] === 'A' && letters[1] !== '@';
    const code = fontCommand ? 'A' : letters;
    const start = i + 1 + code.length;
    const toCaretOnly = DATA_COMMANDS.has(code);
    // ^CC/^CT take one character: the new prefix, which may be what follows it.
    const end = code === 'CC' || code === 'CT' ? Math.min(text.length, start + 1) : toCaretOnly ? indexOrEnd(text, caret, start) : nextPrefix(text, start, caret, tilde);
    if (end - start > zplLimits.maxFieldDataBytes) {
      throw new InklessError('INKLESS_IMPORT_ZPL_FIELD_TOO_LONG', `${prefix}${code} at byte ${i} has ${end - start} bytes of data; printers take at most ${zplLimits.maxFieldDataBytes} in one field. Is a ^FS missing?`);
    }
    const params = text.slice(start, end);
    if (code === 'CC' || code === 'CT') {
      const next = params[0];
      if (next !== undefined && next.trim() !== '') {
        if (code === 'CC') caret = next;
        else tilde = next;
      }
    }
    yield { name: prefix + code, params, offset: i };
    i = nextPrefix(text, end, caret, tilde);
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

function nextPrefix(text: string, from: number, caret: string, tilde: string): number {
  return Math.min(indexOrEnd(text, caret, from), indexOrEnd(text, tilde, from));
}
