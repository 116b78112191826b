/** Analytics: a range and filters, then each figure as a chart, a table and a CSV download. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import { useState } from 'preact/hooks';
import uPlotCss from 'uplot/dist/uPlot.min.css?inline';
import { query } from '../api.js';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import analyticsCss from './analytics.css?inline';
import { ContentGapsSection } from './content-gaps-section.js';
import { ReportSection } from './report-section.js';
import { FIGURES } from './reports.js';

// The chart styles come with this chunk only, never with the first screen.
const style = document.createElement('style');
style.textContent = `${uPlotCss}\n${analyticsCss}`;
document.head.append(style);

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

type Preset = '7' | '30' | '90' | 'custom';

/** The range as query parameters: presets end now; a custom range includes its last day. */
function rangeQuery(preset: Preset, from: string, to: string): { from?: string; to?: string } {
  const today = Math.floor(Date.now() / DAY) * DAY;
  if (preset !== 'custom') return { from: isoDay(today - (Number(preset) - 1) * DAY) };
  const end = Date.parse(to);
  return { ...(from ? { from } : {}), ...(Number.isNaN(end) ? {} : { to: isoDay(end + DAY) }) };
}

export function AnalyticsScreen() {
  const desk = useDesk();
  const [preset, setPreset] = useState<Preset>('30');
  const [from, setFrom] = useState(() => isoDay(Date.now() - 29 * DAY));
  const [to, setTo] = useState(() => isoDay(Date.now()));
  const [botId, setBotId] = useState('');
  const [channel, setChannel] = useState('');
  const [interval, setPer] = useState<'day' | 'week'>('day');
  const bots = useLoad(() => desk.api.call<{ data: { id: string; name: string }[] }>('GET', '/v1/bots'), []);
  const search = query({
    ...rangeQuery(preset, from, to),
    botId: botId || undefined,
    channel: channel || undefined,
    interval,
  });
  return (
    <section aria-labelledby="analytics-heading" class="analytics">
      <h1 id="analytics-heading">Analytics</h1>
      <form class="filters" aria-label="Range and filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Range
          <select value={preset} onChange={(event) => setPreset(event.currentTarget.value as Preset)}>
            <option value="7">Last 7 days</option>
            <option value="30">Last 30 days</option>
            <option value="90">Last 90 days</option>
            <option value="custom">Custom…</option>
          </select>
        </label>
        {preset === 'custom' && (
          <>
            <label>
              From
              <input
                type="date"
                value={from}
                max={to}
                onChange={(event) => setFrom(event.currentTarget.value)}
              />
            </label>
            <label>
              To
              <input
                type="date"
                value={to}
                min={from}
                onChange={(event) => setTo(event.currentTarget.value)}
              />
            </label>
          </>
        )}
        <label>
          Per
          <select value={interval} onChange={(event) => setPer(event.currentTarget.value as 'day' | 'week')}>
            <option value="day">Day</option>
            <option value="week">Week</option>
          </select>
        </label>
        <label>
          Bot
          <select value={botId} onChange={(event) => setBotId(event.currentTarget.value)}>
            <option value="">All bots</option>
            {(bots.data?.data ?? []).map((bot) => (
              <option key={bot.id} value={bot.id}>
                {bot.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Channel
          <select value={channel} onChange={(event) => setChannel(event.currentTarget.value)}>
            <option value="">All channels</option>
            <option value="web">Web</option>
            <option value="slack">Slack</option>
            <option value="teams">Teams</option>
            <option value="api">API</option>
          </select>
        </label>
      </form>
      <div class="reports">
        {FIGURES.map((figure) => (
          <ReportSection key={figure.id} {...figure} query={search} />
        ))}
        <ContentGapsSection botId={botId || undefined} />
      </div>
    </section>
  );
}
