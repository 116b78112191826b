/** `createCore`: the pipeline every message goes through, whatever channel it came from. */
import { runAgent } from './agent-run.js';
import { claimChannelMessage } from './channel-dedupe.js';
import { systemClock } from './clock.js';
import { consumeRateLimit } from './consume-rate-limit.js';
import { resolveConversation } from './conversations.js';
import type { Core, CoreOptions } from './core.js';
import { takeCsatAnswer } from './csat.js';
import { askForEmail, takeEmailAnswer } from './email-ask.js';
import { toFrontdeskError } from './errors.js';
import { escalateBeforeAgent, escalateOnNoAnswer } from './escalation/escalate.js';
import { agentSeesFiles } from './files-for-agent.js';
import { createIdSource } from './id-source.js';
import {
  finishIdempotent,
  notePendingConversation,
  releaseIdempotent,
  startIdempotent,
} from './idempotency.js';
import type { IncomingMessage, Reply } from './incoming-message.js';
import { loadBot } from './load-bot.js';
import type { Bot, Conversation, StoredMessage } from './records.js';
import { cleanQuickReplies, replyActionsFor, TALK_TO_HUMAN } from './reply-actions.js';
import { noEvents, replayEvents } from './reply-stream.js';
import { applySessionRules } from './session-rules/apply-session-rules.js';
import { timerSleep } from './session-rules/debounce.js';
import { skippedReply } from './session-rules/skipped-reply.js';
import { toTicketDetails } from './ticket-details.js';
import { findConversationTicket, type OpenedTicket, openTicket } from './ticket-policy.js';
import type { ReplyData, ReplyEvent, Source, TicketDetails } from './wire.js';

/** What a file or image without words gets when the bot has no `unknownMessage`: never silence. */
export const NON_TEXT_REPLY = 'I can only read text for now. Please type your question in words.';

/** Builds the core. Options are the ports; nothing here knows a vendor. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? createIdSource(clock);
  const { store } = options;
  const sleep = options.sleep ?? timerSleep;
  // Names this process on pending idempotency keys: a key pending under another name was left by a crash.
  const instance = ids.id('core');

  async function* answer(
    bot: Bot,
    { conversation, isNew }: { conversation: Conversation; isNew: boolean },
    message: IncomingMessage,
    signal: AbortSignal,
  ): AsyncGenerator<ReplyEvent> {
    const now = clock.now();
    const userMessage: StoredMessage = {
      id: ids.id('msg'),
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      role: 'user',
      text: message.text,
      sources: [],
      ticketId: null,
      createdAt: now,
    };
    // Stored before the agent runs, so a failing agent never loses what the person wrote.
    await store.appendMessage(userMessage);
    const messageId = ids.id('msg');
    yield { type: 'message-start', conversationId: conversation.id, messageId };

    const ticketDeps = { store, sink: options.ticketSinkFor(bot), clock };
    const escalation = { ...message, bot, conversation, link: message.conversationLink };
    let text = '';
    let sources: Source[] = [];
    let opened: OpenedTicket | undefined;
    let agentTicket: TicketDetails | undefined;
    let quickReplies: string[] = [];

    // A rating for a resolved ticket is thanked and kept; it is not a question for the agent.
    const unknownMessage = bot.settings.rules.unknownMessage;
    const csatThanks = message.nonText
      ? undefined
      : await takeCsatAnswer({ store, ids }, { conversation, text: message.text, now });
    // An awaited e-mail address (or "skip") is not a question for the agent either.
    const noted = message.nonText
      ? undefined
      : (csatThanks ?? (await takeEmailAnswer(store, { conversation, text: message.text, now })));
    const handover = noted || message.nonText ? undefined : await escalateBeforeAgent(ticketDeps, escalation);
    if (message.nonText && !agentSeesFiles(bot, message.text)) {
      // A file or image with no words, and an agent that cannot see it: the bot says it reads only text.
      text = unknownMessage || NON_TEXT_REPLY;
      yield { type: 'message-delta', text };
    } else if (noted) {
      text = noted;
      yield { type: 'message-delta', text };
    } else if (handover) {
      ({ text, opened } = handover);
      yield { type: 'message-delta', text };
    } else {
      // A conversation this message created has no earlier turns: skip the read.
      const recent = isNew
        ? []
        : await store.listMessages(conversation.id, { limit: bot.settings.historyLimit + 1 });
      const history = recent
        .filter((stored) => stored.id !== userMessage.id)
        .map((stored) => ({ role: stored.role, text: stored.text }));
      let noAnswer = false;
      const request = {
        conversationId: conversation.id,
        botId: bot.id,
        text: message.text,
        history,
        requester: conversation.requester,
      };
      for await (const event of runAgent(options.agentFor(bot), request, {
        signal,
        timeoutMs: bot.settings.agentTimeoutMs,
      })) {
        if (event.type === 'text-delta') {
          text += event.text;
          yield { type: 'message-delta', text: event.text };
        } else if (event.type === 'sources') {
          sources = event.sources;
          yield { type: 'sources', sources };
        } else if (event.type === 'ticket') {
          agentTicket = event.ticket;
        } else if (event.type === 'quick-replies') {
          quickReplies = cleanQuickReplies(event.replies);
        } else if (event.type === 'ticket-request') {
          opened ??= await openTicket(ticketDeps, {
            ...escalation,
            trigger: 'agent-request',
            request: event,
          });
        } else {
          noAnswer = event.noAnswer;
        }
      }
      // An empty answer gets the bot's unknownMessage, whatever the ticket policy then adds.
      if (!text.trim() && unknownMessage) {
        text = unknownMessage;
        yield { type: 'message-delta', text };
      }
      const late =
        noAnswer && !agentTicket && !opened ? await escalateOnNoAnswer(ticketDeps, escalation) : undefined;
      if (late) {
        opened = late.opened;
        const extra = `${text ? '\n\n' : ''}${late.text}`;
        text += extra;
        yield { type: 'message-delta', text: extra };
      }
    }

    if (!text.trim() && !opened && !agentTicket && unknownMessage) {
      text = unknownMessage;
      yield { type: 'message-delta', text };
    }
    const ask = opened?.created ? await askForEmail(store, { bot, conversation, now }) : undefined;
    if (ask) {
      text += `\n\n${ask}`;
      yield { type: 'message-delta', text: `\n\n${ask}` };
    }
    const ticketDetails = opened ? toTicketDetails(opened.ticket) : agentTicket;
    if (ticketDetails && (opened?.created ?? true)) yield { type: 'ticket-created', ticket: ticketDetails };
    // A follow-up in a conversation that has a ticket carries it, so clients can show its status.
    const earlier = ticketDetails || isNew ? undefined : await findConversationTicket(store, conversation);
    const replyTicket = ticketDetails ?? (earlier ? toTicketDetails(earlier) : undefined);

    const finishedAt = clock.now();
    await store.appendMessage({
      id: messageId,
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      role: 'assistant',
      text,
      sources,
      ticketId: opened?.ticket.id ?? null,
      createdAt: Math.max(finishedAt, now),
    });

    const actions = replyActionsFor(text);
    // A conversation that has a ticket already has its people: no second "Talk to a human".
    const offered = replyTicket ? quickReplies.filter((reply) => reply !== TALK_TO_HUMAN.text) : quickReplies;
    const data: ReplyData = {
      answers: text,
      sources,
      conversationId: conversation.id,
      ...(replyTicket ? { ticketDetails: replyTicket } : {}),
      ...(actions.length > 0 ? { actions } : {}),
      ...(offered.length > 0 && !opened ? { quickReplies: offered } : {}),
    };
    if (message.idempotency) {
      await finishIdempotent(store, {
        workspaceId: message.workspaceId,
        ...message.idempotency,
        now: finishedAt,
        messageId,
        data,
      });
    }
    yield { type: 'message-end', data };
  }

  async function* guarded(
    events: AsyncGenerator<ReplyEvent>,
    message: IncomingMessage,
    signal: AbortSignal,
  ): AsyncGenerator<ReplyEvent> {
    try {
      yield* events;
    } catch (error) {
      if (message.idempotency) {
        await releaseIdempotent(store, message.workspaceId, message.idempotency.key).catch(() => {});
      }
      // A client that went away gets no error: there is nobody to tell.
      if (signal.aborted) throw signal.reason;
      throw toFrontdeskError(error);
    }
  }

  return {
    async handleIncoming(message, handleOptions = {}): Promise<Reply> {
      const signal = handleOptions.signal ?? new AbortController().signal;
      const bot = await loadBot(store, message);

      if (message.channelMessageId && !(await claimChannelMessage(store, clock, message))) {
        return { duplicate: true, replayed: false, conversationId: '', rateLimit: null, events: noEvents() };
      }

      const pendingMs = bot.settings.agentTimeoutMs + 60_000;
      if (message.idempotency) {
        const start = await startIdempotent(store, {
          workspaceId: message.workspaceId,
          ...message.idempotency,
          now: clock.now(),
          pendingMs,
          owner: instance,
        });
        if (start.kind === 'claimed' && start.conversationId && !message.conversationId) {
          message = { ...message, conversationId: start.conversationId };
        }
        if (start.kind === 'replay') {
          return {
            duplicate: false,
            replayed: true,
            conversationId: start.data.conversationId,
            rateLimit: null,
            events: replayEvents(start.messageId, start.data),
          };
        }
      }

      try {
        const rateLimit = await consumeRateLimit(options, bot, message);
        const resolved = await resolveConversation(store, message, { clock, ids });
        if (message.idempotency && !message.conversationId) {
          await notePendingConversation(store, {
            workspaceId: message.workspaceId,
            ...message.idempotency,
            owner: instance,
            conversationId: resolved.conversation.id,
            now: clock.now(),
            pendingMs,
          });
        }
        const gate = await applySessionRules({ store, clock, ids, sleep }, bot, resolved, message, signal);
        if (gate.kind === 'skip') {
          // Staff have the conversation, but a rating is no question for anyone: keep it.
          if (gate.reason === 'paused') {
            await takeCsatAnswer(
              { store, ids },
              { conversation: resolved.conversation, text: message.text, now: clock.now() },
            );
          }
          if (message.idempotency)
            await releaseIdempotent(store, message.workspaceId, message.idempotency.key);
          return {
            ...(await skippedReply({ store, clock, ids }, resolved.conversation, message, gate.reason)),
            rateLimit,
          };
        }
        return {
          duplicate: false,
          replayed: false,
          conversationId: resolved.conversation.id,
          rateLimit,
          events: guarded(
            answer(gate.bot, resolved, { ...message, text: gate.text }, signal),
            message,
            signal,
          ),
        };
      } catch (error) {
        if (message.idempotency) await releaseIdempotent(store, message.workspaceId, message.idempotency.key);
        throw error;
      }
    },
  };
}
