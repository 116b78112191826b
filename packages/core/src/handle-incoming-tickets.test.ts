import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { AgentError, type FrontdeskError } from './errors.js';
import { HUMAN_OFFER_TEXT, TALK_TO_HUMAN } from './reply-actions.js';
import { collectReply } from './reply-stream.js';
import { coreHarness, events, message } from './testing/core-harness.js';
import { makeBot, scriptedAgent } from './testing/fixtures.js';

describe('handleIncoming', () => {
  const h = coreHarness();
  beforeEach(h.reset);

  describe('tickets', () => {
    it('opens a ticket when the person asks for a human, without calling the agent', async () => {
      const all = await events(await h.core.handleIncoming(message({ text: 'I want to talk to a human' })));
      expect(h.agent.requests).toHaveLength(0);
      const created = all.find((event) => event.type === 'ticket-created');
      expect(created?.type === 'ticket-created' && created.ticket).toMatchObject({
        status: 'open',
        type: 'support',
      });
      const end = all.at(-1);
      expect(end?.type === 'message-end' && end.data.ticketDetails?.id).toBe('tkt_1');
      expect(end?.type === 'message-end' && end.data.answers).toContain('tkt_1');
    });

    it('links the existing ticket when the person asks again in the same conversation', async () => {
      const first = await collectReply(
        (await h.core.handleIncoming(message({ text: 'talk to a person please' }))).events,
      );
      const again = await events(
        await h.core.handleIncoming(message({ text: 'escalate this', conversationId: first.conversationId })),
      );
      expect(h.sink.created).toBe(1);
      expect(again.some((event) => event.type === 'ticket-created')).toBe(false);
      const end = again.at(-1);
      expect(end?.type === 'message-end' && end.data.ticketDetails?.id).toBe(first.ticketDetails?.id);
    });

    it('puts the transcript and a summary on the ticket', async () => {
      const first = await collectReply((await h.core.handleIncoming(message())).events);
      await collectReply(
        (
          await h.core.handleIncoming(
            message({ text: 'that did not help, get me a human', conversationId: first.conversationId }),
          )
        ).events,
      );
      const ticket = await h.store.findTicketByIdempotencyKey(
        'ws_a',
        `${first.conversationId}:human-request`,
      );
      expect(ticket?.summary).toBe('How do I reset my password?');
      expect(ticket?.description).toContain('Open Settings, then Security.');
      expect(ticket?.description).toContain('Reset your password (90%)');
    });

    it('offers a person when the agent has no answer, and opens the ticket only when asked', async () => {
      h.currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: "I couldn't find that." },
        { type: 'finish', noAnswer: true },
      ]);
      const offer = await collectReply(
        (await h.core.handleIncoming(message({ text: 'What is the moon made of?' }))).events,
      );
      expect(offer.ticketDetails).toBeUndefined();
      expect(offer.answers).toBe(`I couldn't find that.\n\n${HUMAN_OFFER_TEXT}`);
      expect(offer.answers).not.toContain('opened a ticket');
      expect(offer.actions).toEqual([TALK_TO_HUMAN]);
      expect(h.sink.created).toBe(0);

      const pressed = await collectReply(
        (
          await h.core.handleIncoming(
            message({ text: 'Talk to a human', conversationId: offer.conversationId, escalate: true }),
          )
        ).events,
      );
      expect(pressed.ticketDetails?.status).toBe('open');
      expect(pressed.answers).toMatch(/^I've opened a ticket/);
      expect(h.sink.created).toBe(1);
    });

    it('opens a ticket at once when the policy says so, and not when the policy is off', async () => {
      h.currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: "I couldn't find that." },
        { type: 'finish', noAnswer: true },
      ]);
      const base = makeBot().settings;
      await h.saveBot(
        makeBot({
          id: 'eager',
          settings: { ...base, ticketPolicy: { ...base.ticketPolicy, noAnswerHandover: 'ticket' } },
        }),
      );
      const data = await collectReply(
        (await h.core.handleIncoming(message({ botId: 'eager', text: 'What is the moon made of?' }))).events,
      );
      expect(data.ticketDetails?.status).toBe('open');
      expect(data.answers).toMatch(/^I couldn't find that\.\n\nI've opened a ticket/);

      const settings = makeBot().settings;
      await h.saveBot(
        makeBot({
          id: 'quiet',
          settings: { ...settings, ticketPolicy: { ...settings.ticketPolicy, noAnswer: false } },
        }),
      );
      const quiet = await collectReply(
        (await h.core.handleIncoming(message({ botId: 'quiet', text: 'moon?' }))).events,
      );
      expect(quiet.ticketDetails).toBeUndefined();
      expect(h.sink.created).toBe(1);
    });

    it('opens one ticket with the summary, type and priority an agent asks for', async () => {
      h.currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: 'I have asked a colleague to look at your invoice.' },
        { type: 'ticket-request', summary: 'Invoice charged twice', ticketType: 'billing', priority: 'high' },
        { type: 'finish', noAnswer: true },
      ]);
      const first = await collectReply(
        (await h.core.handleIncoming(message({ text: 'Charged twice!' }))).events,
      );
      expect(first.ticketDetails).toMatchObject({ type: 'billing', priority: 'high' });
      expect(first.ticketDetails?.description).toBe('Invoice charged twice');
      expect(first.answers).toBe('I have asked a colleague to look at your invoice.');

      const again = await collectReply(
        (await h.core.handleIncoming(message({ text: 'Still twice', conversationId: first.conversationId })))
          .events,
      );
      expect(again.ticketDetails?.id).toBe(first.ticketDetails?.id);
      expect(h.sink.created).toBe(1);
    });
  });

  describe('failures', () => {
    it('maps an agent failure to agent_error 502 and keeps the user message', async () => {
      h.currentAgent = {
        // biome-ignore lint/correctness/useYield: an agent that fails before its first event
        async *send() {
          throw new Error('upstream exploded');
        },
      };
      const reply = await h.core.handleIncoming(message());
      const failure = await collectReply(reply.events).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AgentError);
      expect((failure as FrontdeskError).status).toBe(502);
      const stored = await h.store.listMessages(reply.conversationId);
      expect(stored.map((stored) => [stored.role, stored.text])).toEqual([
        ['user', 'How do I reset my password?'],
      ]);
    });

    it('gives agent_error 504 when the agent takes longer than its budget', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      onTestFinished(() => {
        vi.useRealTimers();
      });
      await h.saveBot(makeBot({ id: 'slow', settings: { ...makeBot().settings, agentTimeoutMs: 2000 } }));
      h.currentAgent = {
        async *send() {
          await new Promise(() => {}); // never answers, ignores its signal
          yield { type: 'finish', noAnswer: false } as const;
        },
      };
      const reply = await h.core.handleIncoming(message({ botId: 'slow' }));
      const outcome = expect(collectReply(reply.events)).rejects.toMatchObject({
        code: 'agent_error',
        status: 504,
      });
      await vi.advanceTimersByTimeAsync(1999);
      expect(await h.store.listMessages(reply.conversationId)).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await outcome;
    });

    it('cancels the agent call when the client goes away', async () => {
      let agentSignal: AbortSignal | undefined;
      h.currentAgent = {
        async *send(_request, { signal }) {
          agentSignal = signal;
          yield { type: 'text-delta', text: 'partial' };
          await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
        },
      };
      const controller = new AbortController();
      const reply = await h.core.handleIncoming(message(), { signal: controller.signal });
      const seen: string[] = [];
      const done = (async () => {
        for await (const event of reply.events) {
          seen.push(event.type);
          if (event.type === 'message-delta') controller.abort(new DOMException('gone', 'AbortError'));
        }
      })();
      await expect(done).rejects.toMatchObject({ name: 'AbortError' });
      expect(agentSignal?.aborted).toBe(true);
      expect(seen).not.toContain('message-end');
    });
  });
});
