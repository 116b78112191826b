// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Server-sent buttons in the visitor's language over the widget API: a German page gets
// "Mit einem Menschen sprechen", an Arabic one "التحدث إلى موظف", live and in the history, and
// a tap on the translated button hands over like the English one.
import { describe, expect, it } from 'vitest';
import { readSse } from './harness.js';
import { session, widget } from './widget-api-kit.js';

async function visitor(locale: string) {
  const token = (await session({ botId: 'demo', locale })).json.data.visitorToken as string;
  const ask = async (text: string, extra: object = {}) => {
    const body = JSON.stringify({ text, ...extra });
    const frames = await readSse(await widget('/messages', { method: 'POST', token, body }));
    return { frames, end: (frames.at(-1)!.data as any).data };
  };
  return { token, ask };
}

describe('buttons in the visitor language', () => {
  it('offers a German visitor "Mit einem Menschen sprechen", and a tap opens a ticket', async () => {
    const german = await visitor('de-DE');
    const { end } = await german.ask('Which airport is closest to your office?');
    const human = 'Mit einem Menschen sprechen';
    expect(end.actions).toEqual([{ kind: 'escalate', label: human, text: human }]);

    const tapped = await german.ask(human, { conversationId: end.conversationId, escalate: true });
    expect(tapped.frames.some((frame) => frame.event === 'ticket-created')).toBe(true);
    // The e-mail question's "Skip" is German too, and the core takes the German word as a skip.
    expect(tapped.end.actions).toEqual([{ kind: 'reply', label: 'Überspringen', text: 'Überspringen' }]);
    const skipped = await german.ask('Überspringen', { conversationId: end.conversationId });
    const said = skipped.frames.flatMap((frame: any) =>
      frame.event === 'message-delta' ? [frame.data.text] : [],
    );
    expect(said.join('')).toContain('No problem: the team will reply here.');
    const history = (await (
      await widget(`/conversations/${end.conversationId}/messages`, { token: german.token })
    ).json()) as any;
    const offered = history.data.messages.flatMap((message: any) => message.actions ?? []);
    expect(offered).toContainEqual({ kind: 'escalate', label: human, text: human });
    expect(JSON.stringify(offered)).not.toContain('Talk to a human');
    // The visitor's own message reads as the button they pressed.
    expect(history.data.messages.filter((m: any) => m.role === 'user').map((m: any) => m.text)).toContain(
      human,
    );
  });

  it('offers an Arabic visitor the Arabic label, even for a German question', async () => {
    const arabic = await visitor('ar');
    const { end } = await arabic.ask('Welcher Flughafen ist am nächsten zu eurem Büro?');
    expect(end.actions).toEqual([{ kind: 'escalate', label: 'التحدث إلى موظف', text: 'التحدث إلى موظف' }]);
    // Its tap hands over; the e-mail question's "Skip" (تخطي) is understood as a skip.
    const tapped = await arabic.ask('التحدث إلى موظف', { conversationId: end.conversationId });
    expect(tapped.frames.some((frame) => frame.event === 'ticket-created')).toBe(true);
    expect(tapped.end.actions).toEqual([{ kind: 'reply', label: 'تخطي', text: 'تخطي' }]);
    const skipped = await arabic.ask('تخطي', { conversationId: end.conversationId });
    const said = skipped.frames.flatMap((frame: any) =>
      frame.event === 'message-delta' ? [frame.data.text] : [],
    );
    expect(said.join('')).toContain('No problem: the team will reply here.');
  });

  it('keeps English for an English page and for a language the widget does not speak', async () => {
    for (const locale of ['en-US', 'ko']) {
      const { end } = await (await visitor(locale)).ask('Which airport is closest to your office?');
      expect(end.actions).toEqual([{ kind: 'escalate', label: 'Talk to a human', text: 'Talk to a human' }]);
    }
  });
});
