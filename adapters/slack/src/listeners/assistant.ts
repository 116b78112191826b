/** Slack's assistant panel: a new assistant thread gets the suggested prompts. */
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { scopedContext } from '../connections.js';
import { redact } from '../receiver.js';

interface AssistantThreadStarted {
  assistant_thread: { user_id: string; channel_id: string; thread_ts: string };
}

/** Registers `assistant_thread_started`; messages in the thread arrive as DMs (see messages.ts). */
export function registerAssistantListeners(app: App, context: AdapterContext): void {
  app.event('assistant_thread_started', async ({ event, context: bolt }) => {
    const thread = (event as unknown as AssistantThreadStarted).assistant_thread;
    const scoped = await scopedContext(context, bolt);
    try {
      await scoped.client.assistant.threads.setSuggestedPrompts({
        channel_id: thread.channel_id,
        thread_ts: thread.thread_ts,
        title: 'How can I help?',
        prompts: context.settings.suggestedPrompts as [{ title: string; message: string }],
      });
    } catch (error) {
      context.logger.warn({ err: redact(error) }, 'slack: cannot set suggested prompts');
    }
  });
}
