import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOT_SCOPES } from './scopes.js';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('the Slack app manifest', () => {
  it('subscribes to exactly the events the adapter listens to', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_mention',
      'app_uninstalled',
      'assistant_thread_context_changed',
      'assistant_thread_started',
      'message.channels',
      'message.groups',
      'message.im',
      'reaction_added',
      'tokens_revoked',
    ]);
  });

  it('asks "Add to Slack" for the same scopes as the manifest, and sends it back to /slack/oauth_redirect', () => {
    expect(DEFAULT_BOT_SCOPES).toEqual(manifest.oauth_config.scopes.bot);
    expect(manifest.oauth_config.redirect_urls).toEqual([
      'https://frontdesk.example.com/slack/oauth_redirect',
    ]);
  });

  it('asks for exactly the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read', // app_mention
      'assistant:write', // assistant.threads.setStatus, setSuggestedPrompts, assistant_thread_started
      'channels:history', // message.channels, conversations.replies
      'chat:write', // postMessage, update, startStream / appendStream / stopStream
      'commands', // /frontdesk and the Create ticket shortcut
      'files:read', // url_private: files people share are kept like widget attachments
      'groups:history', // message.groups in private channels
      'im:history', // message.im
      'reactions:read', // reaction_added
      'reactions:write', // the ticket status reaction
      'users:read', // users.info: the requester's name and Slack language (include_locale)
      'users:read.email', // users.info: the requester's email
    ]);
  });

  it('sends events, interactivity and the slash command to the same URL', () => {
    const urls = new Set([
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0].url,
    ]);
    expect([...urls]).toEqual(['https://frontdesk.example.com/slack/events']);
    expect(manifest.features.shortcuts[0].callback_id).toBe('frontdesk_create_ticket');
  });
});
