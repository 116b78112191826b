import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite.js';
import { createSqliteVectorStore, type SqliteVectorStore } from './sqlite-vector-store.js';

describe('createSqliteVectorStore', () => {
  let dir: string;
  let vectors: SqliteVectorStore;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-vectors-'));
    const file = path.join(dir, 'frontdesk.db');
    const store = await createSqliteStore({ file });
    await store.close();
    vectors = createSqliteVectorStore(file);
  });
  afterEach(async () => {
    vectors.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads sqlite-vec on this Node and keeps vectors per model and content hash', async () => {
    expect(vectors.usesSqliteVec).toBe(true);
    await vectors.save('model-a', new Map([['hash-1', new Float32Array([0.6, 0.8])]]));
    await vectors.save('model-a', new Map([['hash-1', new Float32Array([1, 0])]]));
    const loaded = await vectors.load('model-a', ['hash-1', 'hash-2']);
    expect([...loaded.keys()]).toEqual(['hash-1']);
    expect([...(loaded.get('hash-1') ?? [])]).toEqual([1, 0]);
    expect((await vectors.load('model-b', ['hash-1'])).size).toBe(0);
  });

  it('finds the nearest vectors in SQL, only among the hashes asked for', async () => {
    await vectors.save(
      'model-a',
      new Map([
        ['east', new Float32Array([1, 0])],
        ['north', new Float32Array([0, 1])],
        ['north-east', new Float32Array([0.7, 0.7])],
      ]),
    );
    const hits = await vectors.nearest('model-a', ['east', 'north-east'], new Float32Array([0, 1]), 5);
    expect(hits.map((hit) => hit.hash)).toEqual(['north-east', 'east']);
    expect(hits[0]?.similarity).toBeCloseTo(Math.SQRT1_2, 3);
    expect(hits[1]?.similarity).toBeCloseTo(0, 3);
  });
});
