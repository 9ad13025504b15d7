/** Error codes of the printers package, one line each; docs/errors.md documents them (tested). */
export const printerErrorCodes = {
  INKLESS_PRINTER_UNREACHABLE: 'The printer could not be reached (connection refused, no such host, no such device).',
  INKLESS_PRINTER_TIMEOUT: 'The printer did not answer or take data in time. No answer to the first label\'s status query within 10 s usually means a one-way printer (a plain network print server): print to it with `--confirm written`.',
  INKLESS_PRINTER_GONE: 'The printer went away in the middle of a job; the message says the last label confirmed.',
  INKLESS_PRINTER_URI: 'The --printer address is not one Inkless understands (tcp://, serial://, usb://, cups://, ipp://, file://).',
  INKLESS_PRINTER_UNSUPPORTED: 'This transport or feature is not available on this machine or language, or the printer cannot sense the label\'s media (`inkless print --media` prints it as the printer\'s media for one print).',
  INKLESS_PRINTER_CLOSED: 'The connection to the printer was closed while a reply was awaited (the job was cancelled or its host closed the session); nothing is wrong with the printer.',
  INKLESS_PRINTER_PROFILE_UNKNOWN: 'No printer profile has that id; `inkless printers` lists them.',
  INKLESS_PRINTER_PROFILE_INVALID: 'A row of the printer-profile source is wrong (generator check); the message names the row.',
  INKLESS_PRINTER_DPI_MISMATCH: 'The label is designed at another dpi than the printer has; set the label to the printer\'s dpi.',
  INKLESS_PRINTER_TOO_WIDE: 'The label is wider than the printer head (or longer than it can print).',
  INKLESS_PRINTER_DECODE: 'A byte stream in a printer language could not be decoded (virtual printer, round trips).',
} as const;
