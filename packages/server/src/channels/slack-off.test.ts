// With Slack not set up, `GET /v1/slack/connections` answers 200 with an empty list and
// `configured: false` (not a 404 the request log would show on every Channels visit).
import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { describe, expect, it } from 'vitest';

describe('/v1/slack/connections without Slack', () => {
  it('answers a token an empty list that says Slack is not configured; no token, no answer', async () => {
    const test = await adminTestApp();
    const owner = await test.token('ws_a', 'owner');
    const listed = await test.call(owner, 'GET', '/v1/slack/connections');
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ success: true, data: [], configured: false });
    expect((await test.app.request('/v1/slack/connections')).status).toBe(401);
  });
});
