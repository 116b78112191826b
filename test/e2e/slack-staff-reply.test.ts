// The way back: a ticket opened in a Slack thread, answered by staff through the API, reaches that thread
// (and an internal note never does).
import { describe, expect, it, vi } from 'vitest';
import { eventCallback, mentionEvents, nextTs, sendEvent, TEAM } from '../fakes/slack-payloads.js';
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
    const ticket = await vi.waitFor(
      async () => {
        const conversation = await server.store.findConversationByChannelKey(
          'ws_default',
          'demo',
          `slack:${TEAM}:C0201:${root}`,
        );
        const found =
          conversation &&
          (await server.store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:human-request`));
        if (!found) throw new Error('no ticket yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const staff = { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' };
    // An internal note is for staff only: it must never reach the thread.
    const note = await fetch(`${server.url}/v1/conversations/${ticket.conversationId}/notes`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ text: 'Internal: refund approved by finance' }),
    });
    expect(note.status).toBe(201);

    const reply = await fetch(`${server.url}/v1/tickets/${ticket.id}/replies`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ text: 'Hi, Grace from support here. Which invoice is it?' }),
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

    const resolved = await fetch(`${server.url}/v1/tickets/${ticket.id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ status: 'resolved' }),
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
