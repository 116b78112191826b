// Slack in the person's language: the locale from users.info picks the language of the core's
// sentences and buttons; a pressed translated button works like the English one; without a
// locale the bot's widget language, else English. The adapter's own words (feedback buttons,
// headings, the ticket block, the staff-pause notice) follow, and so do the bot's own canned
// replies for that language.
import { SENTENCES } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import {
  eventCallback,
  mentionEvents,
  messageEvent,
  nextTs,
  sendEvent,
  sendInteraction,
  TEAM,
} from '../fakes/slack-payloads.js';
import type { SlackCall } from '../fakes/slack-web-api.js';
import { humanRequestTicket, withDemoWidget } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { useSlackServer } from './slack-setup.js';

const running = useSlackServer();

interface Button {
  text: { text: string };
  value: string;
  action_id: string;
}
type Blocks = { type: string; elements?: Button[] }[];

/** Every button of a call's blocks. */
function allButtons(call: SlackCall): Button[] {
  const blocks = (call.args.blocks ?? []) as Blocks;
  return blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));
}

/** The reply buttons (`frontdesk_reply_…`) of a call, if it has any. */
function replyButtons(call: SlackCall): Button[] {
  const blocks = (call.args.blocks ?? []) as Blocks;
  return blocks
    .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
    .filter((button) => button.action_id.startsWith('frontdesk_reply_'));
}

/** Mentions the bot in a new thread of `channel` and returns the thread's ts. */
async function ask(channel: string, user: string, text: string): Promise<string> {
  const root = nextTs();
  const { mention } = mentionEvents({ channel, user, text, ts: root });
  expect((await sendEvent(running.server.url, eventCallback(mention))).status).toBe(200);
  return root;
}

/**
 * The first call in `channel` (posted, streamed or updated) whose arguments contain `text`. Each
 * test has a channel of its own: streamed pieces name the message, not the thread.
 */
function sayingIn(channel: string, text: string) {
  const { slack } = running;
  return slack.waitFor(() =>
    slack.calls
      .filter((call) => call.args.channel === channel)
      .find((call) => JSON.stringify(call.args).includes(text)),
  );
}

/** The reply buttons the bot put in the thread, once they are there. */
function buttonsIn(channel: string): Promise<{ buttons: Button[]; blocks: Blocks }> {
  const { slack } = running;
  return slack.waitFor(() => {
    // A streamed answer's buttons come with chat.stopStream.
    const call = slack.calls
      .filter((entry) => entry.args.channel === channel)
      .find((entry) => replyButtons(entry).length > 0);
    return call ? { buttons: replyButtons(call), blocks: call.args.blocks as Blocks } : undefined;
  });
}

/** Presses `button` as `user`, as Slack's interactivity request does. */
async function press(user: string, channel: string, root: string, blocks: Blocks, button: Button) {
  const { server, slack } = running;
  const message = { type: 'message', ts: nextTs(), text: ' ', blocks, thread_ts: root };
  const response = await sendInteraction(server.url, {
    type: 'block_actions',
    user: { id: user, username: 'u', team_id: TEAM },
    api_app_id: 'A0FRONTDESK',
    token: 'x',
    container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
    trigger_id: `t-${nextTs()}`,
    team: { id: TEAM, domain: 'acme' },
    channel: { id: channel, name: 'support' },
    message,
    response_url: `${slack.responseUrl}press`,
    actions: [{ ...button, block_id: 'b', type: 'button', action_ts: nextTs() }],
  });
  expect(response.status).toBe(200);
}

const ticketOf = (channel: string, root: string) =>
  humanRequestTicket(running.server, `slack:${TEAM}:${channel}:${root}`, 'no-answer');

const spanish = SENTENCES.es!;

const withWidget = (widget: object, work: () => Promise<void>) =>
  withDemoWidget(running.server, widget, work);

describe('Slack in the person’s language', () => {
  it('speaks Spanish to a user whose Slack locale is es-ES, from the offer to the rating', async () => {
    const { slack, server } = running;
    slack.users.set('U0ES01', { name: 'Lucía García', email: 'lucia@example.com', locale: 'es-ES' });
    const root = await ask('C0ES01', 'U0ES01', 'stumped: where is my refund?');

    await sayingIn('C0ES01', spanish.humanOffer);
    const offer = await buttonsIn('C0ES01');
    expect(offer.buttons.map((button) => button.text.text)).toEqual(['Hablar con una persona']);
    const said = slack.calls.filter((call) => call.args.channel === 'C0ES01');
    expect(JSON.stringify(said)).not.toContain('Talk to a human');
    expect(slack.callsTo('users.info').find((call) => call.args.user === 'U0ES01')?.args).toMatchObject({
      include_locale: 'true',
    });

    // The Spanish button opens the ticket just as "Talk to a human" would.
    await press('U0ES01', 'C0ES01', root, offer.blocks, offer.buttons[0]!);
    const ticket = await ticketOf('C0ES01', root);
    const [, handoverEnd] = spanish.handoverNoAnswer.split('**{ticket}**');
    const handover = await sayingIn('C0ES01', handoverEnd!);
    expect(JSON.stringify(handover.args)).toContain(ticket.id);
    // The ticket block under the hand-over, its status word included.
    const ticketBlock = await sayingIn('C0ES01', 'Estado: *abierto*');
    expect(JSON.stringify(ticketBlock.args.blocks)).toContain('Prioridad:');

    // Staff resolve it: the update and the rating question arrive in Spanish, the buttons 1–5.
    const patched = await fetch(`${server.url}/v1/tickets/${ticket.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'resolved' }),
    });
    expect(patched.status).toBe(200);
    const update = await sayingIn('C0ES01', `Su ticket ${ticket.id} ahora está resuelto.`);
    expect(JSON.stringify(update.args.blocks)).toContain(':ticket: *Actualización del ticket*');
    const rating = await sayingIn('C0ES01', spanish.csatQuestion);
    expect(JSON.stringify(rating.args.blocks)).toContain(':star: *¿Cómo valora nuestra ayuda?*');
    expect(replyButtons(rating).map((button) => button.text.text)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('answers a Spanish user with Spanish feedback buttons and sources, and thanks in Spanish', async () => {
    const { slack } = running;
    slack.users.set('U0ES02', { name: 'Lucía García', email: 'lucia@example.com', locale: 'es-ES' });
    const root = await ask('C0ES02', 'U0ES02', 'How do I reset my password?');
    const answer = await slack.waitFor(() =>
      slack.calls
        .filter((call) => call.args.channel === 'C0ES02')
        .find((call) => allButtons(call).some((button) => button.action_id === 'frontdesk_helpful')),
    );
    expect(allButtons(answer).map((button) => button.text.text)).toEqual([
      'Útil',
      'No útil',
      'Hablar con una persona',
    ]);
    expect(JSON.stringify(answer.args.blocks)).toContain('*Fuentes*');
    expect(JSON.stringify(answer.args.blocks)).not.toMatch(/Helpful|Sources/);
    const thinking = slack
      .callsTo('assistant.threads.setStatus')
      .find((call) => call.args.channel_id === 'C0ES02');
    expect(thinking?.args.status).toBe('está pensando…');

    const helpful = allButtons(answer).find((button) => button.action_id === 'frontdesk_helpful')!;
    await press('U0ES02', 'C0ES02', root, answer.args.blocks as Blocks, helpful);
    await sayingIn('C0ES02', 'Marcado como útil por <@U0ES02>. ¡Gracias!');
  });

  it('tells a Spanish thread in Spanish that staff took over, and that the agent is back', async () => {
    const { slack, server } = running;
    slack.users.set('U0ES03', { name: 'Lucía García', email: 'lucia@example.com', locale: 'es-ES' });
    const root = await ask('C0ES03', 'U0ES03', 'My order is late');
    await sayingIn('C0ES03', 'Reset');
    // Grace's Slack is in English: the notice follows the thread's requester, not her.
    const staff = messageEvent({
      channel: 'C0ES03',
      user: 'U0STAFF',
      text: 'On it',
      ts: nextTs(),
      threadTs: root,
    });
    expect((await sendEvent(server.url, eventCallback(staff))).status).toBe(200);
    const notice = await sayingIn('C0ES03', 'se está ocupando de este hilo');
    expect(notice.args.text).toBe('<@U0STAFF> se está ocupando de este hilo, así que no intervendré aquí.');
    const [resume] = allButtons(notice);
    expect(resume?.text.text).toBe('Reactivar el asistente');

    await press('U0STAFF', 'C0ES03', root, notice.args.blocks as Blocks, resume!);
    await sayingIn('C0ES03', '<@U0STAFF> ha reactivado el asistente en este hilo.');
  });

  it('says the bot’s own German hand-over to a German user instead of the built-in one', async () => {
    const { slack } = running;
    const handover = 'Danke! Ihr Anliegen läuft unter {ticket}, unser Team meldet sich hier.';
    await withWidget({ cannedReplies: { de: { handover } } }, async () => {
      slack.users.set('U0DE01', { name: 'Grete Weber', email: 'grete@example.com', locale: 'de-DE' });
      await ask('C0DE01', 'U0DE01', 'I want to talk to a human');
      const sent = await sayingIn('C0DE01', 'unser Team meldet sich hier');
      expect(JSON.stringify(sent.args)).toMatch(/Ihr Anliegen läuft unter \*\*[^*]+\*\*,/);
      const said = JSON.stringify(slack.calls.filter((call) => call.args.channel === 'C0DE01'));
      expect(said).not.toContain(SENTENCES.de!.handoverNew.split('**{ticket}**')[1]);
    });
  });

  it('stays in English for an en-US user', async () => {
    await ask('C0EN01', 'U0EN01', 'stumped: where is my invoice?');
    await sayingIn('C0EN01', 'Would you like to talk to a person from our support team?');
    const offer = await buttonsIn('C0EN01');
    expect(offer.buttons.map((button) => button.text.text)).toEqual(['Talk to a human']);
  });

  it('answers when users.info is refused, in the bot’s widget language or else English', async () => {
    const { slack } = running;
    slack.failNext('users.info', { error: 'missing_scope' });
    await ask('C0NS01', 'U0NS01', 'stumped: no scope here');
    await sayingIn('C0NS01', 'Would you like to talk to a person from our support team?');

    await withWidget({ locale: 'de' }, async () => {
      slack.failNext('users.info', { error: 'missing_scope' });
      await ask('C0NS02', 'U0NS02', 'stumped: still no scope');
      await sayingIn('C0NS02', SENTENCES.de!.humanOffer);
      const offer = await buttonsIn('C0NS02');
      expect(offer.buttons.map((button) => button.text.text)).toEqual(['Mit einem Menschen sprechen']);
    });
  });
});
