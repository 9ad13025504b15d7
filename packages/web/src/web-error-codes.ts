/** Codes of the errors the studio itself raises (docs/errors.md is built from this table). */
export const webErrorCodes: Readonly<Record<string, string>> = {
  INKLESS_WEB_API_OFFLINE: 'The studio could not reach the server (offline, or the server is down); what you design stays in this browser.',
  INKLESS_WEB_API_UNEXPECTED: 'The server answered something that is not the API\'s JSON (a proxy error page, say); try again.',
  INKLESS_WEB_CSV_NO_HEADER: 'The CSV file has no header row: the first row must name the columns.',
  INKLESS_WEB_CSV_DUPLICATE_HEADER: 'Two columns of the CSV file have the same name; rename one so fields can be mapped.',
  INKLESS_WEB_CSV_UNCLOSED_QUOTE: 'A quoted CSV field never ends (a missing closing "); the message names the row.',
  INKLESS_WEB_XLSX_CORRUPT: 'The XLSX file could not be unzipped or read (damaged, or another format renamed .xlsx); save it again from the spreadsheet.',
  INKLESS_WEB_XLSX_NO_SHEET: 'The XLSX workbook has no worksheet the studio can find; put the data on the first sheet and save again.',
  INKLESS_WEB_XLSX_SHEET_TOO_LARGE: 'The first sheet (or its shared strings) is over 50 MB unzipped; split the data into smaller files.',
  INKLESS_WEB_XLSX_TOO_MANY_ROWS: 'The first sheet has more than 100,000 data rows; split it into smaller files.',
  INKLESS_WEB_XLSX_NO_HEADER: 'The first sheet of the XLSX file is empty: its first row must name the columns.',
  INKLESS_WEB_XLSX_DUPLICATE_HEADER: 'Two columns of the XLSX sheet have the same name; rename one so fields can be mapped.',
  INKLESS_WEB_PRINTER_NOT_CHOSEN: 'The browser\'s printer chooser was closed without picking a printer; click Print again and pick one.',
  INKLESS_WEB_PRINTER_REFUSED: 'The browser refused the studio a printer (no permission for this site, or the page may not ask); allow it in the site settings, or print through the server.',
};
