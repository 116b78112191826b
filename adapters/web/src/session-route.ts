/** `POST /widget/v1/sessions`: a signed visitor token for a page on an allowed origin. */

import type { RateLimiter } from '@frontdesk/core';
import {
  type Bot,
  type Clock,
  type Store,
  type WidgetPublicSettings,
  type WidgetSession,
  widgetSessionRequestSchema,
} from '@frontdesk/core';
import { readJsonBody } from '@frontdesk/http/request-input';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';
import type { ResumeLinks } from '@frontdesk/services/email/resume-link';
import { type ResumedVisitor, resumeVisitor } from '@frontdesk/services/email/resume-visitor';
import { openIdentitySecret } from '@frontdesk/services/secrets/identity-secret';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import { Hono } from 'hono';
import { limitAddress } from './address-limits.js';
import { checkIdentity } from './identity.js';
import { conversationLanguage } from './visitor-language.js';
import { VISITOR_TOKEN_TTL_MS, type VisitorTokens } from './visitor-token.js';
import { checkOrigin, loadWidgetBot } from './widget-bots.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';
import { widgetStrings } from './widget-locales.js';

export interface SessionRouteDependencies {
  /** Verifies the links in staff-reply e-mails (`?frontdesk_resume=…`). */
  resumeLinks?: ResumeLinks;
  /** Opens the bot's sealed identity secret. */
  secrets?: SecretBox;
  store: Store;
  tokens: VisitorTokens;
  clock: Clock;
  rateLimiter: RateLimiter;
  publicUrl: string;
  addressLimits: boolean;
}

/** What the page may know of the bot: looks and texts, never the identity secret. */
export function publicSettings(bot: Bot, locale?: string): WidgetPublicSettings {
  const { widget } = bot.settings;
  const texts = {
    title: widget.title,
    greeting: widget.greeting,
    placeholder: widget.placeholder,
    launcherLabel: widget.launcherLabel,
    locale: widget.locale,
    suggestedQuestions: widget.suggestedQuestions,
  };
  const defined = Object.fromEntries(Object.entries(texts).filter(([, value]) => value !== undefined));
  const strings = widgetStrings(locale);
  const files = widget.attachments;
  const attachments = files?.enabled
    ? { maxBytes: files.maxBytes, maxFiles: files.maxFiles, types: files.types }
    : undefined;
  return {
    botName: bot.name,
    ...widget.theme,
    ...defined,
    ...(strings ? { strings } : {}),
    ...(attachments ? { attachments } : {}),
  };
}

export function sessionRoute(deps: SessionRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.post('/sessions', widgetDocs.session, async (context) => {
    const body = await readJsonBody(context, widgetSessionRequestSchema, { whole: 'body' });
    const workspaceId = body.workspaceId ?? DEFAULT_WORKSPACE_ID;
    const bot = await loadWidgetBot(deps.store, workspaceId, body.botId);
    checkOrigin(context, bot, deps.publicUrl, { required: true });
    await limitAddress(deps.rateLimiter, {
      enabled: deps.addressLimits,
      kind: 'session',
      clientKey: context.get('clientKey'),
    });
    const stored = bot.settings.widget.identity;
    const identity = checkIdentity(
      { ...stored, secret: openIdentitySecret(stored.secret, deps.secrets) },
      body.user,
    );

    // Renewing: a token this server signed (even expired) keeps the visitor's conversations,
    // unless the page now claims a verified user (their id decides) or the old one was verified.
    const now = deps.clock.now();
    const previousToken = /^Bearer\s+(\S+)$/i.exec(context.req.header('authorization') ?? '')?.[1];
    const previous = previousToken
      ? deps.tokens.verify(previousToken, now, { allowExpired: true })
      : undefined;
    const sameBot = previous?.workspaceId === workspaceId && previous.botId === bot.id;
    // A link from a staff-reply e-mail continues its visitor and reopens the conversation, on any device.
    const resumed: ResumedVisitor | undefined =
      body.resume && deps.resumeLinks && !identity.user
        ? await resumeVisitor(deps.resumeLinks, deps.store, body.resume, now)
        : undefined;
    const resumes = resumed?.workspaceId === workspaceId && resumed.botId === bot.id ? resumed : undefined;
    let visitorId: string;
    if (resumes) {
      visitorId = resumes.visitorId;
    } else if (identity.verified && identity.user) {
      visitorId = deps.tokens.userVisitorId(workspaceId, bot.id, identity.user.id);
    } else if (previous && sameBot && !previous.verified) {
      visitorId = previous.visitorId;
    } else {
      visitorId = deps.tokens.anonymousVisitorId();
    }

    const expiresAt = now + VISITOR_TOKEN_TTL_MS;
    const visitorToken = deps.tokens.sign({
      workspaceId,
      botId: bot.id,
      visitorId,
      ...(identity.user ? { user: identity.user } : {}),
      verified: identity.verified,
      ...conversationLanguage(bot, body.locale),
      issuedAt: now,
      expiresAt,
    });
    const data: WidgetSession = {
      visitorToken,
      visitorId,
      expiresAt,
      settings: publicSettings(bot, body.locale),
      ...(resumes ? { conversationId: resumes.conversationId } : {}),
    };
    return context.json({ success: true, data }, 201);
  });
  return routes;
}
