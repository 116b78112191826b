/** Buttons: "Helpful" / "Not helpful" (stored on the message), "Talk to a human", the core's reply buttons, "Resume the agent". */
import {
  type Conversation,
  fillWords,
  type MessageFeedback,
  recordFeedback,
  resumeConversation,
} from '@frontdesk/core';
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { answerInThread } from '../answer.js';
import { actionIds, type KnownBlock } from '../blocks.js';
import { scopedContext } from '../connections.js';
import { parseChannelKey } from '../keys.js';
import { slackVoice } from '../language.js';

type ButtonBody = BlockAction<ButtonAction>;

/** Registers the button handlers. */
export function registerActions(app: App, context: AdapterContext): void {
  const feedback =
    (value: MessageFeedback) =>
    async ({
      ack,
      body,
      action,
      context: bolt,
    }: {
      ack: () => Promise<void>;
      body: ButtonBody;
      action: ButtonAction;
      context: Record<string, unknown>;
    }) => {
      await ack();
      const [, messageId] = action.value?.split('|') ?? [];
      if (!messageId) return;
      await recordFeedback(context.store, {
        messageId,
        feedback: value,
        by: body.user.id,
        now: context.clock.now(),
      });
      await markFeedback(await scopedContext(context, bolt, body.channel?.id), body, value);
    };
  app.action<ButtonBody>(actionIds.helpful, feedback('helpful'));
  app.action<ButtonBody>(actionIds.notHelpful, feedback('not-helpful'));

  app.action<ButtonBody>(actionIds.human, async ({ ack, body, action, context: bolt }) => {
    await ack();
    const [conversationId] = action.value?.split('|') ?? [];
    const found = await conversationFor(await scopedContext(context, bolt, body.channel?.id), conversationId);
    const thread = found ? parseChannelKey(found.conversation.channelKey) : undefined;
    if (!found || !thread?.threadTs || !body.message) return;
    await answerInThread(found.context, {
      team: thread.team,
      channel: thread.channel,
      threadTs: thread.threadTs,
      user: body.user.id,
      text: 'Talk to a human',
      escalate: true,
      // One press per answer counts; pressing again (or a double click) opens nothing more.
      channelMessageId: `human:${thread.channel}:${body.message.ts}`,
    });
  });

  // The core's reply buttons: the pressed word goes into the thread as if the person typed it.
  app.action<ButtonBody>(
    { action_id: new RegExp(`^${actionIds.reply}\\d+$`) },
    async ({ ack, body, action, context: bolt }) => {
      await ack();
      const [conversationId, kind, ...rest] = action.value?.split('|') ?? [];
      const text = rest.join('|');
      const found = await conversationFor(
        await scopedContext(context, bolt, body.channel?.id),
        conversationId,
      );
      const thread = found ? parseChannelKey(found.conversation.channelKey) : undefined;
      if (!found || !thread?.threadTs || !body.message || !text) return;
      await answerInThread(found.context, {
        team: thread.team,
        channel: thread.channel,
        threadTs: thread.threadTs,
        user: body.user.id,
        text,
        ...(kind === 'escalate' ? { escalate: true } : {}),
        // One press per question counts, whichever button.
        channelMessageId: `reply:${thread.channel}:${body.message.ts}`,
      });
    },
  );

  app.action<ButtonBody>(actionIds.resume, async ({ ack, body, action, context: bolt }) => {
    await ack();
    const found = await conversationFor(await scopedContext(context, bolt, body.channel?.id), action.value);
    if (!found) return;
    await resumeConversation(context.store, found.conversation.id);
    if (!body.channel || !body.message) return;
    // In the conversation's language, as the notice it replaces.
    const { conversation } = found;
    const { words } = await slackVoice(
      found.context,
      conversation.requester?.id ?? body.user.id,
      conversation,
    );
    const text = fillWords(words.agentResumed, { user: `<@${body.user.id}>` });
    await found.context.client.chat.update({
      channel: body.channel.id,
      ts: body.message.ts,
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
    });
  });
}

/** Replaces the feedback buttons of the answer with a note in the presser's language, keeping "Talk to a human". */
async function markFeedback(
  context: AdapterContext,
  body: ButtonBody,
  value: MessageFeedback,
): Promise<void> {
  if (!body.channel || !body.message) return;
  const { words } = await slackVoice(context, body.user.id, context.settings);
  const by = { user: `<@${body.user.id}>` };
  const note =
    value === 'helpful'
      ? `:thumbsup: ${fillWords(words.markedHelpful, by)}`
      : `:thumbsdown: ${fillWords(words.markedNotHelpful, by)}`;
  const blocks = ((body.message.blocks ?? []) as KnownBlock[]).flatMap((block): KnownBlock[] => {
    if (block.type !== 'actions' || !block.block_id?.startsWith('frontdesk_answer_')) return [block];
    const human = block.elements.filter(
      (element) => 'action_id' in element && element.action_id === actionIds.human,
    );
    return [
      { type: 'context', elements: [{ type: 'mrkdwn', text: note }] },
      ...(human.length > 0 ? [{ ...block, elements: human }] : []),
    ];
  });
  await context.client.chat.update({
    channel: body.channel.id,
    ts: body.message.ts,
    text: (body.message.text as string | undefined) ?? ' ',
    blocks,
  });
}

/**
 * The conversation a button names, when it belongs to the workspace of the connection the press came
 * through, with the context answering as that conversation's bot.
 */
async function conversationFor(
  scoped: AdapterContext,
  conversationId: string | undefined,
): Promise<{ conversation: Conversation; context: AdapterContext } | undefined> {
  const conversation = conversationId ? await scoped.store.getConversation(conversationId) : undefined;
  if (!conversation || conversation.workspaceId !== scoped.settings.workspaceId) return undefined;
  return {
    conversation,
    context: { ...scoped, settings: { ...scoped.settings, botId: conversation.botId } },
  };
}
