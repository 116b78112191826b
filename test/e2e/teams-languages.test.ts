// Teams in the person's language: the activity's `locale` picks the language of the core's sentences
// and buttons, a tap on a translated button works like the English one, and staff replies and status
// changes reach the chat in that language later; without a locale Frontdesk speaks, the bot's
// widget language, else English. The adapter's own words (feedback buttons, card headings, the
// streaming note, the welcome) follow, and so do the bot's own canned replies for that language.
import { type AgentClient, SENTENCES } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeBotConnector, type SentActivity, startFakeBotConnector } from '../fakes/bot-connector.js';
import { withDemoWidget } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';
import { activity, postActivity } from './teams-setup.js';

/** Answers, except "stumped" questions, which it cannot (so the bot offers a person); cites a page when asked. */
const agent: AgentClient = {
  async *send(request) {
    const stumped = request.text.includes('stumped');
    yield { type: 'text-delta', text: stumped ? 'I could not find that.' : 'Open Settings.' };
    if (request.text.includes('Quelle')) {
      const page = 'https://help.example.com/reset';
      yield { type: 'sources', sources: [{ type: 'kb', name: 'Passwort', score: 0.93, url: page }] };
    }
    yield { type: 'finish', noAnswer: stumped };
  },
};

const german = SENTENCES.de!;

interface Suggested {
  actions: { type: string; title: string; value: string }[];
}
interface CardAction {
  title: string;
  verb: string;
  data?: { messageId?: string };
}
interface CardBlock {
  type: string;
  text?: string;
  facts?: { title: string; value: string }[];
}

describe('Teams in the person’s language', () => {
  let server: TestServer;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    server = await startTestServer({ env: { FRONTDESK_TEAMS_EMULATOR: '1' }, agentFor: () => agent });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  /** A personal-chat message in `conversation`, from Ada's Teams client in `locale`. */
  function say(conversation: string, text: string, locale: string | undefined, id: string) {
    return postActivity(
      server.url,
      activity(
        'personal-message',
        { serviceUrl: connector.url },
        {
          id,
          text,
          locale,
          conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: conversation },
        },
      ),
    );
  }

  /** The first message the bot sent into `conversation` that contains `text`. */
  function sentWith(conversation: string, text: string): Promise<SentActivity> {
    return connector.waitFor(() =>
      connector
        .ofType('message')
        .find((sent) => sent.conversationId === conversation && JSON.stringify(sent.activity).includes(text)),
    );
  }

  async function ticketOf(conversation: string) {
    return vi.waitFor(
      async () => {
        const key = `teams:tenant-0001:${conversation}`;
        const found = await server.store.findConversationByChannelKey('ws_default', 'demo', key);
        const ticket =
          found && (await server.store.findTicketByIdempotencyKey('ws_default', `${found.id}:human-request`));
        if (!ticket) throw new Error('no ticket yet');
        return ticket;
      },
      { timeout: 10_000 },
    );
  }

  const cardActions = (sent: SentActivity) =>
    (sent.activity.attachments as { content: { actions?: CardAction[] } }[]).flatMap(
      (attachment) => attachment.content.actions ?? [],
    );
  const cardBody = (sent: SentActivity) =>
    (sent.activity.attachments as { content: { body?: CardBlock[] } }[]).flatMap(
      (attachment) => attachment.content.body ?? [],
    );

  const withWidget = (widget: object, work: () => Promise<void>) => withDemoWidget(server, widget, work);

  it('offers a person in German, opens the ticket from the German button, and says so in German', async () => {
    const chat = 'a:1german-conversation';
    expect((await say(chat, 'stumped: wo ist meine Erstattung?', 'de-DE', 'de-1')).status).toBe(200);
    const offer = await sentWith(chat, german.humanOffer);
    const suggested = offer.activity.suggestedActions as Suggested;
    expect(suggested.actions.map((action) => [action.type, action.title, action.value])).toEqual([
      ['imBack', 'Mit einem Menschen sprechen', 'Mit einem Menschen sprechen'],
    ]);
    // The card's own button too; its verb is what routes it.
    expect(cardActions(offer).find((action) => action.verb === 'talk-to-human')?.title).toBe(
      'Mit einem Menschen sprechen',
    );

    // imBack posts the German label as Ada's message: the core knows it as "Talk to a human".
    await say(chat, 'Mit einem Menschen sprechen', 'de-DE', 'de-2');
    const ticket = await ticketOf(chat);
    const [, handoverEnd] = german.handoverNew.split('**{ticket}**');
    const handover = await sentWith(chat, handoverEnd!);
    expect(JSON.stringify(handover.activity)).toContain(ticket.id);
    expect(JSON.stringify(connector.sent.filter((sent) => sent.conversationId === chat))).not.toContain(
      'Talk to a human',
    );
  });

  it('opens a ticket from the German card button and confirms it in German', async () => {
    const chat = 'a:1german-card-conversation';
    const values = { serviceUrl: connector.url, verb: 'talk-to-human', messageId: 'msg_any' };
    const response = await postActivity(
      server.url,
      activity('card-action-invoke', values, {
        id: 'de-card-1',
        locale: 'de-DE',
        conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: chat },
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: string };
    const ticket = await ticketOf(chat);
    // The pop-up is plain text: the ticket id without its bold marks.
    expect(body.value).toBe(german.handoverNew.replace('**{ticket}**', ticket.id));
    await sentWith(chat, handoverEndOf(german.handoverNew));
  });

  it('brings a staff reply and a status change to the German chat in German, with the rating buttons', async () => {
    const chat = 'a:1german-staff-conversation';
    await say(chat, 'I want to talk to a human', 'de-DE', 'de-staff-1');
    const ticket = await ticketOf(chat);
    await sentWith(chat, handoverEndOf(german.handoverNew));
    const staff = { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' };
    const reply = await fetch(`${server.url}/v1/tickets/${ticket.id}/replies`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ text: 'Hallo Ada, hier ist Grace vom Support.' }),
    });
    expect(reply.status).toBe(201);
    const staffReply = await sentWith(chat, 'hier ist Grace vom Support');
    expect(cardBody(staffReply)[0]?.text).toBe('Antwort vom Support-Team');

    const patched = await fetch(`${server.url}/v1/tickets/${ticket.id}`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ status: 'resolved' }),
    });
    expect(patched.status).toBe(200);
    const update = await sentWith(chat, `Ihr Ticket ${ticket.id} ist jetzt gelöst.`);
    expect(cardBody(update)[0]?.text).toBe('Ticket-Aktualisierung');
    const rating = await sentWith(chat, german.csatQuestion);
    expect(cardBody(rating)[0]?.text).toBe('Wie zufrieden waren Sie?');
    const suggested = rating.activity.suggestedActions as Suggested;
    expect(suggested.actions.map((action) => action.title)).toEqual(['1', '2', '3', '4', '5']);
    // A tap on a rating button is thanked in German.
    await say(chat, '5', 'de-DE', 'de-staff-2');
    await sentWith(chat, german.csatThanks.replace('{score}', '5'));
  });

  it('streams a German answer with German card words, sources and feedback, and thanks in German', async () => {
    const chat = 'a:1german-answer-conversation';
    await say(chat, 'Wie setze ich mein Passwort zurück? Bitte mit Quelle.', 'de-DE', 'de-answer-1');
    const answer = await sentWith(chat, 'Open Settings.');
    // The first streaming update, before any answer text.
    expect(
      connector
        .ofType('typing')
        .some((sent) => sent.conversationId === chat && sent.activity.text === 'Suche nach einer Antwort…'),
    ).toBe(true);
    const actions = cardActions(answer);
    expect(actions.map((action) => action.title)).toEqual([
      'Hilfreich',
      'Nicht hilfreich',
      'Mit einem Menschen sprechen',
    ]);
    const texts = cardBody(answer).map((block) => block.text);
    expect(texts).toContain('Quellen');
    expect(texts.some((text) => text?.endsWith('· 93 % Relevanz'))).toBe(true);
    expect(JSON.stringify(answer.activity)).not.toMatch(/Helpful|Sources|% match/);

    // Pressing "Hilfreich" is stored and thanked in German.
    const values = { serviceUrl: connector.url, verb: 'helpful', messageId: actions[0]!.data!.messageId! };
    const response = await postActivity(
      server.url,
      activity('card-action-invoke', values, {
        id: 'de-answer-2',
        locale: 'de-DE',
        conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: chat },
      }),
    );
    expect(((await response.json()) as { value: string }).value).toBe('Vielen Dank für Ihr Feedback!');
  });

  it('shows the ticket facts of a German hand-over in German', async () => {
    const chat = 'a:1german-facts-conversation';
    await say(chat, 'I want to talk to a human', 'de-DE', 'de-facts-1');
    const handover = await sentWith(chat, handoverEndOf(german.handoverNew));
    const facts = cardBody(handover).find((block) => block.type === 'FactSet')?.facts ?? [];
    expect(facts.map((fact) => fact.title)).toEqual(['Ticket', 'Status', 'Priorität', 'Link']);
    expect(facts[1]?.value).toBe('offen');
    expect(facts[3]?.value).toMatch(/^\[Ticket ansehen\]\(http/);
  });

  it('says the bot’s own German hand-over instead of the built-in one', async () => {
    const handover = 'Danke! Ihr Anliegen läuft unter {ticket}, unser Team meldet sich hier.';
    await withWidget({ cannedReplies: { de: { handover } } }, async () => {
      const chat = 'a:1german-canned-conversation';
      await say(chat, 'I want to talk to a human', 'de-DE', 'de-canned-1');
      const ticket = await ticketOf(chat);
      const sent = await sentWith(chat, 'unser Team meldet sich hier');
      expect(JSON.stringify(sent.activity)).toContain(`Ihr Anliegen läuft unter **${ticket.id}**`);
      const said = JSON.stringify(connector.sent.filter((entry) => entry.conversationId === chat));
      expect(said).not.toContain(handoverEndOf(german.handoverNew));
    });
  });

  it('welcomes a German installer in German', async () => {
    const chat = 'a:1german-install-conversation';
    const install = activity(
      'conversation-update',
      { serviceUrl: connector.url },
      { locale: 'de-DE', conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: chat } },
    );
    expect((await postActivity(server.url, install)).status).toBe(200);
    const welcome = await sentWith(chat, 'Support-Assistent');
    expect(welcome.activity.text).toBe(
      'Hallo! Ich bin der Support-Assistent. Stellen Sie mir hier eine Frage, oder schreiben Sie „Mit einem Menschen sprechen“, dann eröffne ich ein Ticket für Sie.',
    );
  });

  it('stays in English for an en-US client and for a language Frontdesk does not speak', async () => {
    for (const [chat, locale] of [
      ['a:1english-conversation', 'en-US'],
      ['a:1korean-conversation', 'ko-KR'],
    ] as const) {
      await say(chat, 'stumped: where is my invoice?', locale, `${locale}-1`);
      const offer = await sentWith(chat, 'Would you like to talk to a person from our support team?');
      expect((offer.activity.suggestedActions as Suggested).actions.map((action) => action.title)).toEqual([
        'Talk to a human',
      ]);
    }
  });

  it('falls back to the bot’s widget language when the activity has no locale', async () => {
    await withWidget({ locale: 'fr' }, async () => {
      const chat = 'a:1no-locale-conversation';
      await say(chat, 'stumped: où est ma facture ?', undefined, 'none-1');
      const offer = await sentWith(chat, SENTENCES.fr!.humanOffer);
      expect((offer.activity.suggestedActions as Suggested).actions.map((action) => action.title)).toEqual([
        'Parler à une personne',
      ]);
      expect(cardActions(offer).map((action) => action.title)).toEqual([
        'Utile',
        'Pas utile',
        'Parler à une personne',
      ]);
    });
  });
});

/** The words of a hand-over after its ticket id, the same in the chat and in the pop-up. */
function handoverEndOf(sentence: string): string {
  return sentence.split('**{ticket}**')[1] ?? sentence;
}
