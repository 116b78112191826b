// Rate limits are counted in a file next to the database: a restart does not reset anyone's count.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './harness.js';

const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-limits-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('rate limits across a restart', () => {
  it('still refuses a client that used its allowance before the restart', async () => {
    const env = { FRONTDESK_DATA_DIR: dataDir, FRONTDESK_RATE_LIMITS: '3/60s' };
    const first = await startTestServer({ env });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) {
      const response = await first.post('/v1/bots/demo/message', { message: { text: 'hi' } });
      statuses.push(response.status);
      await response.text();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    await first.close();

    const second = await startTestServer({ env });
    try {
      const after = await second.post('/v1/bots/demo/message', { message: { text: 'hi again' } });
      expect(after.status).toBe(429);
      expect(statSync(join(dataDir, 'rate-limits.db')).mode & 0o777).toBe(0o600);
    } finally {
      await second.close();
    }
  });
});
