// When the Web API pushes back: 429s are retried, missing streaming falls back, failures get an apology.
import { describe, expect, it } from 'vitest';
import { eventCallback, mentionEvents, nextTs, sendEvent } from '../fakes/slack-payloads.js';
import { inThread, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

async function mention(channel: string, text: string): Promise<string> {
  const ts = nextTs();
  await sendEvent(
    running.server.url,
    eventCallback(mentionEvents({ channel, user: 'U0300', text, ts }).mention),
  );
  return ts;
}

describe('Slack Web API errors', () => {
  it('retries a rate-limited call after Retry-After and still answers once', async () => {
    const { slack } = running;
    slack.failNext('chat.startStream', { status: 429, retryAfter: 1 });
    const ts = await mention('C0300', 'How do I reset my password?');
    const starts = await slack.waitFor(() => {
      const calls = slack.callsTo('chat.startStream').filter(inThread(ts));
      return calls.length === 2 && calls;
    });
    const stop = await slack.waitFor(() =>
      slack.callsTo('chat.stopStream').find((call) => call.args.ts === starts[1]?.result?.ts),
    );
    expect(stop).toBeDefined();
    expect(starts[0]?.result).toBeUndefined();
  });

  it('posts a short apology in the thread when the agent fails', async () => {
    const { slack } = running;
    const ts = await mention('C0301', 'this will fail');
    const apology = await slack.waitFor(() => slack.callsTo('chat.postMessage').find(inThread(ts)));
    expect(String(apology.args.text)).toMatch(/^Sorry/);
    expect(slack.callsTo('chat.startStream').filter(inThread(ts))).toEqual([]);
  });

  it('posts the answer once where streaming is unavailable, long answers split within Block Kit limits', async () => {
    const { slack } = running;
    slack.disabled.add('chat.startStream');
    const ts = await mention('C0302', 'a long answer please');
    const posted = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((call) => inThread(ts)(call) && call.result),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const blocks = posted.args.blocks as { type: string; text?: { text: string } }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const sections = blocks.filter((block) => block.type === 'section');
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) expect(section.text?.text.length).toBeLessThanOrEqual(3000);
    expect(sections.map((section) => section.text?.text).join('\n')).toContain('Paragraph 199');
    // One message per answer: later changes are updates of it, never new posts.
    expect(slack.callsTo('chat.postMessage').filter(inThread(ts))).toHaveLength(1);
  });

  it('updates a posted answer in place, far less often than the agent sends words', async () => {
    const { slack } = running;
    const ts = await mention('C0304', 'drip feed me');
    const final = await slack.waitFor(() =>
      slack.callsTo('chat.update').find((call) => String(call.args.text).includes('word29')),
    );
    const posts = slack.callsTo('chat.postMessage').filter(inThread(ts));
    expect(posts).toHaveLength(1);
    const updates = slack.callsTo('chat.update').filter((call) => call.args.ts === posts[0]?.result?.ts);
    expect(updates.at(-1)).toBe(final);
    expect(updates.length).toBeLessThanOrEqual(3); // 30 words over about 1.5 s
    expect(JSON.stringify(final.args.blocks)).toContain('Talk to a human');
  });

  it('renders markdown as mrkdwn when posting', async () => {
    const { slack } = running;
    const ts = await mention('C0303', 'How do I reset my password?');
    const posted = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((call) => inThread(ts)(call) && call.result),
    );
    const text = (posted.args.blocks as { type: string; text?: { text: string } }[])[0]?.text?.text;
    expect(text).toBe(
      '*Reset* your password from _Settings_:\n• open `Account`\n• choose <https://docs.example.com/reset|Reset password>',
    );
  });
});
