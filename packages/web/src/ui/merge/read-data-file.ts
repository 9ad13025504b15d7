import { parseCsv, type DataTable } from '../../merge/parse-csv';

/**
 * A data file chosen by the user as a table. CSV, TSV and text are read as text; XLSX (its first
 * sheet) by the XLSX reader, loaded only when one is chosen so the studio's first load stays small.
 */
export async function readDataFile(file: File): Promise<DataTable> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsx } = await import('../../merge/read-xlsx');
    return readXlsx(new Uint8Array(await file.arrayBuffer()));
  }
  return parseCsv(await file.text(), /\.tsv$/i.test(file.name) ? '\t' : undefined);
}
