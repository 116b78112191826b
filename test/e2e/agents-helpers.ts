// Shared by the agents e2e tests: JSON calls that remember every response body, and the database bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNER_TOKEN, type TestServer } from './harness.js';
import { onPostgres, postgresRowsText } from './test-database.js';

export interface Api {
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answered
  call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
  /** Every response body seen so far, as text. */
  bodies: string[];
}

export function api(server: TestServer): Api {
  const bodies: string[] = [];
  return {
    bodies,
    async call(method, path, body) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      bodies.push(text);
      return { status: response.status, json: text ? JSON.parse(text) : undefined };
    },
  };
}

/**
 * Everything the database holds, as one string: the SQLite file and its write-ahead log, or on
 * PostgreSQL (FRONTDESK_TEST_DATABASE_URL) every row of the server's schema as text.
 */
export async function databaseBytes(dataDir: string): Promise<string> {
  if (onPostgres) return postgresRowsText(dataDir);
  return ['frontdesk.db', 'frontdesk.db-wal']
    .map((name) => join(dataDir, name))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}
