// Installations end: user tokens revoked (kept), app_uninstalled and a revoked bot token (removed, and
// deliveries there fail for good); an org-wide install answering any workspace of the org.
import { describe, expect, it } from 'vitest';
import { eventCallback, nextTs, sendEvent } from '../fakes/slack-payloads.js';
import { ask, eventually, install, mention, useInstallServer } from './slack-install-setup.js';

const running = useInstallServer();

describe('installed workspaces', () => {
  it('are installed from the install page', async () => {
    expect((await install(running, '/slack/install', 'code-acme')).status).toBe(200);
    expect((await install(running, '/slack/install', 'code-globex')).status).toBe(200);
  });

  it('keeps the installation when only user tokens are revoked', async () => {
    const { server } = running;
    const revoked = eventCallback({ type: 'tokens_revoked', tokens: { oauth: ['U0INSTALLER'], bot: [] } });
    await sendEvent(server.url, { ...revoked, team_id: 'T0ACME', authorizations: undefined });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeDefined();
  });

  it('removes the installation on app_uninstalled and answers nothing there afterwards', async () => {
    const { server, agent } = running;
    const uninstalled = eventCallback({ type: 'app_uninstalled' });
    await sendEvent(server.url, { ...uninstalled, team_id: 'T0GLOBEX', authorizations: undefined });
    await eventually(async () => !(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' })));
    expect(await server.store.findSlackInstallation({ teamId: 'T0GLOBEX' })).toBeUndefined();
    const asked = agent.requests.length;
    const { envelope } = mention('T0GLOBEX', 'C0GLOBEX1', 'Still there?', 'UBOTGLOBEX');
    await sendEvent(server.url, envelope);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(agent.requests.length).toBe(asked);
  });
});

describe('a revoked bot token', () => {
  it('removes the installation, and a later delivery there fails for good', async () => {
    const { server } = running;
    const acme = await server.store.findSlackInstallation({ teamId: 'T0ACME' });
    await server.store.setChannelRoute({
      connectionId: acme?.id ?? '',
      channelId: 'C0ACME2',
      workspaceId: 'ws_default',
      botId: 'it',
      updatedAt: Date.now(),
    });
    const thread = await ask(running, 'T0ACME', 'C0ACME9', 'Is the wiki down?', 'UBOTACME');
    const key = `slack:T0ACME:C0ACME9:${thread.args.thread_ts}`;
    const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', key);
    const revoked = eventCallback({ type: 'tokens_revoked', tokens: { oauth: [], bot: ['UBOTACME'] } });
    await sendEvent(server.url, { ...revoked, team_id: 'T0ACME', authorizations: undefined });
    await eventually(async () => !(await server.store.findSlackInstallation({ teamId: 'T0ACME' })));
    expect(await server.store.findSlackInstallation({ teamId: 'T0ACME' })).toBeUndefined();
    expect(await server.store.getChannelRoute(acme?.id ?? '', 'C0ACME2')).toBeUndefined();
    const reply = await fetch(`${server.url}/v1/conversations/${conversation?.id}/replies`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'It is back.' }),
    });
    const { data } = (await reply.json()) as { data: { delivery: { status: string; error: string } } };
    expect(data.delivery).toEqual({
      status: 'failed',
      error: expect.stringContaining('no longer installed'),
    });
  });
});

describe('an org-wide install (Enterprise Grid)', () => {
  it('answers in any workspace of the org with the org token, and delivers there later', async () => {
    const { slack, server } = running;
    expect((await install(running, '/slack/install', 'code-initech')).status).toBe(200);
    const org = await server.store.findSlackInstallation({
      enterpriseId: 'E0INITECH',
      isEnterpriseInstall: true,
    });
    expect(org).toMatchObject({ teamId: null, isEnterpriseInstall: true, workspaceId: 'ws_default' });

    const ts = nextTs();
    const base = eventCallback({
      type: 'app_mention',
      user: 'U0ORG',
      text: '<@UBOTORG> Where is payroll?',
      ts,
      channel: 'C0ORG1',
    });
    await sendEvent(server.url, {
      ...base,
      team_id: 'T0INITECHSALES',
      enterprise_id: 'E0INITECH',
      authorizations: [
        {
          enterprise_id: 'E0INITECH',
          team_id: null,
          user_id: 'UBOTORG',
          is_bot: true,
          is_enterprise_install: true,
        },
      ],
    });
    const answer = await slack.waitFor(() =>
      slack.callsTo('chat.startStream').find((call) => call.args.thread_ts === ts),
    );
    expect(slack.issued.get(answer.token ?? '')?.enterpriseId).toBe('E0INITECH');

    const conversation = await server.store.findConversationByChannelKey(
      'ws_default',
      'demo',
      `slack:T0INITECHSALES:C0ORG1:${ts}`,
    );
    const reply = await fetch(`${server.url}/v1/conversations/${conversation?.id}/replies`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await server.token({})}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Payroll is in Workday.' }),
    });
    const { data } = (await reply.json()) as { data: { delivery: { status: string } } };
    expect(data.delivery.status).toBe('delivered');
  });
});
