/** Routes Teams activities: messages are acknowledged and answered later; invokes are answered in the request. */
import { chatVoice, ENGLISH_CHAT_WORDS, withoutFileLookAlikes } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import { ActivityHandler, type InvokeResponse, type TurnContext } from '@microsoft/agents-hosting';
import type { AdapterContext } from './adapter-context.js';
import { answer } from './answer.js';
import { handleCardAction } from './card-actions.js';
import { routedContext } from './channel-routes.js';
import { saveReference } from './conversation-reference.js';
import { markerKeys } from './keys.js';
import { textMessage } from './reply-activity.js';
import { keepTeamsFiles, teamsMedia } from './shared-files.js';
import { handleCreateTicketAction } from './tickets.js';

/** Re-deliveries of an install come within minutes; a reinstall a day later is welcomed again. */
const WELCOME_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The message text without the bot's @mention (channels and group chats mention the bot); other
 * people's mentions keep their names ("give <at>Grace</at> access" → "give Grace access").
 */
export function messageText(activity: Activity): string {
  const text = activity.recipient?.id ? activity.removeRecipientMention() : (activity.text ?? '');
  return (text ?? '')
    .replace(/<at>([^<]*)<\/at>/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for activities another bot sent (Teams bot ids start with `28:`), or our own echo. */
export function fromBot(activity: Activity): boolean {
  const from = activity.from;
  if (!from) return false;
  return from.role === 'bot' || (from.id?.startsWith('28:') ?? false) || from.id === activity.recipient?.id;
}

/** The SDK's ActivityHandler with Frontdesk's listeners. */
export class TeamsActivityHandler extends ActivityHandler {
  constructor(private readonly context: AdapterContext) {
    super();
    this.onMessage(async (turn, next) => {
      await this.acceptMessage(turn);
      await next();
    });
    this.onMembersAdded(async (turn, next) => {
      await this.welcome(turn);
      await next();
    });
  }

  /** Stores the reference and answers in the background, so Teams gets its 200 at once. */
  private async acceptMessage(turn: TurnContext): Promise<void> {
    const activity = turn.activity;
    // Another bot (or our own echo) is not a customer: answering it could loop between bots.
    if (fromBot(activity)) return;
    const words = messageText(activity);
    const media = teamsMedia(activity);
    // Submit buttons of older cards arrive as messages with a value and no text: nothing to answer.
    if (!words && media.downloads.length === 0 && media.names.length === 0) return;
    const { channelKey, reference } = await saveReference(
      this.context.store,
      activity,
      this.context.clock.now(),
    );
    const context = await routedContext(this.context, activity);
    this.context.background('answer', () =>
      this.context.continueWith(reference, channelKey, async (proactive, send) => {
        // Kept files travel as attachment lines, so they reach the console and the ticket; an image
        // or file without words is answered with the bot's unknownMessage.
        const files = await keepTeamsFiles(context, proactive, activity, media.downloads);
        const names = media.names.length > 0 ? `[${media.names.join(', ')}]` : '';
        const text = [withoutFileLookAlikes(words), [...files.lines, names].filter(Boolean).join('\n')]
          .filter(Boolean)
          .join('\n\n');
        // The proactive turn carries the reference; the inbound activity carries who asked and what.
        await answer(context, proactive, send, {
          activity,
          text,
          channelKey,
          ...(words ? {} : { nonText: true }),
        });
        if (files.note) {
          await send(textMessage(files.note)).catch((error: unknown) =>
            this.context.logger.warn({ err: error }, 'teams: cannot name refused files'),
          );
        }
      }),
    );
  }

  /**
   * A short hello when the app is installed (the bot itself is among the members added): sent once
   * however often Teams re-delivers the update, and after the 200, so a slow send cannot cause one.
   */
  private async welcome(turn: TurnContext): Promise<void> {
    const activity = turn.activity;
    const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient?.id);
    if (!botAdded) return;
    const now = this.context.clock.now();
    const { channelKey, reference } = await saveReference(this.context.store, activity, now);
    const first = await this.context.store.claimMarker(
      { key: markerKeys.welcome(channelKey), value: '1', expiresAt: now + WELCOME_TTL_MS },
      now,
    );
    if (!first) return;
    this.context.background('welcome', () =>
      this.context.continueWith(reference, channelKey, async (_proactive, send) => {
        // The default welcome in the installer's language (the bot of a routed channel decides
        // without a locale); the operator's own text as written.
        const context = await routedContext(this.context, activity);
        const configured = context.settings.welcomeText;
        const welcomeText =
          configured === ENGLISH_CHAT_WORDS.welcome
            ? (await chatVoice(activity.locale, context.store, context.settings)).words.welcome
            : configured;
        await send(textMessage(welcomeText));
      }),
    );
  }

  protected override async onInvokeActivity(turn: TurnContext): Promise<InvokeResponse> {
    const activity = turn.activity;
    if (activity.name === 'adaptiveCard/action') {
      await saveReference(this.context.store, activity, this.context.clock.now());
      return handleCardAction(await routedContext(this.context, activity), turn);
    }
    if (activity.name === 'composeExtension/submitAction') {
      const { channelKey } = await saveReference(this.context.store, activity, this.context.clock.now());
      return handleCreateTicketAction(await routedContext(this.context, activity), turn, channelKey);
    }
    if (activity.name === 'healthCheck') {
      return { status: 200, body: { healthResults: { success: true, messages: ['Frontdesk is running.'] } } };
    }
    // Answered in words instead of the SDK's empty 501, so the sender learns what is supported.
    return {
      status: 400,
      body: {
        success: false,
        code: 'invalid_request_error',
        error: 'invalid request',
        message: `Invoke "${activity.name ?? ''}" is not supported; Frontdesk handles adaptiveCard/action and composeExtension/submitAction.`,
        status: 400,
      },
    };
  }
}
