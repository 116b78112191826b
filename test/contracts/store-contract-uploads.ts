/** Store contract: widget uploads, unsent until a message carries them, found by age for the purge. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, T0 } from './store-fixtures.js';

const HOUR = 60 * 60 * 1000;
const upload = (id: string, createdAt: number, workspaceId = 'ws_a') => ({
  id,
  workspaceId,
  botId: 'demo',
  visitorId: 'vis_1',
  createdAt,
});

export function describeUploadContract(getStore: () => Store): void {
  describe('uploads', () => {
    it('lists unsent uploads older than the cut-off, oldest first, up to the limit', async () => {
      const store = getStore();
      await store.recordUpload(upload('att_c', T0 + 2 * HOUR));
      await store.recordUpload(upload('att_a', T0));
      await store.recordUpload(upload('att_b', T0 + HOUR));
      await store.recordUpload(upload('att_new', T0 + 30 * HOUR));
      const old = await store.listUnsentUploads(T0 + 24 * HOUR, 10);
      expect(old.map((found) => found.id)).toEqual(['att_a', 'att_b', 'att_c']);
      expect(old[0]).toEqual({ ...upload('att_a', T0), sentAt: null });
      expect((await store.listUnsentUploads(T0 + 24 * HOUR, 2)).map((found) => found.id)).toEqual([
        'att_a',
        'att_b',
      ]);
    });

    it('never lists or deletes an upload a message carried, and keeps its first sending time', async () => {
      const store = getStore();
      await store.recordUpload(upload('att_sent', T0));
      await store.recordUpload(upload('att_left', T0));
      await store.markUploadsSent(['att_sent', 'att_unknown'], T0 + 5);
      await store.markUploadsSent(['att_sent'], T0 + 9);
      expect((await store.listUnsentUploads(T0 + 48 * HOUR, 10)).map((found) => found.id)).toEqual([
        'att_left',
      ]);
      expect(await store.deleteUnsentUpload('att_sent')).toBe(false);
      expect(await store.deleteUnsentUpload('att_left')).toBe(true);
      expect(await store.deleteUnsentUpload('att_left')).toBe(false);
      expect(await store.listUnsentUploads(T0 + 48 * HOUR, 10)).toEqual([]);
    });

    it('refuses a second record of the same id', async () => {
      const store = getStore();
      await store.recordUpload(upload('att_twice', T0));
      await expect(store.recordUpload(upload('att_twice', T0 + 1))).rejects.toThrow();
    });

    it('forgets the uploads of a deleted workspace', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_gone' }));
      await store.recordUpload(upload('att_ws', T0, 'ws_gone'));
      expect(await store.countWorkspace('ws_gone')).toMatchObject({ uploads: 1 });
      expect(await store.deleteWorkspace('ws_gone')).toBe(true);
      expect(await store.listUnsentUploads(T0 + 48 * HOUR, 10)).toEqual([]);
    });
  });
}
