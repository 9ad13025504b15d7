/**
 * What `inkless <command> --help` says besides the usage line (which each command module exports,
 * so the help and the parser's error message never disagree): one line on what the command does,
 * then notes on the options that need more than their name.
 */
export interface CommandHelp {
  readonly summary: string;
  readonly notes?: readonly string[];
}

const ROWS_NOTE = '--rows 2-101,250  rows as your spreadsheet numbers them: in CSV the header is row 1, so the first data row is 2; in XLSX the sheet row; in JSON the position from 1; in NDJSON the line';
const DATA_NOTE = '--data FILE       .csv, .tsv, .xlsx, .json, .ndjson or .jsonl; streamed, so a million rows use the memory of a few';
const FONT_NOTE = '--font FILE       a TTF/OTF of yours (at most 64 MiB), as "Family=FILE" or named after the file';

export const commandHelp: Readonly<Record<string, CommandHelp>> = {
  render: {
    summary: 'Renders a label to PNG, SVG or PDF: one file per data row, or one PDF for all of them.',
    notes: [
      DATA_NOTE,
      ROWS_NOTE,
      '--out FILE_OR_DIR one label or one PDF: the file, or a folder (existing, or ending in /) to write LABEL.png into;',
      '                  PNG/SVG with --data: the folder for one file per row, named after its row (LABEL-00002.png is row 2)',
      FONT_NOTE,
      '--now ISO         the clock for date variables, for reproducible output',
    ],
  },
  verify: {
    summary: 'Renders every label, decodes each barcode with ZXing and checks it against its payload (exit 1 if one fails).',
    notes: [DATA_NOTE, ROWS_NOTE, FONT_NOTE],
  },
  print: {
    summary: 'Checks every row, then prints to a network, serial, CUPS or file printer, confirming each label; --resume continues after the last confirmed one.',
    notes: [DATA_NOTE, ROWS_NOTE, FONT_NOTE, '`inkless printers` lists the ids for --profile'],
  },
  printers: {
    summary: 'Lists the printer profiles (ids for --profile), or asks a printer for its status with --probe.',
  },
  'virtual-printer': {
    summary: 'A network printer that decodes each job into PNG files, for trying print without wasting labels.',
    notes: ['--port 0 lets the system pick a free port (printed on start)'],
  },
  serve: {
    summary: 'Starts the studio and the API on this machine (what `npm start` runs).',
    notes: [
      '--port N          another port when 3000 is taken (or PORT=3001 npm start)',
      'DATABASE_URL=...  postgres://... to use PostgreSQL instead of the embedded database in ./data',
    ],
  },
  bench: {
    summary: 'Runs the shipping-label benchmark against a canvas baseline.',
  },
};

/** The text of `inkless <command> --help`. */
export function formatCommandHelp(name: string, usage: string): string {
  const help = commandHelp[name];
  const notes = help?.notes?.length ? `\n\n${help.notes.map((n) => `  ${n}`).join('\n')}` : '';
  return `inkless ${name}: ${help?.summary ?? ''}\n\nusage: ${usage}${notes}\n\n${EXIT_CODES}\n`;
}

/** Shared by the general help and each command's help. */
export const EXIT_CODES = 'Exit codes: 0 ok, 1 a label, barcode or printer failed, 2 bad command line or input file, or a port already in use, 70 an internal error.\nError codes are explained in docs/errors.md.';
