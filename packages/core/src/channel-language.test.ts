import { describe, expect, it } from 'vitest';
import { botSettingsSchema } from './bot.js';
import { chatVoice, localizeReplyEvents, spokenLanguage } from './channel-language.js';
import { CSAT_QUESTION } from './csat.js';
import { SENTENCES } from './fixed-sentences.js';
import type { Bot } from './records.js';
import { HUMAN_OFFER_TEXT, replyActionsFor } from './reply-actions.js';
import { handoverText, type OpenedTicket } from './ticket-policy.js';
import type { ReplyEvent } from './wire.js';

async function* events(list: ReplyEvent[]): AsyncGenerator<ReplyEvent> {
  yield* list;
}

async function collect(stream: AsyncIterable<ReplyEvent>): Promise<ReplyEvent[]> {
  const out: ReplyEvent[] = [];
  for await (const event of stream) out.push(event);
  return out;
}

const ticket = { id: 'T-1', status: 'open', priority: 'normal' } as Extract<
  ReplyEvent,
  { type: 'ticket-created' }
>['ticket'];

const offer: ReplyEvent[] = [
  { type: 'message-start', conversationId: 'conv_1', messageId: 'msg_1' },
  { type: 'message-delta', text: HUMAN_OFFER_TEXT },
  { type: 'ticket-created', ticket },
  {
    type: 'message-end',
    data: {
      answers: HUMAN_OFFER_TEXT,
      sources: [],
      conversationId: 'conv_1',
      actions: replyActionsFor(HUMAN_OFFER_TEXT),
    },
  },
];

describe('spokenLanguage', () => {
  it('takes the language of a chat locale when the bot speaks it', () => {
    expect(spokenLanguage('de-DE')).toBe('de');
    expect(spokenLanguage('es_ES')).toBe('es');
    expect(spokenLanguage('en-GB')).toBe('en');
    expect(spokenLanguage('ko-KR')).toBeUndefined();
    expect(spokenLanguage(undefined)).toBeUndefined();
  });
});

describe('chatVoice: the language', () => {
  const bot = { workspaceId: 'ws_1', botId: 'demo' };
  const speaking = (locale?: 'fr') => ({
    getBot: async () => ({ settings: { widget: locale ? { locale } : {} } }) as never,
  });

  it('prefers the person’s language, then the bot’s widget language, then English', async () => {
    const languageOf = async (locale: string | undefined, store: Parameters<typeof chatVoice>[1]) =>
      (await chatVoice(locale, store, bot)).language;
    expect(await languageOf('de-AT', speaking('fr'))).toBe('de');
    expect(await languageOf('en-US', speaking('fr'))).toBe('en');
    expect(await languageOf('ko-KR', speaking('fr'))).toBe('fr');
    expect(await languageOf(undefined, speaking('fr'))).toBe('fr');
    expect(await languageOf(undefined, speaking())).toBeUndefined();
    expect(await languageOf(undefined, { getBot: async () => undefined })).toBeUndefined();
  });
});

describe('localizeReplyEvents', () => {
  it('says the offer of a person and its button in German, leaving the ticket as the core wrote it', async () => {
    const out = await collect(localizeReplyEvents(events(offer), 'de'));
    const german = SENTENCES.de!.humanOffer;
    expect(out[1]).toEqual({ type: 'message-delta', text: german });
    expect(out[2]).toEqual({ type: 'ticket-created', ticket });
    const end = out[3] as Extract<ReplyEvent, { type: 'message-end' }>;
    expect(end.data.answers).toBe(german);
    expect(end.data.actions).toEqual([
      { kind: 'escalate', label: 'Mit einem Menschen sprechen', text: 'Mit einem Menschen sprechen' },
    ]);
  });

  it('keeps the rating buttons as numbers and English as it is', async () => {
    const rating: ReplyEvent = {
      type: 'message-end',
      data: {
        answers: CSAT_QUESTION,
        sources: [],
        conversationId: 'c',
        actions: replyActionsFor(CSAT_QUESTION),
      },
    };
    const [spanish] = await collect(localizeReplyEvents(events([rating]), 'es'));
    const data = (spanish as Extract<ReplyEvent, { type: 'message-end' }>).data;
    expect(data.answers).toBe(SENTENCES.es!.csatQuestion);
    expect(data.actions?.map((action) => action.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(await collect(localizeReplyEvents(events(offer), 'en'))).toEqual(offer);
    expect(await collect(localizeReplyEvents(events(offer), undefined))).toEqual(offer);
  });
});

describe('chatVoice', () => {
  const ids = { workspaceId: 'ws_1', botId: 'demo' };
  const bot = (widget: object): Bot => ({
    id: 'demo',
    workspaceId: 'ws_1',
    name: 'Demo',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'unused' },
    settings: botSettingsSchema.parse({ widget }),
    createdAt: 0,
    updatedAt: 0,
  });
  const storeOf = (found: Bot | undefined) => {
    const asked: string[] = [];
    return {
      asked,
      getBot: async (_workspaceId: string, botId: string) => {
        asked.push(botId);
        return found;
      },
    };
  };
  const handover = handoverText(
    { created: true, ticket: { id: 'T-9' } } as unknown as OpenedTicket,
    'human-request',
  );

  it('says the bot’s own canned hand-over in the person’s language, and the adapters’ words', async () => {
    const store = storeOf(bot({ cannedReplies: { de: { handover: 'Ticket {ticket} ist offen.' } } }));
    const voice = await chatVoice('de-DE', store, ids);
    expect(voice.language).toBe('de');
    expect(voice.text(handover)).toBe('Ticket **T-9** ist offen.');
    expect(voice.text(HUMAN_OFFER_TEXT)).toBe(SENTENCES.de!.humanOffer);
    expect(voice.words.helpful).toBe('Hilfreich');
    const [, delta] = await collect(
      localizeReplyEvents(
        events([offer[0]!, { type: 'message-delta', text: handover }]),
        voice.language,
        voice,
      ),
    );
    expect(delta).toEqual({ type: 'message-delta', text: 'Ticket **T-9** ist offen.' });
  });

  it('speaks English without asking for the bot, and the bot’s widget language without a locale', async () => {
    const english = storeOf(bot({ locale: 'fr' }));
    const voice = await chatVoice('en-US', english, ids);
    expect(voice.text(handover)).toBe(handover);
    expect(voice.words.notHelpful).toBe('Not helpful');
    expect(english.asked).toEqual([]);
    const french = await chatVoice(undefined, storeOf(bot({ locale: 'fr' })), ids);
    expect(french.language).toBe('fr');
    expect(french.words.sources).toBe('Sources');
    expect(french.text(HUMAN_OFFER_TEXT)).toBe(SENTENCES.fr!.humanOffer);
    const none = await chatVoice(undefined, storeOf(undefined), ids);
    expect(none.language).toBeUndefined();
    expect(none.text(HUMAN_OFFER_TEXT)).toBe(HUMAN_OFFER_TEXT);
  });
});
