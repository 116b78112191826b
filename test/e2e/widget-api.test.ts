// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// The widget API over HTTP against the real server: conversations, messages, history, feedback.
import { getFeedback } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { readSse } from './harness.js';
import { server, session, widget } from './widget-api-kit.js';

describe('widget conversations', () => {
  it('streams an answer with sources, then lists and replays the conversation', async () => {
    const { json } = await session();
    const token = json.data.visitorToken as string;
    const response = await widget('/messages', {
      method: 'POST',
      token,
      body: JSON.stringify({ text: 'How do I reset my password?' }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const frames = await readSse(response);
    expect(frames.map((frame) => frame.event)).toContain('message-delta');
    const end = frames.at(-1)!.data as any;
    expect(end.type).toBe('message-end');
    expect(end.data.sources.length).toBeGreaterThan(0);
    const conversationId = end.data.conversationId as string;

    const list = (await (await widget('/conversations', { token })).json()) as any;
    expect(list.data.map((item: any) => item.id)).toEqual([conversationId]);
    const history = (await (
      await widget(`/conversations/${conversationId}/messages`, { token })
    ).json()) as any;
    expect(history.data.messages.map((message: any) => message.role)).toEqual(['user', 'assistant']);
    expect(history.data.messages[1].sources[0].name).toBeTruthy();

    const stranger = (await session()).json.data.visitorToken as string;
    expect((await widget(`/conversations/${conversationId}/messages`, { token: stranger })).status).toBe(404);
  });

  it("offers the embedded agent's quick replies as buttons, with one hand-over button after no answer", async () => {
    const token = (await session()).json.data.visitorToken as string;
    const ask = async (text: string, conversationId?: string) => {
      const body = JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) });
      return ((await readSse(await widget('/messages', { method: 'POST', token, body }))).at(-1)!.data as any)
        .data;
    };
    // The core offers a person and the agent suggests it too: one button, the hand-over kind.
    const nothing = await ask('Which airport is closest to your office?');
    expect(nothing.actions).toEqual([
      { kind: 'escalate', label: 'Talk to a human', text: 'Talk to a human' },
    ]);
    // Two articles match closely: the other one's title is a reply button.
    const close = await ask('I cannot access my account');
    expect(close.actions).toContainEqual({
      kind: 'reply',
      label: 'Sign-in problems',
      text: 'Sign-in problems',
    });
    // Once a ticket is open, nobody offers a person again.
    const { conversationId } = await ask('I want to talk to a human about my order');
    const later = await ask('Which airport is closest to your office?', conversationId);
    expect(later.ticketDetails).toBeDefined();
    expect(later.actions ?? []).toEqual([]);
  });

  it('shows a ticket when the visitor asks for a person, and refuses messages once ended', async () => {
    const token = (await session()).json.data.visitorToken as string;
    const frames = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({ text: 'I want to talk to a human' }),
      }),
    );
    const ticket = frames.find((frame) => frame.event === 'ticket-created')?.data as any;
    expect(ticket.ticket.status).toBe('open');
    // The link is the visitor's signed ticket page, never the admin API (a raw JSON 401).
    const link = ticket.ticket.url as string;
    expect(link).toMatch(new RegExp(`^${server.url}/widget/v1/tickets/[^/?]+\\?expires=\\d+&sig=`));
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await page.text();
    expect(body).toContain('I want to talk to a human');
    expect(body).toMatch(/Status: <span class="status" data-status="open">open</);
    // Everything the visitor or agent wrote stays text.
    const xss = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({
          text: 'more <img src=x onerror=alert(1)> [x](javascript:alert(2))',
          conversationId: (frames.at(-1)!.data as any).data.conversationId,
        }),
      }),
    );
    expect(xss.at(-1)?.event).toBe('message-end');
    const rendered = await (await fetch(link)).text();
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).not.toMatch(/<img|<script|href="javascript/i);
    const forged = await fetch(link.replace(/sig=.{4}/, 'sig=AAAA'));
    expect(forged.status).toBe(404);
    // An anonymous visitor is asked where the team can reach them.
    const end = (frames.at(-1)!.data as any).data;
    expect(end.answers).toContain('where can the team e-mail you?');
    expect(end.actions).toEqual([{ kind: 'reply', label: 'Skip', text: 'Skip' }]);
    const conversationId = end.conversationId;
    const history = (await (
      await widget(`/conversations/${conversationId}/messages`, { token })
    ).json()) as any;
    expect(history.data.messages[1].ticket.id).toBe(ticket.ticket.id);

    expect((await widget(`/conversations/${conversationId}/end`, { method: 'POST', token })).status).toBe(
      200,
    );
    const after = await widget('/messages', {
      method: 'POST',
      token,
      body: JSON.stringify({ text: 'hello?', conversationId }),
    });
    expect(after.status).toBe(409);
  });

  it('keeps the e-mail a visitor writes after a ticket opens as the requester of the conversation and ticket', async () => {
    const token = (await session()).json.data.visitorToken as string;
    const first = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({ text: 'Talk to a human please' }),
      }),
    );
    const { conversationId, ticketDetails } = (first.at(-1)!.data as any).data;
    const reply = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({ text: 'ana@example.com', conversationId }),
      }),
    );
    expect((reply.at(-1)!.data as any).data.answers).toContain('ana@example.com');
    const stored = await server.store.getTicket(ticketDetails.id);
    expect(stored?.requester?.email).toBe('ana@example.com');
    expect((await server.store.getConversation(conversationId))?.requester?.email).toBe('ana@example.com');
    const history = (await (
      await widget(`/conversations/${conversationId}/messages`, { token })
    ).json()) as any;
    expect(history.data.email).toBe('ana@example.com');

    // The same through the endpoint a custom UI calls; a bad address is a 400, an unknown field too.
    const changed = await widget(`/conversations/${conversationId}/email`, {
      method: 'POST',
      token,
      body: JSON.stringify({ email: 'ana@work.example' }),
    });
    expect(changed.status).toBe(200);
    expect((await server.store.getTicket(ticketDetails.id))?.requester?.email).toBe('ana@work.example');
    const bad = await widget(`/conversations/${conversationId}/email`, {
      method: 'POST',
      token,
      body: JSON.stringify({ email: 'not an address' }),
    });
    expect(bad.status).toBe(400);
    const unknown = await widget(`/conversations/${conversationId}/email`, {
      method: 'POST',
      token,
      body: JSON.stringify({ email: 'a@b.example', phone: '1' }),
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as any).message).toContain('phone');
  });

  it('keeps identify() fields given after the conversation began, on the conversation and its ticket, and asks no e-mail then', async () => {
    const first = (await session()).json.data.visitorToken as string;
    const opened = await readSse(
      await widget('/messages', {
        method: 'POST',
        token: first,
        body: JSON.stringify({ text: 'Hello there' }),
      }),
    );
    const { conversationId } = (opened.at(-1)!.data as any).data;
    // identify(): a new session with the old token keeps the visitor, now with contact details.
    const renewed = await widget('/sessions', {
      method: 'POST',
      token: first,
      body: JSON.stringify({
        botId: 'demo',
        user: { userId: 'u-77', name: 'Ada', email: 'ada@example.com' },
      }),
    });
    const token = ((await renewed.json()) as any).data.visitorToken as string;
    const asked = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({ text: 'I want to talk to a human', conversationId }),
      }),
    );
    const data = (asked.at(-1)!.data as any).data;
    expect(data.answers).not.toContain('e-mail you');
    expect((await server.store.getConversation(conversationId))?.requester).toMatchObject({
      id: 'u-77',
      name: 'Ada',
      email: 'ada@example.com',
    });
    expect((await server.store.getTicket(data.ticketDetails.id))?.requester).toMatchObject({
      name: 'Ada',
      email: 'ada@example.com',
    });
  });

  it("stores 👍/👎 on an answer of the visitor's own conversation only", async () => {
    const token = (await session()).json.data.visitorToken as string;
    const frames = await readSse(
      await widget('/messages', {
        method: 'POST',
        token,
        body: JSON.stringify({ text: 'How do I reset my password?' }),
      }),
    );
    const start = frames.find((frame) => frame.event === 'message-start')!.data as any;
    const vote = (body: object, as = token) =>
      widget(`/conversations/${start.conversationId}/feedback`, {
        method: 'POST',
        token: as,
        body: JSON.stringify(body),
      });
    expect((await vote({ messageId: start.messageId, feedback: 'helpful' })).status).toBe(200);
    expect(await getFeedback(server.store, start.messageId)).toMatchObject({
      feedback: 'helpful',
    });
    expect((await vote({ messageId: start.messageId, feedback: 'not-helpful' })).status).toBe(200);
    expect(await getFeedback(server.store, start.messageId)).toMatchObject({
      feedback: 'not-helpful',
    });
    expect((await vote({ messageId: 'msg_nope', feedback: 'helpful' })).status).toBe(404);
    expect((await vote({ messageId: start.messageId, feedback: 'meh' })).status).toBe(400);
    const stranger = (await session()).json.data.visitorToken as string;
    expect((await vote({ messageId: start.messageId, feedback: 'helpful' }, stranger)).status).toBe(404);
  });

  it('answers 429 with Retry-After once a visitor is over the bot limit', async () => {
    const demo = await server.store.getBot('ws_default', 'demo');
    await server.saveBot({
      id: 'limited',
      name: 'Limited',
      settings: { ...demo!.settings, rateLimits: '1/60s' },
    });
    const token = (await session({ botId: 'limited' })).json.data.visitorToken as string;
    const send = () => widget('/messages', { method: 'POST', token, body: JSON.stringify({ text: 'hi' }) });
    await (await send()).text();
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
