import { parseCsv, type DataTable } from '../../merge/parse-csv';

/**
 * A data file chosen by the user as a table. CSV, TSV and text are read in the browser; XLSX is
 * not (the reader would add a heavy chunk): the message says to save the sheet as CSV.
 */
export async function readDataFile(file: File): Promise<DataTable> {
  if (/\.xlsx$/i.test(file.name)) throw new Error(`${file.name}: XLSX is read by the command line only for now; in your spreadsheet, save it as "CSV UTF-8" and choose that`);
  return parseCsv(await file.text(), /\.tsv$/i.test(file.name) ? '\t' : undefined);
}
