/** The shape every analytics report shares: its range, one row per bucket (or group), totals, and its CSV. */
import type { AnalyticsRange } from './range.js';

export type Cell = string | number | null;

export interface AnalyticsReport<Row extends Record<string, Cell>> {
  from: string;
  to: string;
  interval: 'day' | 'week';
  /** The CSV's columns, in order: the keys of each row. */
  columns: string[];
  rows: Row[];
  totals: Record<string, number | null>;
}

/** A report over `range`. */
export function report<Row extends Record<string, Cell>>(
  range: AnalyticsRange,
  columns: (keyof Row & string)[],
  rows: Row[],
  totals: Record<string, number | null>,
): AnalyticsReport<Row> {
  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    interval: range.interval,
    columns,
    rows,
    totals,
  };
}

/** `part / whole` rounded to 4 places; null when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; cells that a spreadsheet would run as a formula get a leading quote. */
function field(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's rows as CSV with a header line, CRLF line ends. */
export function reportCsv<Row extends Record<string, Cell>>(
  report: Pick<AnalyticsReport<Row>, 'columns' | 'rows'>,
): string {
  const lines = [
    report.columns.join(','),
    ...report.rows.map((row) => report.columns.map((column) => field(row[column] ?? null)).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
