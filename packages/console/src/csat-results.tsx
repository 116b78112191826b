/** CSAT: the requesters' 1–5 ratings of resolved tickets, latest first, and their average. */
import type { CsatAnswerView } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useDesk } from './desk-context.js';
import { formatDate } from './format.js';
import { routeHref } from './route.js';
import { useLoad } from './use-load.js';

export function CsatResults() {
  const desk = useDesk();
  const loaded = useLoad(
    () => desk.api.call<{ data: CsatAnswerView[]; average: number | null }>('GET', '/v1/csat?limit=200'),
    [desk.ticketsVersion, desk.messagesVersion],
  );
  const answers = loaded.data?.data ?? [];
  return (
    <section aria-labelledby="csat-heading">
      <h1 id="csat-heading">Customer satisfaction</h1>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && (
        <p class="average">
          {loaded.data.average === null
            ? 'No ratings yet.'
            : `Average ${loaded.data.average.toFixed(2)} of 5 from ${answers.length} rating${answers.length === 1 ? '' : 's'}.`}
        </p>
      )}
      {answers.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              <th scope="col">Rating</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((answer) => (
              <tr key={answer.ticketId}>
                <td>
                  <a href={routeHref({ name: 'ticket', id: answer.ticketId })}>{answer.ticketId}</a>
                </td>
                <td>
                  <span aria-hidden="true">{'★'.repeat(answer.score)}</span> {answer.score} / 5
                </td>
                <td>{formatDate(answer.createdDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
