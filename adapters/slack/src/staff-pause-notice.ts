/** The note a thread gets when a staff message paused the agent there (`stopBotFromMe`), with a resume button. */
import { fillWords } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { actionIds } from './blocks.js';
import { slackVoice } from './language.js';

/**
 * Posts "<@user> is handling this thread" with a button that resumes the agent in `conversationId`,
 * in the conversation's language: its requester's, not that of the staff member who wrote.
 */
export async function postStaffPauseNotice(
  context: AdapterContext,
  thread: { channel: string; threadTs: string; user: string },
  conversationId: string,
): Promise<void> {
  const conversation = await context.store.getConversation(conversationId);
  const { words } = await slackVoice(
    context,
    conversation?.requester?.id ?? thread.user,
    conversation ?? context.settings,
  );
  const text = fillWords(words.staffHandling, { user: `<@${thread.user}>` });
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
            text: { type: 'plain_text', text: words.resumeAgent },
            value: conversationId,
          },
        ],
      },
    ],
  });
}
