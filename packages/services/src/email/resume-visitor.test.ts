import { randomBytes } from 'node:crypto';
import { createMemoryStore } from '@frontdesk/core/testing';
import { describe, expect, it } from 'vitest';
import { createResumeLinks } from './resume-link.js';
import { resumeVisitor } from './resume-visitor.js';

const NOW = Date.UTC(2026, 11, 1);

async function setup() {
  const store = createMemoryStore();
  await store.createWorkspace({ id: 'ws', name: 'ws', createdAt: NOW });
  await store.saveBot({
    id: 'demo',
    workspaceId: 'ws',
    name: 'Demo',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'x' },
    settings: {} as never,
    createdAt: NOW,
    updatedAt: NOW,
  });
  await store.createConversation({
    id: 'conv_1',
    workspaceId: 'ws',
    botId: 'demo',
    channel: 'web',
    channelKey: 'web:v_ada:conv-key',
    requester: { email: 'ada@example.com' },
    createdAt: NOW,
    updatedAt: NOW,
  });
  return { store, links: createResumeLinks(randomBytes(32)) };
}

describe('resume links', () => {
  it('name the visitor and conversation they were signed for, until they expire', async () => {
    const { store, links } = await setup();
    const claims = { workspaceId: 'ws', botId: 'demo', conversationId: 'conv_1', expiresAt: NOW + 1000 };
    const url = new URL(links.url('https://help.example', claims));
    const token = url.searchParams.get('frontdesk_resume')!;
    expect(await resumeVisitor(links, store, token, NOW)).toEqual({ ...claims, visitorId: 'v_ada' });
    expect(await resumeVisitor(links, store, token, NOW + 1000)).toBeUndefined();
  });

  it('refuse a forged, tampered or foreign link, and one for another bot', async () => {
    const { store, links } = await setup();
    const claims = { workspaceId: 'ws', botId: 'demo', conversationId: 'conv_1', expiresAt: NOW + 1000 };
    const token = links.sign(claims);
    const [version, body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, conversationId: 'conv_2' })).toString('base64url');
    expect(await resumeVisitor(links, store, `${version}.${forged}.${mac}`, NOW)).toBeUndefined();
    expect(await resumeVisitor(links, store, `${version}.${body}.${mac}x`, NOW)).toBeUndefined();
    expect(await resumeVisitor(createResumeLinks(randomBytes(32)), store, token, NOW)).toBeUndefined();
    expect(await resumeVisitor(links, store, links.sign({ ...claims, botId: 'other' }), NOW)).toBeUndefined();
    expect(await resumeVisitor(links, store, 'garbage', NOW)).toBeUndefined();
  });
});
