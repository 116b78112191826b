// A bot's knowledge folder is a name inside its workspace's folder under FRONTDESK_KNOWLEDGE_ROOT; paths are refused.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'frontdesk-knowledge-'));
  mkdirSync(join(root, 'ws_default', 'help'), { recursive: true });
  writeFileSync(
    join(root, 'ws_default', 'help', 'parrots.md'),
    '---\ntitle: Parrot care\nurl: /kb/parrots\n---\n\nFeed your parrot fresh seeds and fruit every morning.\n',
  );
  // Another tenant's folder, and a file outside the root, that the default workspace must never read.
  mkdirSync(join(root, 'ws_other', 'secret'), { recursive: true });
  writeFileSync(
    join(root, 'ws_other', 'secret', 'plans.md'),
    '---\ntitle: Plans\n---\n\nThe launch code is 4711.\n',
  );
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_ROOT: root } });
});
afterAll(async () => {
  await server?.close();
});

describe('knowledge folders', () => {
  it.each(['../../../../etc', '/etc', '../ws_other/secret', 'help/../../ws_other/secret', '.hidden'])(
    'refuses knowledgeDir %j with 400',
    async (knowledgeDir) => {
      const put = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
        kind: 'embedded',
        knowledgeDir,
      });
      expect(put.status).toBe(400);
      expect(put.json).toMatchObject({ success: false, code: 'invalid_request_error' });
      const created = await api(server, OWNER_TOKEN, 'POST', '/v1/bots', {
        id: 'probe',
        name: 'Probe',
        agent: { kind: 'embedded', knowledgeDir },
      });
      expect(created.status).toBe(400);
    },
  );

  it('answers from a folder named inside the workspace folder', async () => {
    const put = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
      kind: 'embedded',
      knowledgeDir: 'help',
    });
    expect(put.status).toBe(200);
    const reply = await api(server, OWNER_TOKEN, 'POST', '/v1/bots/demo/message', {
      message: { text: 'How do I feed my parrot?' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.data.answers).toMatch(/seeds/);
  });

  it('does not reach another workspace by naming its folder', async () => {
    const put = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
      kind: 'embedded',
      knowledgeDir: 'secret',
    });
    expect(put.status).toBe(200);
    const reply = await api(server, OWNER_TOKEN, 'POST', '/v1/bots/demo/message', {
      message: { text: 'What is the launch code?' },
    });
    expect(JSON.stringify(reply.json)).not.toMatch(/4711/);
  });
});
