/** How `frontdesk` commands print: aligned tables for people, JSON with `--json` for scripts. */

/** Where a command writes: results on `out`, explanations and errors on `err`; `json` asks for JSON results. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  json?: boolean;
}

/** A time as `YYYY-MM-DD HH:MM` (UTC), or `-`. */
export function time(ms: number | null | undefined): string {
  return ms == null ? '-' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** Columns padded to their widest cell; no library for a dozen lines of output. */
export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '(none)\n';
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return `${[headers, ...rows].map(line).join('\n')}\n`;
}

/** A list: the records as a JSON array with `--json`, else a table of the named columns. */
export function printList<Item>(
  output: Output,
  items: Item[],
  columns: Array<[header: string, cell: (item: Item) => string]>,
  record: (item: Item) => unknown = (item) => item,
): void {
  if (output.json) {
    output.out(`${JSON.stringify(items.map(record), null, 2)}\n`);
    return;
  }
  output.out(
    table(
      columns.map(([header]) => header),
      items.map((item) => columns.map(([, cell]) => cell(item))),
    ),
  );
}

/** A single result: `value` as JSON with `--json`, else `text`. */
export function printResult(output: Output, text: string, value: unknown): void {
  output.out(output.json ? `${JSON.stringify(value, null, 2)}\n` : text);
}
