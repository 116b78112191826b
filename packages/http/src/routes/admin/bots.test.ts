import { createHmac } from 'node:crypto';
import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

const embedded = { kind: 'embedded', knowledgeDir: 'help' };

describe('/v1/bots', () => {
  let test: AdminTestApp;
  let owner: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
  const json = async (response: Response) => (await response.json()) as { data: any; code?: string };

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_default', 'owner');
  });

  it('creates, lists, reads, changes and deletes a bot', async () => {
    const created = await test.call(owner, 'POST', '/v1/bots', {
      id: 'billing',
      name: 'Billing',
      agent: embedded,
    });
    expect(created.status).toBe(201);
    expect((await json(created)).data).toMatchObject({
      id: 'billing',
      enabled: true,
      settings: { rules: { triggerType: 'all' } },
    });

    const listed = await json(await test.call(owner, 'GET', '/v1/bots'));
    expect(listed.data.map((bot: { id: string }) => bot.id)).toEqual(['billing', 'demo']);

    const changed = await test.call(owner, 'PATCH', '/v1/bots/billing', {
      name: 'Billing desk',
      settings: { historyLimit: 5 },
    });
    expect((await json(changed)).data).toMatchObject({
      name: 'Billing desk',
      settings: { historyLimit: 5, agentTimeoutMs: 30_000 },
    });

    expect((await test.call(owner, 'DELETE', '/v1/bots/billing')).status).toBe(200);
    expect((await test.call(owner, 'GET', '/v1/bots/billing')).status).toBe(404);
  });

  it('refuses a duplicate id, a bad slug and an unknown fallback bot', async () => {
    await test.call(owner, 'POST', '/v1/bots', { id: 'one', name: 'One', agent: embedded });
    expect(
      (await test.call(owner, 'POST', '/v1/bots', { id: 'one', name: 'Again', agent: embedded })).status,
    ).toBe(409);
    expect(
      (await test.call(owner, 'POST', '/v1/bots', { id: 'Bad Id', name: 'x', agent: embedded })).status,
    ).toBe(400);
    const rules = await test.call(owner, 'PUT', '/v1/bots/one/rules', { fallbackBotId: 'ghost' });
    expect(rules.status).toBe(400);
    expect((await json(rules)).code).toBe('invalid_request_error');
  });

  it('saves rules and refuses a regex trigger RE2 cannot run (backreference)', async () => {
    await test.call(owner, 'POST', '/v1/bots', { id: 'one', name: 'One', agent: embedded });
    const bad = await test.call(owner, 'PUT', '/v1/bots/one/rules', {
      triggerType: 'keyword',
      triggerOperator: 'regex',
      triggerValue: '(a)\\1',
    });
    expect(bad.status).toBe(400);
    const good = await test.call(owner, 'PUT', '/v1/bots/one/rules', {
      triggerType: 'keyword',
      triggerOperator: 'regex',
      triggerValue: '^order #\\d+',
      expire: 30,
    });
    expect((await json(good)).data).toMatchObject({ triggerOperator: 'regex', expire: 30 });
    expect((await json(await test.call(owner, 'GET', '/v1/bots/one/rules'))).data.expire).toBe(30);
  });

  it('disables a bot so its message endpoint refuses, and enables it again', async () => {
    expect((await test.call(owner, 'POST', '/v1/bots/demo/disable')).status).toBe(200);
    const refused = await test.call(owner, 'POST', '/v1/bots/demo/message', { message: { text: 'hi' } });
    expect(refused.status).toBe(403);
    await test.call(owner, 'POST', '/v1/bots/demo/enable');
    expect(
      (await test.call(owner, 'POST', '/v1/bots/demo/message', { message: { text: 'hi' } })).status,
    ).toBe(200);
  });

  it('keeps a bot that has conversations (409) and never shows the widget secret', async () => {
    await test.call(owner, 'POST', '/v1/bots/demo/message', { message: { text: 'hi' } });
    expect((await test.call(owner, 'DELETE', '/v1/bots/demo')).status).toBe(409);
    const secret = 'a-very-long-identity-secret-1234';
    await test.call(owner, 'PATCH', '/v1/bots/demo', { settings: { widget: { identity: { secret } } } });
    const text = await (await test.call(owner, 'GET', '/v1/bots/demo')).text();
    expect(text).not.toContain(secret);
    expect(text).toContain('1234');
  });
  it('keeps the widget identity secret sealed at rest, masked on read, and kept through partial updates', async () => {
    const secret = 'a-long-identity-secret-of-the-shop';
    const created = await test.call(owner, 'POST', '/v1/bots', {
      id: 'shop',
      name: 'Shop',
      agent: embedded,
      settings: { widget: { identity: { secret, required: true } } },
    });
    expect(created.status).toBe(201);
    const stored = (await test.store.getBot('ws_default', 'shop'))!.settings.widget.identity.secret!;
    expect(stored.startsWith('sealed:')).toBe(true);
    expect(stored).not.toContain(secret);

    const read = (await json(await test.call(owner, 'GET', '/v1/bots/shop'))).data;
    expect(read.settings.widget.identity.secret).toMatch(/^••••/);
    expect(JSON.stringify(read)).not.toContain(secret);

    // Saving back what was read, and changing only the origins, both keep the secret.
    await test.call(owner, 'PATCH', '/v1/bots/shop', { settings: read.settings });
    await test.call(owner, 'PATCH', '/v1/bots/shop', {
      settings: { widget: { allowedOrigins: ['https://shop.example'] } },
    });
    const session = (userHash: string) =>
      test.app.request('/widget/v1/sessions', {
        method: 'POST',
        headers: { Origin: 'https://shop.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({ botId: 'shop', user: { userId: 'u_1', userHash } }),
      });
    const userHash = createHmac('sha256', secret).update('u_1').digest('hex');
    expect((await session(userHash)).status).toBe(201);
    expect((await session('0'.repeat(64))).status).toBe(401);
  });
});
