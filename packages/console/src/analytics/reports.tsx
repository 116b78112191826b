/** The figures of the analytics screen: which report each reads, how it is charted, and what its empty state says. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import type { ChartSeries } from './chart.js';
import { bucketLabel, duration, percent, plural, type Report } from './report-format.js';
import type { Column, ReportSectionProps } from './report-section.js';

type Figure = Omit<ReportSectionProps, 'query'>;

const COLORS = ['#2f6feb', '#c2410c', '#15803d', '#7c3aed'];
const numbers = (report: Report, key: string) => report.rows.map((row) => row[key] as number | null);
const line = (report: Report, key: string, label: string, color = COLORS[0] ?? 'blue'): ChartSeries => ({
  label,
  values: numbers(report, key),
  color,
});
const starts = (report: Report) => report.rows.map((row) => String(row.start));
const start: Column = {
  key: 'start',
  label: 'Starting',
  format: (value, report) => bucketLabel(String(value), report.interval),
};
const asPercent: Column['format'] = (value) => percent(value as number | null);
const asDuration: Column['format'] = (value) => duration(value as number | null);
const total = (report: Report, key: string) => report.totals[key] ?? 0;

const CHANNELS: [string, string][] = [
  ['web', 'Web'],
  ['slack', 'Slack'],
  ['teams', 'Teams'],
  ['api', 'API'],
];

export const FIGURES: Figure[] = [
  {
    id: 'conversations',
    title: 'Conversations per channel',
    path: 'conversations',
    columns: [start, ...CHANNELS.map(([key, label]) => ({ key, label })), { key: 'total', label: 'Total' }],
    headline: (report) => <strong>{plural(report.totals.conversations, 'conversation')}</strong>,
    chart: (report) => ({
      kind: 'lines',
      whole: true,
      x: starts(report),
      series: CHANNELS.filter(([key]) => numbers(report, key).some((value) => (value ?? 0) > 0)).map(
        ([key, label], index) => line(report, key, label, COLORS[index]),
      ),
    }),
    isEmpty: (report) => total(report, 'conversations') === 0,
    empty:
      'No conversations in this range. Put the widget on your site or connect Slack or Teams (Channels), then come back.',
  },
  {
    id: 'answered',
    title: 'Answered without a hand-over',
    path: 'answered',
    columns: [
      start,
      { key: 'conversations', label: 'Conversations' },
      { key: 'answered', label: 'Answered by the bot' },
      { key: 'handed_over', label: 'Handed over' },
      { key: 'answered_share', label: 'Share answered', format: asPercent },
    ],
    headline: (report) => (
      <>
        <strong>{percent(report.totals.answeredShare)}</strong> answered by the bot alone (
        {report.totals.answered} of {plural(report.totals.conversations, 'conversation')})
      </>
    ),
    chart: (report) => ({
      kind: 'lines',
      x: starts(report),
      series: [line(report, 'answered_share', 'Share answered')],
      formatY: (value) => percent(value),
      yRange: [0, 1],
    }),
    isEmpty: (report) => total(report, 'conversations') === 0,
    empty: 'No conversations in this range yet, so there is nothing to measure.',
  },
  {
    id: 'handovers',
    title: 'Hand-overs by reason',
    path: 'handovers',
    columns: [
      { key: 'label', label: 'Reason' },
      { key: 'count', label: 'Hand-overs' },
      { key: 'share', label: 'Share', format: asPercent },
    ],
    headline: (report) => <strong>{plural(report.totals.handovers, 'hand-over')}</strong>,
    chart: (report) => ({
      kind: 'bars',
      whole: true,
      x: report.rows.map((row) => String(row.label)),
      series: [line(report, 'count', 'Hand-overs', COLORS[1])],
    }),
    isEmpty: (report) => report.rows.length === 0,
    empty: 'No conversation was handed to a person in this range.',
  },
  {
    id: 'feedback',
    title: 'Answer ratings',
    path: 'feedback',
    columns: [
      start,
      { key: 'helpful', label: '👍 Helpful' },
      { key: 'not_helpful', label: '👎 Not helpful' },
      { key: 'helpful_share', label: 'Share helpful', format: asPercent },
    ],
    headline: (report) => (
      <>
        <strong>{percent(report.totals.helpfulShare)}</strong> helpful ({report.totals.helpful} 👍,{' '}
        {report.totals.notHelpful} 👎)
      </>
    ),
    chart: (report) => ({
      kind: 'lines',
      whole: true,
      x: starts(report),
      series: [
        line(report, 'helpful', '👍 Helpful', COLORS[2]),
        line(report, 'not_helpful', '👎 Not helpful', COLORS[1]),
      ],
    }),
    isEmpty: (report) => total(report, 'helpful') + total(report, 'notHelpful') === 0,
    empty:
      'No answer was rated in this range. Visitors rate answers with 👍/👎 in the widget, Slack and Teams.',
  },
  {
    id: 'csat',
    title: 'Customer satisfaction (CSAT)',
    path: 'csat',
    columns: [
      start,
      { key: 'ratings', label: 'Ratings' },
      { key: 'average', label: 'Average (1–5)', format: (value) => (value === null ? '–' : String(value)) },
    ],
    headline: (report) => (
      <>
        Average <strong>{report.totals.average ?? '–'}</strong> of 5 from{' '}
        {plural(report.totals.ratings, 'rating')}
      </>
    ),
    chart: (report) => ({
      kind: 'lines',
      x: starts(report),
      series: [line(report, 'average', 'Average')],
      yRange: [0, 5],
    }),
    isEmpty: (report) => total(report, 'ratings') === 0,
    empty: 'No CSAT answers in this range. Requesters are asked for a rating when their ticket is resolved.',
  },
  {
    id: 'first-reply',
    title: 'Time to first staff reply',
    path: 'first-reply',
    columns: [
      start,
      { key: 'replied', label: 'Tickets answered' },
      { key: 'median_seconds', label: 'Median', format: asDuration },
      { key: 'p90_seconds', label: '90th percentile', format: asDuration },
    ],
    headline: (report) => (
      <>
        Median <strong>{duration(report.totals.medianSeconds)}</strong>, 90% within{' '}
        {duration(report.totals.p90Seconds)} ({plural(report.totals.replied, 'ticket')} answered)
      </>
    ),
    chart: (report) => ({
      kind: 'lines',
      x: starts(report),
      series: [
        line(report, 'median_seconds', 'Median'),
        line(report, 'p90_seconds', '90th percentile', COLORS[1]),
      ],
      formatY: (value) => duration(Math.round(value)),
      whole: true,
    }),
    isEmpty: (report) => total(report, 'replied') === 0,
    empty: 'No ticket opened in this range has a staff reply yet. Answer tickets from the Tickets screen.',
  },
  {
    id: 'ticket-age',
    title: 'Open tickets by age',
    path: 'ticket-age',
    columns: [
      { key: 'age', label: 'Open for' },
      { key: 'count', label: 'Open tickets' },
    ],
    headline: (report) => (
      <>
        <strong>{plural(report.totals.open, 'open ticket')}</strong> now (the date range does not apply)
      </>
    ),
    chart: (report) => ({
      kind: 'bars',
      whole: true,
      x: report.rows.map((row) => String(row.age)),
      series: [line(report, 'count', 'Open tickets', COLORS[3])],
    }),
    isEmpty: (report) => total(report, 'open') === 0,
    empty: 'No open tickets: every hand-over has been resolved.',
  },
];
