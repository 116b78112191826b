/** The top content gaps: questions the bot could not answer well, grouped by wording, from the latest 500 conversations. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { query } from '../api.js';
import { useDesk } from '../desk-context.js';
import { useLoad } from '../use-load.js';
import { DownloadCsv } from './download-csv.js';

interface Gap {
  question: string;
  count: number;
  reasons: { 'no-answer': number; 'not-helpful': number; handover: number };
}

const SHOWN = 10;

export function ContentGapsSection({ botId }: { botId: string | undefined }) {
  const desk = useDesk();
  const path = `/v1/analytics/content-gaps${query({ botId })}`;
  const loaded = useLoad(() => desk.api.call<{ data: Gap[] }>('GET', path), [path]);
  const gaps = loaded.data?.data ?? [];
  return (
    <section class="report card wide" aria-labelledby="gaps-heading" data-report="content-gaps">
      <h2 id="gaps-heading">Top content gaps</h2>
      <p class="muted">
        Questions from the latest 500 conversations that got no answer, a “not helpful” rating or a hand-over:
        write articles for these first.
      </p>
      {loaded.error && (
        <p role="alert" class="error">
          {loaded.error}
        </p>
      )}
      {loaded.data && gaps.length === 0 && (
        <p class="empty">No gaps found: every recent question got an answer nobody rated 👎.</p>
      )}
      {gaps.length > 0 && (
        <div class="table-scroll">
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Asked</th>
                <th scope="col">No answer</th>
                <th scope="col">Not helpful</th>
                <th scope="col">Handed over</th>
              </tr>
            </thead>
            <tbody>
              {gaps.slice(0, SHOWN).map((gap) => (
                <tr key={gap.question}>
                  <td data-label="Question">{gap.question}</td>
                  <td data-label="Asked">{gap.count}</td>
                  <td data-label="No answer">{gap.reasons['no-answer']}</td>
                  <td data-label="Not helpful">{gap.reasons['not-helpful']}</td>
                  <td data-label="Handed over">{gap.reasons.handover}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DownloadCsv path={path} what="content gaps" />
    </section>
  );
}
