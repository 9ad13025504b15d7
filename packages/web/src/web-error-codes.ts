/** Codes of the errors the studio itself raises (docs/errors.md is built from this table). */
export const webErrorCodes: Readonly<Record<string, string>> = {
  INKLESS_WEB_API_OFFLINE: 'The studio could not reach the server (offline, or the server is down); what you design stays in this browser.',
  INKLESS_WEB_API_UNEXPECTED: 'The server answered something that is not the API\'s JSON (a proxy error page, say); try again.',
  INKLESS_WEB_CSV_NO_HEADER: 'The CSV file has no header row: the first row must name the columns.',
  INKLESS_WEB_CSV_DUPLICATE_HEADER: 'Two columns of the CSV file have the same name; rename one so fields can be mapped.',
  INKLESS_WEB_CSV_UNCLOSED_QUOTE: 'A quoted CSV field never ends (a missing closing "); the message names the row.',
};
