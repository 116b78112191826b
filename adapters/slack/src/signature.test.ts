import { describe, expect, it } from 'vitest';
import { redact } from './receiver.js';
import { signSlackRequest, verifySlackSignature } from './signature.js';

const now = 1_700_000_000_000;
const body = 'token=x&team_id=T1&text=hello';

describe('verifySlackSignature', () => {
  const signed = (timestamp: number, secret = 'secret') => ({
    signingSecret: 'secret',
    rawBody: body,
    timestamp: String(timestamp),
    signature: signSlackRequest(secret, timestamp, body),
    now,
  });

  it('accepts a fresh signature made with the signing secret', () => {
    expect(verifySlackSignature(signed(now / 1000))).toBe(true);
  });

  it('refuses another secret, a stale or future timestamp, and missing headers', () => {
    expect(verifySlackSignature(signed(now / 1000, 'other'))).toBe(false);
    expect(verifySlackSignature(signed(now / 1000 - 301))).toBe(false);
    expect(verifySlackSignature(signed(now / 1000 + 301))).toBe(false);
    expect(verifySlackSignature({ ...signed(now / 1000), signature: null })).toBe(false);
    expect(verifySlackSignature({ ...signed(now / 1000), timestamp: 'abc' })).toBe(false);
  });
});

describe('redact', () => {
  it('never keeps a Slack token in what is logged', () => {
    const error = Object.assign(new Error('call failed with xoxb-1234-5678-abcdef'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'invalid_auth' },
    });
    const logged = JSON.stringify(redact(error));
    expect(logged).not.toContain('xoxb-1234');
    expect(logged).toContain('invalid_auth');
  });
});
