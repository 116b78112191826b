// Two instances on one PostgreSQL and no Redis: live events travel by LISTEN/NOTIFY, and a widget
// acknowledges what it receives, so 'delivered' and 'waiting' stay honest without Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresReachable } from '../postgres-schema.js';
import { type Cluster, startCluster } from './cluster.js';
import { consoleOnAHearsB, widgetOnAHearsB, widgetOnAHearsPresenceFromB } from './live-events.js';

const reachable = await postgresReachable();
let cluster: Cluster;

beforeAll(async () => {
  if (reachable) cluster = await startCluster({ REDIS_URL: '' });
}, 60_000);
afterAll(() => cluster?.close(), 30_000);

describe.skipIf(!reachable)('two instances on PostgreSQL without Redis', () => {
  it('both are ready, without Redis', async () => {
    for (const instance of [cluster.a, cluster.b]) {
      const ready = await fetch(`${instance.url}/readyz`);
      expect(await ready.json()).toEqual({
        status: 'ok',
        checks: { store: 'ok', redis: 'not-used', migrations: 'ok' },
      });
    }
  });

  it('a widget stream on A receives a staff reply sent through B, reported as delivered', () =>
    widgetOnAHearsB(cluster));

  it("the console's stream on A hears tickets and messages of a conversation on B", () =>
    consoleOnAHearsB(cluster));

  it('a widget stream on A shows staff typing and reading sent through B', () =>
    widgetOnAHearsPresenceFromB(cluster));
});
