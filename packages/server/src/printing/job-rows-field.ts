import { z } from 'zod';
import { MAX_JOB_CELLS, MAX_JOB_ROWS, MAX_ROW_COLUMNS } from './print-queue-limits';

const rowField = z.record(
  z.string().max(64, { error: 'a column name has at most 64 characters' }),
  z.string({ error: 'a cell is text' }).max(4096, { error: 'a cell has at most 4096 characters' }),
);

/**
 * The `rows` of a print job: first only their count, each row's column count and the cells in
 * all (cheap, before any cell is looked at), then every name and cell. A huge body is refused with
 * a 400 saying which limit it passed, in bounded time, instead of being checked cell by cell.
 */
export function jobRowsField() {
  return z.array(z.unknown(), { error: 'rows is a list of records (column name -> text)' })
    .min(1, { error: 'give at least one row, or leave rows out to print the label without data' })
    .max(MAX_JOB_ROWS, { error: `at most ${MAX_JOB_ROWS} rows per job` })
    .superRefine((rows, ctx) => {
      let cells = 0;
      for (const [index, row] of rows.entries()) {
        const columns = countColumns(row);
        if (columns > MAX_ROW_COLUMNS) {
          ctx.addIssue({ code: 'custom', path: [index], message: `a row has at most ${MAX_ROW_COLUMNS} columns; this one has ${columns}`, abort: true });
          return;
        }
        cells += columns;
      }
      if (cells > MAX_JOB_CELLS) {
        ctx.addIssue({ code: 'custom', message: `a job has at most ${MAX_JOB_CELLS} cells (rows x columns); this one has ${cells}: split the rows into several jobs`, abort: true });
      }
    })
    .pipe(z.array(rowField))
    .optional();
}

/** Keys of a plain object, counted without building the list; 0 for anything else (the schema then says what is wrong). */
function countColumns(row: unknown): number {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return 0;
  let columns = 0;
  for (const key in row) if (Object.hasOwn(row, key)) columns++;
  return columns;
}
