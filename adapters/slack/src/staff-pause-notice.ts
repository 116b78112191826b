/** The note a thread gets when a staff message paused the agent there (`stopBotFromMe`), with a resume button. */
import type { AdapterContext } from './adapter-context.js';
import { actionIds } from './blocks.js';

/** Posts "<@user> is handling this thread" with a button that resumes the agent in `conversationId`. */
export async function postStaffPauseNotice(
  context: AdapterContext,
  thread: { channel: string; threadTs: string; user: string },
  conversationId: string,
): Promise<void> {
  const text = `<@${thread.user}> is handling this thread, so I'll stay quiet here.`;
  await context.client.chat.postMessage({
    channel: thread.channel,
    thread_ts: thread.threadTs,
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: actionIds.resume,
            text: { type: 'plain_text', text: 'Resume the agent' },
            value: conversationId,
          },
        ],
      },
    ],
  });
}
