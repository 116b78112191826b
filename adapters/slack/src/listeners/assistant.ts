/**
 * Slack's assistant panel: a new assistant thread gets the suggested prompts, and the channel the
 * person is viewing is kept for the thread (at start, and each time they move).
 */
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import {
  refreshRequesterContext,
  type SlackThreadContext,
  saveViewingContext,
  viewingContext,
} from '../assistant-context.js';
import { scopedContext } from '../connections.js';
import { threadKey } from '../keys.js';
import { slackVoice } from '../language.js';
import { redact } from '../receiver.js';
import { teamOf } from './messages.js';

interface AssistantThreadEvent {
  assistant_thread: {
    user_id: string;
    channel_id: string;
    thread_ts: string;
    context?: SlackThreadContext;
  };
}

/** Registers `assistant_thread_started` and `assistant_thread_context_changed`; messages in the thread arrive as DMs (see messages.ts). */
export function registerAssistantListeners(app: App, context: AdapterContext): void {
  app.event('assistant_thread_started', async ({ event, body, context: bolt }) => {
    const thread = (event as unknown as AssistantThreadEvent).assistant_thread;
    const scoped = await scopedContext(context, bolt);
    await keepContext(scoped, teamOf(bolt, body.team_id), thread);
    try {
      const { words } = await slackVoice(scoped, thread.user_id, scoped.settings);
      await scoped.client.assistant.threads.setSuggestedPrompts({
        channel_id: thread.channel_id,
        thread_ts: thread.thread_ts,
        title: words.howCanIHelp,
        prompts: context.settings.suggestedPrompts as [{ title: string; message: string }],
      });
    } catch (error) {
      context.logger.warn({ err: redact(error) }, 'slack: cannot set suggested prompts');
    }
  });
  app.event('assistant_thread_context_changed', async ({ event, body, context: bolt }) => {
    const thread = (event as unknown as AssistantThreadEvent).assistant_thread;
    await keepContext(await scopedContext(context, bolt), teamOf(bolt, body.team_id), thread);
  });
}

async function keepContext(
  context: AdapterContext,
  team: string,
  thread: AssistantThreadEvent['assistant_thread'],
): Promise<void> {
  if (!thread?.channel_id || !thread.thread_ts) return;
  const channelKey = threadKey({ team, channel: thread.channel_id, threadTs: thread.thread_ts });
  const viewing = viewingContext(thread.context);
  await saveViewingContext(context, channelKey, viewing);
  // A conversation already going in the thread follows at once, e.g. for a staff view of it.
  await refreshRequesterContext(context, channelKey, viewing);
}
