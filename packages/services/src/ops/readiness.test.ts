import { describe, expect, it } from 'vitest';
import { createReadiness } from './readiness.js';

const up = { ping: async () => {} };
const down = { ping: async () => Promise.reject(new Error('connection refused')) };
const hung = { ping: () => new Promise<void>(() => {}) };

describe('createReadiness', () => {
  it('is ready when the store answers and every migration ran; Redis unset is not a failure', async () => {
    const readiness = createReadiness({
      store: up,
      migrations: async () => [{ name: '001', executedAt: new Date() }],
    });
    expect(await readiness.check()).toEqual({
      ready: true,
      checks: { store: 'ok', redis: 'not-used', migrations: 'ok' },
    });
  });

  it('names what is wrong: a failing store, and a migration not yet run', async () => {
    const readiness = createReadiness({
      store: down,
      migrations: async () => [
        { name: '001', executedAt: new Date() },
        { name: '002', executedAt: null },
      ],
    });
    expect(await readiness.check()).toEqual({
      ready: false,
      checks: { store: 'unavailable', redis: 'not-used', migrations: 'pending' },
    });
  });

  it('is not ready while Redis does not answer', async () => {
    const redis = { ping: async () => Promise.reject(new Error('The client is closed')) };
    const result = await createReadiness({ store: up, redis: redis as never }).check();
    expect(result).toEqual({
      ready: false,
      checks: { store: 'ok', redis: 'unavailable', migrations: 'not-used' },
    });
  });

  it('gives up on a check that does not answer within 2 s', async () => {
    const started = Date.now();
    const result = await createReadiness({ store: hung }).check();
    expect(result.checks.store).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
