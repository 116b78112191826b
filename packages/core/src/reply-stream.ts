/** Helpers over reply event streams: collect one into its final data, or replay stored data as events. */
import { FrontdeskError } from './errors.js';
import type { ReplyData, ReplyEvent } from './wire.js';

/** Consumes the events and returns the `data` of `message-end`. */
export async function collectReply(events: AsyncIterable<ReplyEvent>): Promise<ReplyData> {
  let data: ReplyData | undefined;
  for await (const event of events) {
    if (event.type === 'message-end') data = event.data;
  }
  if (!data) throw new FrontdeskError('server_error', 500, 'The reply ended without a final message.');
  return data;
}

/** The events a stored reply would have produced, for idempotent retries. */
export async function* replayEvents(messageId: string, data: ReplyData): AsyncGenerator<ReplyEvent> {
  yield { type: 'message-start', conversationId: data.conversationId, messageId };
  if (data.answers) yield { type: 'message-delta', text: data.answers };
  if (data.sources.length > 0) yield { type: 'sources', sources: data.sources };
  if (data.ticketDetails) yield { type: 'ticket-created', ticket: data.ticketDetails };
  yield { type: 'message-end', data };
}

/** An empty stream, for duplicates. */
export async function* noEvents(): AsyncGenerator<ReplyEvent> {}
