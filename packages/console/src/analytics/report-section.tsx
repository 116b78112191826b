/** One figure of the analytics screen: its headline, a chart, the numbers as a table, and a CSV download. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { type ComponentChildren, Fragment, h } from 'preact';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { Chart, type ChartProps } from './chart.js';
import { DownloadCsv } from './download-csv.js';
import type { Report } from './report-format.js';

export interface Column {
  key: string;
  label: string;
  format?: (value: string | number | null, report: Report) => string;
}

export interface ReportSectionProps {
  id: string;
  title: string;
  /** `/v1/analytics/{path}` with the screen's query. */
  path: string;
  query: string;
  columns: Column[];
  headline(report: Report): ComponentChildren;
  chart(report: Report): ChartProps;
  /** True when the report has nothing to show yet. */
  isEmpty(report: Report): boolean;
  /** What to do to get data, shown instead of the chart when empty. */
  empty: string;
}

export function ReportSection(props: ReportSectionProps) {
  const desk = useDesk();
  const url = `/v1/analytics/${props.path}${props.query}`;
  const loaded = useLoad(() => desk.api.call<{ data: Report }>('GET', url), [url]);
  const report = loaded.data?.data;
  const heading = `${props.id}-heading`;
  return (
    <section
      class="report card"
      aria-labelledby={heading}
      aria-busy={loaded.loading}
      data-report={props.path}
    >
      <h2 id={heading}>{props.title}</h2>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {!report && !loaded.error && <p class="muted">Loading…</p>}
      {report && props.isEmpty(report) && <p class="empty">{props.empty}</p>}
      {report && !props.isEmpty(report) && (
        <>
          <p class="headline">{props.headline(report)}</p>
          <Chart {...props.chart(report)} />
          <details open={!report.columns.includes('start')}>
            <summary>The numbers</summary>
            <div class="table-scroll">
              <table class="cards">
                <caption class="visually-hidden">{props.title}</caption>
                <thead>
                  <tr>
                    {props.columns.map((column) => (
                      <th key={column.key} scope="col">
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row, index) => (
                    <tr key={index}>
                      {props.columns.map((column) => {
                        const value = row[column.key] ?? null;
                        return (
                          <td key={column.key} data-column={column.key} data-label={column.label}>
                            {column.format ? column.format(value, report) : (value ?? '–')}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <DownloadCsv path={`/v1/analytics/${props.path}${props.query}`} what={props.title.toLowerCase()} />
    </section>
  );
}
