/** Data rows in one job, at most (a bigger file is several jobs). */
export const MAX_JOB_ROWS = 10_000;
/** Columns of one data row, at most. */
export const MAX_ROW_COLUMNS = 200;
/**
 * Cells (rows x columns) in one job, at most: 10,000 rows of 50 columns. Counted before any cell
 * is checked, so a body of a million cells is refused in the time it takes to count them.
 */
export const MAX_JOB_CELLS = 500_000;
/**
 * Jobs one account may have queued or printing at once. Jobs beyond wait on the user's side, not
 * in the shared queue, and one account cannot fill the queue for everyone.
 */
export const MAX_ACTIVE_JOBS_PER_USER = 20;
