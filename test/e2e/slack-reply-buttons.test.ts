// The core's reply buttons in Slack: the CSAT question comes with 1–5 Block Kit buttons, and a press is kept as the rating.
import { describe, expect, it, vi } from 'vitest';
import {
  buttonPress,
  eventCallback,
  mentionEvents,
  nextTs,
  sendEvent,
  sendInteraction,
  TEAM,
} from '../fakes/slack-payloads.js';
import { api, humanRequestTicket } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { inThread, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

describe('reply buttons in Slack', () => {
  it('asks for a rating with five buttons after a resolve, and keeps the one pressed', async () => {
    const { slack, server } = running;
    const root = nextTs();
    const { mention } = mentionEvents({
      channel: 'C0301',
      user: 'U0301',
      text: 'I want to talk to a human',
      ts: root,
    });
    await sendEvent(server.url, eventCallback(mention));
    const ticket = await humanRequestTicket(server, `slack:${TEAM}:C0301:${root}`);
    const resolved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${ticket.id}`, {
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    const question = await slack.waitFor(() =>
      slack
        .callsTo('chat.postMessage')
        .filter(inThread(root))
        .find((call) => JSON.stringify(call.args.blocks ?? '').includes('How did we do')),
    );
    const blocks = question.args.blocks as {
      type: string;
      elements?: { text: { text: string }; value: string; action_id: string }[];
    }[];
    const buttons = blocks.find((block) => block.type === 'actions')?.elements ?? [];
    expect(buttons.map((button) => button.text.text)).toEqual(['1', '2', '3', '4', '5']);

    const five = buttons[4]!;
    const message = { type: 'message', ts: nextTs(), text: 'How did we do?', blocks, thread_ts: root };
    const responseUrl = `${slack.responseUrl}press`;
    const response = await sendInteraction(
      server.url,
      buttonPress({ channel: 'C0301', user: 'U0301', message, button: five, responseUrl }),
    );
    expect(response.status).toBe(200);
    await vi.waitFor(
      async () => {
        const ratings = await server.store.listCsat('ws_default', { limit: 10, offset: 0 });
        expect(ratings.map((rating) => [rating.ticketId, rating.score])).toEqual([[ticket.id, 5]]);
      },
      { timeout: 10_000 },
    );
    // The thanks reaches the thread (posted or streamed, whichever way the adapter answers).
    await slack.waitFor(() =>
      slack.calls.find((call) => JSON.stringify(call.args).includes('Thank you for your rating (5/5)')),
    );
  });
});
