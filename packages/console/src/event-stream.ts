/** Splits a Server-Sent Events byte stream into `{ event, data }` frames (fetch + reader: it needs a header). */

export interface EventFrame {
  event: string;
  data: string;
}

/** Parses one frame's lines; comment-only frames (heartbeats) give undefined. */
export function parseEventFrame(block: string): EventFrame | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'event') event = value;
    if (name === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : undefined;
}

/** Reads `body` to its end, calling `onFrame` for every complete frame. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onFrame: (frame: EventFrame) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    pending = (pending + decoder.decode(value, { stream: !done })).replace(/\r\n?/g, '\n');
    const blocks = pending.split('\n\n');
    pending = blocks.pop() ?? '';
    for (const block of blocks) {
      const frame = parseEventFrame(block);
      if (frame) onFrame(frame);
    }
    if (done) return;
  }
}
