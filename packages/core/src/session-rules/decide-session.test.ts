import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../incoming-message.js';
import type { Session, SessionStatus } from '../session-store.js';
import { decideSession } from './decide-session.js';
import { botRulesSchema } from './rules-schema.js';

const NOW = Date.UTC(2026, 0, 1, 12);
const MINUTE = 60_000;
const conversation = { id: 'conv_1', workspaceId: 'ws_a', botId: 'demo', channelKey: 'slack:T1:C1:1.0' };

function session(status: SessionStatus, idleMinutes = 1): Session {
  const at = NOW - idleMinutes * MINUTE;
  return {
    ...conversation,
    id: 'sess_old',
    conversationId: conversation.id,
    status,
    pausedBy: status === 'paused' ? 'U_STAFF' : null,
    lastActivityAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

function message(text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  return { workspaceId: 'ws_a', botId: 'demo', channel: 'slack', text, clientKey: 'k', ...extra };
}

const keyword = { triggerType: 'keyword', triggerOperator: 'equals', triggerValue: 'start' };

describe('decideSession', () => {
  it.each([
    // name, rules, stored session, message, expected action / reason / stored status
    [
      'opens a session for any message with trigger all',
      {},
      undefined,
      message('hi'),
      'answer',
      undefined,
      'opened',
    ],
    [
      'stays silent when the keyword does not match',
      keyword,
      undefined,
      message('hi'),
      'skip',
      'no-trigger',
      undefined,
    ],
    ['opens on the keyword', keyword, undefined, message('start'), 'answer', undefined, 'opened'],
    [
      'keeps answering in an open session without the keyword',
      keyword,
      session('opened'),
      message('more'),
      'answer',
      undefined,
      'opened',
    ],
    ['stays silent while paused', {}, session('paused'), message('hello?'), 'skip', 'paused', 'paused'],
    [
      'answers a request for a human while paused, and stays paused',
      {},
      session('paused'),
      message('Talk to a human', { escalate: true }),
      'answer',
      undefined,
      'paused',
    ],
    [
      'ignores a listed user',
      { ignore: { users: ['U9'] } },
      undefined,
      message('hi', { requester: { id: 'U9' } }),
      'skip',
      'ignored',
      undefined,
    ],
    [
      'ignores a listed channel prefix',
      { ignore: { channels: ['slack:T1'] } },
      undefined,
      message('hi'),
      'skip',
      'ignored',
      undefined,
    ],
    [
      'ignores a listed email domain and its subdomains',
      { ignore: { emailDomains: ['corp.com'] } },
      undefined,
      message('hi', { requester: { email: 'a@eu.corp.com' } }),
      'skip',
      'ignored',
      undefined,
    ],
    [
      'pauses when staff write (stopBotFromMe)',
      {},
      session('opened'),
      message('I got this', { fromStaff: true, requester: { id: 'U_STAFF' } }),
      'skip',
      'staff-paused',
      'paused',
    ],
    [
      'a second staff message in a paused session only records activity',
      {},
      session('paused'),
      message('still on it', { fromStaff: true, requester: { id: 'U_STAFF' } }),
      'skip',
      'staff',
      'paused',
    ],
    [
      'answers staff when listeningFromMe is on and stopBotFromMe off',
      { listeningFromMe: true, stopBotFromMe: false },
      session('opened'),
      message('what is the refund policy?', { fromStaff: true, requester: { id: 'U_STAFF' } }),
      'answer',
      undefined,
      'opened',
    ],
    [
      'ignores staff without pausing when listeningFromMe is off',
      { stopBotFromMe: false },
      session('opened'),
      message('note', { fromStaff: true }),
      'skip',
      'staff',
      undefined,
    ],
    [
      'answers staff when listeningFromMe is on',
      { stopBotFromMe: false, listeningFromMe: true },
      session('opened'),
      message('q', { fromStaff: true }),
      'answer',
      undefined,
      'opened',
    ],
    [
      'closes on the finish keyword, kept with keepOpen',
      { keywordFinish: 'bye', keepOpen: true },
      session('opened'),
      message(' BYE '),
      'skip',
      'finished',
      'closed',
    ],
    [
      'opens a new session after a closed one (never silenced forever)',
      keyword,
      session('closed'),
      message('start'),
      'answer',
      undefined,
      'opened',
    ],
    [
      'opens a new session when a paused one expired',
      { expire: 1800 },
      session('paused', 31),
      message('hello'),
      'answer',
      undefined,
      'opened',
    ],
    [
      'still paused before it expires',
      { expire: 1800 },
      session('paused', 29),
      message('hello'),
      'skip',
      'paused',
      'paused',
    ],
    [
      'an expired session needs the trigger again',
      { ...keyword, expire: 300, keepOpen: true },
      session('opened', 6),
      message('more'),
      'skip',
      'no-trigger',
      'closed',
    ],
    [
      'falls back when nothing matched',
      { ...keyword, fallbackBotId: 'other' },
      undefined,
      message('hi'),
      'fallback',
      undefined,
      undefined,
    ],
  ] as const)('%s', (_name, rules, stored, incoming, action, reason, status) => {
    const decision = decideSession({
      rules: botRulesSchema.parse(rules),
      session: stored,
      message: incoming,
      conversation,
      now: NOW,
      newId: 'sess_new',
    });
    expect(decision.action).toBe(action);
    expect(decision.reason).toBe(reason);
    expect(decision.save?.status).toBe(status);
  });

  it('deletes a finished session without keepOpen', () => {
    const stored = session('opened');
    const decision = decideSession({
      rules: botRulesSchema.parse({ keywordFinish: 'bye' }),
      session: stored,
      message: message('bye'),
      conversation,
      now: NOW,
      newId: 'sess_new',
    });
    expect(decision.remove).toEqual(stored);
    expect(decision.save).toBeUndefined();
  });

  it('refreshes the last activity of an open session so expire counts from the latest message', () => {
    const decision = decideSession({
      rules: botRulesSchema.parse({ expire: 600 }),
      session: session('opened', 9),
      message: message('still here'),
      conversation,
      now: NOW,
      newId: 'sess_new',
    });
    expect(decision.save).toMatchObject({ id: 'sess_old', lastActivityAt: NOW });
  });
});
