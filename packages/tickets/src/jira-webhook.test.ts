import { describe, expect, it } from 'vitest';
import { readJiraStatusChange, signJiraWebhook, verifyJiraWebhook } from './jira-webhook.js';

const SECRET = 'jira-hook-secret-0123456789';

describe('verifyJiraWebhook', () => {
  const body = '{"webhookEvent":"jira:issue_updated"}';
  it.each([
    {
      name: 'a valid X-Hub-Signature',
      signature: signJiraWebhook(SECRET, body),
      querySecret: null,
      valid: true,
    },
    {
      name: 'a signature over another body',
      signature: signJiraWebhook(SECRET, `${body} `),
      querySecret: null,
      valid: false,
    },
    {
      name: 'a signature with another secret',
      signature: signJiraWebhook('other', body),
      querySecret: null,
      valid: false,
    },
    {
      name: 'a bad signature, even with the right query secret',
      signature: 'sha256=00',
      querySecret: SECRET,
      valid: false,
    },
    { name: 'the secret in the query', signature: null, querySecret: SECRET, valid: true },
    {
      name: 'a wrong query secret',
      signature: null,
      querySecret: 'jira-hook-secret-0123456788',
      valid: false,
    },
    { name: 'nothing', signature: null, querySecret: null, valid: false },
  ])('$name → $valid', ({ signature, querySecret, valid }) => {
    expect(verifyJiraWebhook(SECRET, { signature, querySecret, body })).toBe(valid);
  });
});

describe('readJiraStatusChange', () => {
  const update = (items: unknown[], status = { name: 'Done', statusCategory: { key: 'done' } }) => ({
    webhookEvent: 'jira:issue_updated',
    issue: { key: 'SUP-3', fields: { status } },
    changelog: { items },
  });

  it('maps the new status by its category', () => {
    expect(readJiraStatusChange(update([{ fieldId: 'status', toString: 'Done' }]))).toEqual({
      issueKey: 'SUP-3',
      status: 'resolved',
    });
  });

  it('falls back to the status name for a category it does not know', () => {
    const change = update([{ field: 'status', toString: 'Waiting' }], {
      name: 'Waiting',
      statusCategory: { key: 'x' },
    });
    expect(readJiraStatusChange(change)?.status).toBe('waiting');
  });

  it('ignores updates without a status change and other events', () => {
    expect(readJiraStatusChange(update([{ fieldId: 'summary', toString: 'New title' }]))).toBeUndefined();
    expect(
      readJiraStatusChange({ ...update([{ fieldId: 'status' }]), webhookEvent: 'comment_created' }),
    ).toBeUndefined();
    expect(readJiraStatusChange(null)).toBeUndefined();
  });
});
