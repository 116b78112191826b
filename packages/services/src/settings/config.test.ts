import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from './config.js';

function settingsError(env: Record<string, string>): SettingsError {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('loadSettings', () => {
  it('applies the documented defaults to an empty environment', () => {
    const settings = loadSettings({});
    expect(settings.port).toBe(3000);
    expect(settings.host).toBe('127.0.0.1');
    expect(settings.publicUrl).toBe('http://127.0.0.1:3000');
    expect(settings.rateLimits).toEqual([
      { points: 20, durationMs: 60_000 },
      { points: 10, durationMs: 5_000 },
    ]);
    expect(settings.trustProxy).toEqual([]);
    expect(settings.defaultBot).toBe('demo');
    expect(settings.logLevel).toBe('info');
    expect(settings.knowledgeDir).toMatch(/examples[/\\]knowledge$/);
    expect(settings.dataDir).toMatch(/data$/);
  });

  it('names the variable and the bad value in one line', () => {
    const error = settingsError({ PORT: 'abc' });
    expect(error.variable).toBe('PORT');
    expect(error.message).toBe('PORT: expected an integer between 1 and 65535, got "abc"');
    expect(settingsError({ PORT: '70000' }).message).toContain('PORT:');
  });

  it('names each variable it rejects', () => {
    const cases: Array<[string, string]> = [
      ['FRONTDESK_RATE_LIMITS', '20 per minute'],
      ['FRONTDESK_TRUST_PROXY', 'everyone'],
      ['FRONTDESK_BOOTSTRAP_TOKEN', 'short'],
      ['FRONTDESK_PUBLIC_URL', 'ftp://example.com'],
      ['FRONTDESK_DEFAULT_BOT', 'Not A Bot'],
      ['LOG_LEVEL', 'loud'],
      ['REDIS_URL', 'localhost:6379'],
      ['FRONTDESK_SECRET_KEY', 'too-short'],
      ['MICROSOFT_APP_AUTHORITY', 'http://login.example.test/tenant'],
    ];
    for (const [variable, value] of cases) {
      const error = settingsError({ [variable]: value });
      expect(error.variable).toBe(variable);
      expect(error.message.startsWith(`${variable}: `)).toBe(true);
      expect(error.message).not.toContain('\n');
    }
  });

  it('reads the SMTP server from FRONTDESK_SMTP_URL or SMTP_URL, and refuses other schemes without echoing them', () => {
    expect(loadSettings({}).smtpUrl).toBeUndefined();
    expect(loadSettings({ SMTP_URL: 'smtp://mail.example:587' }).smtpUrl).toBe('smtp://mail.example:587');
    const both = loadSettings({ SMTP_URL: 'smtp://a.example', FRONTDESK_SMTP_URL: 'smtps://b.example' });
    expect(both.smtpUrl).toBe('smtps://b.example');
    expect(both.smtpFrom).toBe('Frontdesk <frontdesk@localhost>');
    const error = settingsError({ FRONTDESK_SMTP_URL: 'https://user:secret@mail.example' });
    expect(error.message).toBe('FRONTDESK_SMTP_URL: expected an smtp:// or smtps:// URL');
  });

  it('never echoes a secret it rejects', () => {
    const error = settingsError({ FRONTDESK_BOOTSTRAP_TOKEN: 'my-secret' });
    expect(error.message).not.toContain('my-secret');
  });

  it('takes a PostgreSQL DATABASE_URL, and refuses another scheme without echoing the secret URL', () => {
    expect(loadSettings({ DATABASE_URL: 'postgres://frontdesk@db/frontdesk' }).databaseUrl).toBe(
      'postgres://frontdesk@db/frontdesk',
    );
    const error = settingsError({ DATABASE_URL: 'mysql://frontdesk:pw@db/frontdesk' });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(error.message).not.toContain('frontdesk:pw@db');
  });

  it('reads rate limits, trusted proxies and the public address', () => {
    const settings = loadSettings({
      FRONTDESK_RATE_LIMITS: 'off',
      FRONTDESK_TRUST_PROXY: 'loopback, 10.0.0.1',
      FRONTDESK_PUBLIC_URL: 'https://help.example.com/',
      PORT: '8080',
      HOST: '0.0.0.0',
    });
    expect(settings.rateLimits).toEqual([]);
    expect(settings.trustProxy).toEqual(['loopback', '10.0.0.1']);
    expect(settings.publicUrl).toBe('https://help.example.com');
    expect(settings.port).toBe(8080);
  });

  it('defaults the public address to one people can reach when listening everywhere', () => {
    expect(loadSettings({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadSettings({ HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
  });

  it('treats empty values as unset', () => {
    expect(loadSettings({ PORT: '', FRONTDESK_TRUST_PROXY: ' ' }).port).toBe(3000);
  });
});
