/** Attachments on local disk: `<dir>/<id>` holds the bytes, `<id>.json` who owns them. */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_ID, type FileStorage, type StoredFileInfo } from './file-storage.js';

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Writes to a temporary name first, so a crash never leaves half a file under a real id. */
async function writeWhole(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data, { mode: 0o600 });
  await rename(temporary, path);
}

export function createDiskFileStorage(dir: string): FileStorage {
  let ready: Promise<unknown> | undefined;
  const pathOf = (id: string) => {
    if (!FILE_ID.test(id)) throw new Error(`not a file id: ${id}`);
    return join(dir, id);
  };
  async function info(id: string): Promise<StoredFileInfo | undefined> {
    if (!FILE_ID.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(`${pathOf(id)}.json`, 'utf8')) as StoredFileInfo;
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  }
  async function remove(id: string): Promise<void> {
    const path = pathOf(id);
    await rm(`${path}.json`, { force: true });
    await rm(path, { force: true });
  }
  return {
    kind: 'disk',
    async put(file) {
      ready ??= mkdir(dir, { recursive: true, mode: 0o700 });
      await ready;
      const path = pathOf(file.info.id);
      // Bytes first: metadata on disk means the file is complete.
      await writeWhole(path, file.body);
      await writeWhole(`${path}.json`, JSON.stringify(file.info));
    },
    info,
    async get(id) {
      const found = await info(id);
      if (!found) return undefined;
      return { info: found, body: new Uint8Array(await readFile(pathOf(id))) };
    },
    delete: remove,
    async deleteWorkspaceFiles(workspaceId) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (missing(error)) return 0;
        throw error;
      }
      let deleted = 0;
      for (const name of names) {
        const id = name.slice(0, -'.json'.length);
        if (!name.endsWith('.json') || !FILE_ID.test(id)) continue;
        if ((await info(id))?.workspaceId !== workspaceId) continue;
        await remove(id);
        deleted += 1;
      }
      return deleted;
    },
  };
}
