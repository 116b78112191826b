import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

describe('/v1/sessions', () => {
  let test: AdminTestApp;
  let owner: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
  const json = async (response: Response) => (await response.json()) as { data: any };
  const send = (conversationId?: string) =>
    test.call(owner, 'POST', '/v1/bots/demo/message', {
      message: { text: 'hello', ...(conversationId ? { conversationId } : {}) },
    });

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_default', 'owner');
  });

  it('lists the session a message opened, pauses it so the bot stays silent, and opens it again', async () => {
    const first = await json(await send());
    const conversationId = first.data.conversationId;
    const [session] = (
      await json(await test.call(owner, 'GET', `/v1/sessions?conversationId=${conversationId}`))
    ).data;
    expect(session).toMatchObject({ botId: 'demo', status: 'opened', conversationId });

    const paused = await test.call(owner, 'POST', `/v1/sessions/${session.id}/pause`);
    expect((await json(paused)).data.status).toBe('paused');
    const silent = await send(conversationId);
    expect(silent.headers.get('Frontdesk-Skipped')).toBe('paused');
    expect((await json(silent)).data.answers).toBe('');

    await test.call(owner, 'POST', `/v1/sessions/${session.id}/open`);
    expect((await json(await send(conversationId))).data.answers).toBe('You said: hello');
  });

  it('filters by status, closes and deletes', async () => {
    const conversationId = (await json(await send())).data.conversationId;
    const [session] = (await json(await test.call(owner, 'GET', '/v1/sessions'))).data;
    await test.call(owner, 'POST', `/v1/sessions/${session.id}/close`);
    expect((await json(await test.call(owner, 'GET', '/v1/sessions?status=opened'))).data).toEqual([]);
    expect((await json(await test.call(owner, 'GET', `/v1/sessions/${session.id}`))).data.status).toBe(
      'closed',
    );
    // A closed session does not silence the person: their next message opens it again.
    expect((await json(await send(conversationId))).data.answers).toBe('You said: hello');
    expect((await test.call(owner, 'DELETE', `/v1/sessions/${session.id}`)).status).toBe(200);
    expect((await test.call(owner, 'GET', `/v1/sessions/${session.id}`)).status).toBe(404);
    expect((await test.call(owner, 'GET', '/v1/sessions?status=nope')).status).toBe(400);
  });
});
