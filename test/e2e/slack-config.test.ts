// SLACK_* settings: both credentials or neither, and secrets never echoed in the error.
import { loadSettings, SettingsError } from '@frontdesk/services';
import { describe, expect, it } from 'vitest';

describe('Slack settings', () => {
  it('refuses a signing secret without a bot token, naming the missing variable', () => {
    expect(() => loadSettings({ SLACK_SIGNING_SECRET: 'very-secret-value' })).toThrowError(SettingsError);
    try {
      loadSettings({ SLACK_SIGNING_SECRET: 'very-secret-value' });
    } catch (error) {
      expect((error as SettingsError).variable).toBe('SLACK_BOT_TOKEN');
      expect((error as Error).message).not.toContain('very-secret-value');
    }
  });

  it('reads the credentials, the API URL and the ticket emoji', () => {
    const settings = loadSettings({
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      SLACK_TICKET_EMOJI: ':raising_hand:',
    });
    expect(settings).toMatchObject({
      slackBotToken: 'xoxb-1',
      slackApiUrl: 'http://127.0.0.1:9/api/',
      slackTicketEmoji: ':raising_hand:',
    });
  });

  it('refuses an API URL that is not http(s)', () => {
    expect(() => loadSettings({ SLACK_API_URL: 'ftp://x' })).toThrowError(/SLACK_API_URL/);
  });
});
