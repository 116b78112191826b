// The way back: a ticket opened in a Slack thread, answered by staff through the API, reaches that thread
// (and an internal note never does).
import { describe, expect, it } from 'vitest';
import { eventCallback, mentionEvents, nextTs, sendEvent, TEAM } from '../fakes/slack-payloads.js';
import { api, humanRequestTicket } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { inThread, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

describe('staff answers and ticket changes from the desk', () => {
  it('posts a staff reply and a status change into the Slack thread the ticket came from, and marks the message resolved', async () => {
    const { slack, server } = running;
    const root = nextTs();
    const { mention } = mentionEvents({
      channel: 'C0201',
      user: 'U0201',
      text: 'I want to talk to a human',
      ts: root,
    });
    await sendEvent(server.url, eventCallback(mention));
    const ticket = await humanRequestTicket(server, `slack:${TEAM}:C0201:${root}`);
    // An internal note is for staff only: it must never reach the thread.
    const note = await api(server, OWNER_TOKEN, 'POST', `/v1/conversations/${ticket.conversationId}/notes`, {
      text: 'Internal: refund approved by finance',
    });
    expect(note.status).toBe(201);

    const reply = await api(server, OWNER_TOKEN, 'POST', `/v1/tickets/${ticket.id}/replies`, {
      text: 'Hi, Grace from support here. Which invoice is it?',
    });
    expect(reply.status).toBe(201);
    const posted = await slack.waitFor(() =>
      slack
        .callsTo('chat.postMessage')
        .filter(inThread(root))
        .find((call) =>
          String(call.args.text ?? JSON.stringify(call.args.blocks)).includes('Grace from support'),
        ),
    );
    expect(posted.args.channel).toBe('C0201');

    const resolved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${ticket.id}`, {
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    await slack.waitFor(() =>
      slack
        .callsTo('chat.postMessage')
        .filter(inThread(root))
        .find((call) => /resolved/i.test(String(call.args.text ?? JSON.stringify(call.args.blocks)))),
    );
    // The person's message wears the ticket's status.
    await slack.waitFor(() =>
      slack
        .callsTo('reactions.add')
        .find((call) => call.args.name === 'white_check_mark' && call.args.timestamp === root),
    );
    // The staff reply is posted once, however often the outbox worker runs.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const replies = slack
      .callsTo('chat.postMessage')
      .filter(inThread(root))
      .filter((call) =>
        String(call.args.text ?? JSON.stringify(call.args.blocks)).includes('Grace from support'),
      );
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(slack.calls)).not.toContain('refund approved by finance');
  });
});
