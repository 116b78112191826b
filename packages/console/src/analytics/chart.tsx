/**
 * One chart, drawn by uPlot (small, maintained, canvas): lines over time, or bars over named groups.
 * It is decoration for sighted people; the same numbers are in the table beside it, so the canvas
 * is hidden from assistive technology.
 */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface ChartProps {
  /** Bucket starts (ISO) for lines over time; group names for bars. */
  x: string[];
  series: ChartSeries[];
  kind: 'lines' | 'bars';
  /** How a y value reads on the axis, e.g. as a percentage. */
  formatY?: (value: number) => string;
  /** Counts: whole-number ticks only. */
  whole?: boolean;
  /** A fixed y range, e.g. [0, 5] for CSAT or [0, 1] for a share. */
  yRange?: [number, number];
}

const WHOLE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 50_000, 100_000];

const HEIGHT = 220;

function options(props: ChartProps, width: number): uPlot.Options {
  const { kind, formatY } = props;
  const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
  const indices = props.x.map((_label, index) => index);
  const x: uPlot.Axis =
    kind === 'bars'
      ? {
          splits: () => indices,
          values: (_chart, splits) => splits.map((split) => props.x[split] ?? ''),
          stroke: 'currentColor',
        }
      : { stroke: 'currentColor' };
  const y: uPlot.Scale = props.yRange
    ? { auto: false, range: props.yRange }
    : { range: (_chart, _min, max) => [0, Math.max(props.whole ? 4 : 1, max)] };
  return {
    width,
    height: HEIGHT,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: {
      ...(kind === 'bars'
        ? { x: { time: false, auto: false, range: [-0.5, props.x.length - 0.5] as [number, number] } }
        : {}),
      y,
    },
    axes: [
      { ...x, grid: { stroke: 'rgba(127,127,127,0.2)' } },
      {
        stroke: 'currentColor',
        size: 64,
        grid: { stroke: 'rgba(127,127,127,0.2)' },
        ...(props.whole ? { incrs: WHOLE_STEPS } : {}),
        ...(formatY ? { values: (_chart, splits) => splits.map(formatY) } : {}),
      },
    ],
    legend: { show: props.series.length > 1, live: false },
    cursor: { show: false },
    series: [
      {},
      ...props.series.map((series, index) => ({
        label: series.label,
        stroke: series.color,
        width: 2,
        // Later series are dashed, so equal values stay visible where lines overlap.
        ...(index > 0 && kind === 'lines' ? { dash: [6, 4] } : {}),
        ...(kind === 'bars' && bars ? { paths: bars, fill: series.color, points: { show: false } } : {}),
        ...(kind === 'lines' ? { points: { size: 6, fill: series.color } } : {}),
      })),
    ],
  };
}

function data(props: ChartProps): uPlot.AlignedData {
  const x =
    props.kind === 'bars'
      ? props.x.map((_label, index) => index)
      : props.x.map((start) => Date.parse(start) / 1000);
  return [x, ...props.series.map((series) => series.values)];
}

export function Chart(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(240, element.clientWidth);
    const chart = new uPlot(options(props, width()), data(props), element);
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [JSON.stringify(props.x), JSON.stringify(props.series), props.kind]);
  return <div class="chart" ref={box} aria-hidden="true" />;
}
