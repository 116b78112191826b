// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Server-sent buttons, and the core's fixed sentences next to them, in the visitor's language
// over the widget API: a German page gets "Mit einem Menschen sprechen", an Arabic one
// "التحدث إلى موظف", live and in the history, and a tap on the translated button hands over like
// the English one.
import { describe, expect, it } from 'vitest';
import { api, collectEvents } from './desk-helpers.js';
import { OWNER_TOKEN, readSse } from './harness.js';
import { SITE, server, session, widget } from './widget-api-kit.js';

async function visitor(locale: string) {
  const token = (await session({ botId: 'demo', locale })).json.data.visitorToken as string;
  const ask = async (text: string, extra: object = {}) => {
    const body = JSON.stringify({ text, ...extra });
    const frames = await readSse(await widget('/messages', { method: 'POST', token, body }));
    const said = frames.flatMap((frame: any) => (frame.event === 'message-delta' ? [frame.data.text] : []));
    return { frames, end: (frames.at(-1)!.data as any).data, said: said.join('') as string };
  };
  return { token, ask };
}

describe('buttons in the visitor language', () => {
  it('offers a German visitor "Mit einem Menschen sprechen", and a tap opens a ticket', async () => {
    const german = await visitor('de-DE');
    const { end } = await german.ask('Which airport is closest to your office?');
    const human = 'Mit einem Menschen sprechen';
    const offer = 'Möchten Sie mit jemandem aus unserem Support-Team sprechen?';
    expect(end.actions).toEqual([{ kind: 'escalate', label: human, text: human }]);
    expect(end.answers).toContain(offer);
    expect(end.answers).not.toContain('Would you like to talk to a person');

    const tapped = await german.ask(human, { conversationId: end.conversationId, escalate: true });
    const ticket = tapped.frames.find((frame) => frame.event === 'ticket-created')?.data as any;
    expect(ticket).toBeDefined();
    // The hand-over and the e-mail question are German, with the ticket id; "Skip" is German too,
    // and the core takes the German word as a skip.
    expect(tapped.said).toContain(`Ich habe ein Ticket (**${ticket.ticket.id}**)`);
    expect(tapped.said).toContain('Unter welcher E-Mail-Adresse kann es Sie erreichen?');
    expect(tapped.end.answers).toBe(tapped.said);
    expect(tapped.end.actions).toEqual([{ kind: 'reply', label: 'Überspringen', text: 'Überspringen' }]);
    const skipped = await german.ask('Überspringen', { conversationId: end.conversationId });
    expect(skipped.said).toBe('Kein Problem: Das Team antwortet Ihnen hier.');
    const history = (await (
      await widget(`/conversations/${end.conversationId}/messages`, { token: german.token })
    ).json()) as any;
    const offered = history.data.messages.flatMap((message: any) => message.actions ?? []);
    expect(offered).toContainEqual({ kind: 'escalate', label: human, text: human });
    expect(JSON.stringify(offered)).not.toContain('Talk to a human');
    // The history tells the sentences in German as well.
    const told = history.data.messages.filter((m: any) => m.role !== 'user').map((m: any) => m.text);
    expect(told.join('\n')).toContain(offer);
    expect(told.join('\n')).toContain('Kein Problem: Das Team antwortet Ihnen hier.');
    expect(told.join('\n')).not.toMatch(/Would you like|I've opened a ticket|where can the team e-mail/);
    // The visitor's own message reads as the button they pressed.
    expect(history.data.messages.filter((m: any) => m.role === 'user').map((m: any) => m.text)).toContain(
      human,
    );
  });

  it('offers an Arabic visitor the Arabic label, even for a German question', async () => {
    const arabic = await visitor('ar');
    const { end } = await arabic.ask('Welcher Flughafen ist am nächsten zu eurem Büro?');
    expect(end.actions).toEqual([{ kind: 'escalate', label: 'التحدث إلى موظف', text: 'التحدث إلى موظف' }]);
    expect(end.answers).toContain('هل تود التحدث إلى أحد موظفي فريق الدعم لدينا؟');
    // Its tap hands over in Arabic; the e-mail question's "Skip" (تخطي) is understood as a skip.
    const tapped = await arabic.ask('التحدث إلى موظف', { conversationId: end.conversationId });
    expect(tapped.frames.some((frame) => frame.event === 'ticket-created')).toBe(true);
    expect(tapped.said).toContain('سيرد عليك أحد موظفي فريق الدعم هنا في أقرب وقت ممكن.');
    expect(tapped.said).toContain('فعلى أي بريد إلكتروني يمكنه مراسلتك؟');
    expect(tapped.end.actions).toEqual([{ kind: 'reply', label: 'تخطي', text: 'تخطي' }]);
    const skipped = await arabic.ask('تخطي', { conversationId: end.conversationId });
    expect(skipped.said).toBe('لا مشكلة: سيرد عليك الفريق هنا.');
    // The event stream's catch-up (after the first question) tells the same sentences in Arabic.
    const history = (await (
      await widget(`/conversations/${end.conversationId}/messages`, { token: arabic.token })
    ).json()) as any;
    const first = history.data.messages[0].id as string;
    const events = await collectEvents(
      `${server.url}/widget/v1/conversations/${end.conversationId}/events?after=${first}`,
      { Authorization: `Bearer ${arabic.token}`, Origin: SITE },
      (frame) => /^data: (.*)$/m.exec(frame)?.[1],
    );
    await events.until(() => events.frames.some((frame) => frame.includes('لا مشكلة')));
    await events.close();
    const streamed = events.frames.map((frame) => JSON.parse(frame).text ?? '').join('\n');
    expect(streamed).toContain('هل تود التحدث إلى أحد موظفي فريق الدعم لدينا؟');
    expect(streamed).toContain('فعلى أي بريد إلكتروني يمكنه مراسلتك؟');
    expect(streamed).not.toMatch(/Would you like|I've opened a ticket|No problem/);
  });

  it('keeps English for an English page and for a language the widget does not speak', async () => {
    for (const locale of ['en-US', 'ko']) {
      const { end } = await (await visitor(locale)).ask('Which airport is closest to your office?');
      expect(end.actions).toEqual([{ kind: 'escalate', label: 'Talk to a human', text: 'Talk to a human' }]);
      expect(end.answers).toContain('Would you like to talk to a person from our support team?');
    }
  });
});

/** A visitor in `locale` whose tap on "talk to a human" opened a ticket; returns it and the conversation. */
async function openTicket(locale: string, human: string) {
  const person = await visitor(locale);
  const { end } = await person.ask('Which airport is closest to your office?');
  const tapped = await person.ask(human, { conversationId: end.conversationId, escalate: true });
  const created = tapped.frames.find((frame) => frame.event === 'ticket-created')?.data as any;
  return { ...person, conversationId: end.conversationId as string, ticket: created.ticket, end: tapped.end };
}

const setStatus = (frontdeskId: string, status: string) =>
  api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${frontdeskId}`, { status });

describe('ticket status in the visitor language', () => {
  it('shows a German visitor "offen", then "Ihr Ticket … ist jetzt gelöst." with the card at "gelöst"', async () => {
    const german = await openTicket('de-DE', 'Mit einem Menschen sprechen');
    expect(german.ticket.status).toBe('open');
    expect(german.ticket.statusLabel).toBe('offen');
    expect(german.end.ticketDetails.statusLabel).toBe('offen');
    expect((await setStatus(german.ticket.frontdeskId, 'resolved')).status).toBe(200);
    const history = (await (
      await widget(`/conversations/${german.conversationId}/messages`, { token: german.token })
    ).json()) as any;
    const update = history.data.messages.find((m: any) => m.text.startsWith('Ihr Ticket'));
    expect(update.text).toBe(`Ihr Ticket ${german.ticket.frontdeskId} ist jetzt gelöst.`);
    expect(update.ticket).toMatchObject({ status: 'resolved', statusLabel: 'gelöst' });
    expect(JSON.stringify(history.data.messages)).not.toContain('is now resolved');
    // The conversation list's preview of the last message (the rating question) is German too.
    const list = (await (await widget('/conversations', { token: german.token })).json()) as any;
    const listed = list.data.find((conversation: any) => conversation.id === german.conversationId);
    expect(listed.preview).toMatch(/^Ihr Ticket wurde gelöst/);
  });

  it('tells an Arabic visitor the new status live on the event stream, card and sentence', async () => {
    const arabic = await openTicket('ar', 'التحدث إلى موظف');
    expect(arabic.ticket.statusLabel).toBe('مفتوحة');
    const history = (await (
      await widget(`/conversations/${arabic.conversationId}/messages`, { token: arabic.token })
    ).json()) as any;
    const events = await collectEvents(
      `${server.url}/widget/v1/conversations/${arabic.conversationId}/events?after=${history.data.messages[0].id}`,
      { Authorization: `Bearer ${arabic.token}`, Origin: SITE },
      (frame) => /^data: (.*)$/m.exec(frame)?.[1],
    );
    // The catch-up comes after the subscription: once it is here, the change is seen live.
    await events.until(() => events.frames.some((frame) => frame.includes('فتحتُ')));
    expect((await setStatus(arabic.ticket.frontdeskId, 'pending')).status).toBe(200);
    await events.until(() => events.frames.some((frame) => frame.includes('أصبحت حالة تذكرتك')));
    await events.close();
    const update = events.frames.map((frame) => JSON.parse(frame)).find((m) => m.text?.startsWith('أصبحت'));
    expect(update.text).toBe(`أصبحت حالة تذكرتك ${arabic.ticket.frontdeskId}: قيد الانتظار.`);
    expect(update.ticket).toMatchObject({ status: 'pending', statusLabel: 'قيد الانتظار' });
  });

  it("opens the ticket's page in the visitor's language: German words, Arabic right to left", async () => {
    const german = await openTicket('de-DE', 'Mit einem Menschen sprechen');
    expect(german.ticket.url).toMatch(/&lang=de$/);
    const page = await (await fetch(german.ticket.url)).text();
    expect(page).toContain('<html lang="de" dir="ltr">');
    expect(page).toMatch(/Status: <span class="status" data-status="open">offen<\/span> · Priorität: mittel/);
    expect(page).toContain('<h2>Gespräch</h2>');
    // The hand-over the core stored in English reads in German, like in the chat.
    expect(page).toContain('Ich habe ein Ticket');
    expect(page).not.toMatch(/I've opened a ticket|Support team|Conversation</);

    const arabic = await openTicket('ar', 'التحدث إلى موظف');
    const rtl = await (await fetch(arabic.ticket.url)).text();
    expect(rtl).toContain('<html lang="ar" dir="rtl">');
    expect(rtl).toContain('الحالة: <span class="status" data-status="open">مفتوحة</span>');
    // Without `lang` the browser's Accept-Language decides; a language we lack falls back to English.
    const bare = arabic.ticket.url.replace(/&lang=[^&]*/, '');
    const french = await (await fetch(bare, { headers: { 'Accept-Language': 'fr-CH, fr;q=0.9' } })).text();
    expect(french).toContain('<h2>Conversation</h2>');
    expect(french).toContain('Statut:');
    const swahili = await (await fetch(bare, { headers: { 'Accept-Language': 'sw' } })).text();
    expect(swahili).toContain('<html lang="en" dir="ltr">');
  });
});
