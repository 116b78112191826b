// Two instances on one PostgreSQL and no Redis: live events travel by LISTEN/NOTIFY, and a widget
// acknowledges what it receives, so 'delivered' and 'waiting' stay honest without Redis.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { postgresReachable } from '../postgres-schema.js';
import { type Cluster, startCluster } from './cluster.js';
import { bothReady, liveEventTests } from './live-events.js';

const reachable = await postgresReachable();
let cluster: Cluster;

beforeAll(async () => {
  if (reachable) cluster = await startCluster({ REDIS_URL: '' });
}, 60_000);
afterAll(() => cluster?.close(), 30_000);

describe.skipIf(!reachable)('two instances on PostgreSQL without Redis', () => {
  it('both are ready, without Redis', () => bothReady(cluster, 'not-used'));

  liveEventTests(() => cluster);
});
