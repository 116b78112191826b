/** Tries a knowledge connector with one query and measures it: used when it is registered and by `POST /v1/connectors/{id}/test`. */
import { queryConnector } from '@frontdesk/agents';
import type { Connector } from '@frontdesk/core';
import { connectorTarget } from '@frontdesk/services/agents/connector-targets';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import type { AppDependencies } from '../app-dependencies.js';

/** How much longer than its timeout a test waits, to report how slow a connector is. */
const MEASURE_MARGIN_MS = 5000;

/** The query a test sends. */
export const TEST_QUERY = 'frontdesk connector test';

export type ConnectorTestDependencies = Pick<AppDependencies, 'store' | 'clock' | 'ids' | 'settings'> & {
  secrets: SecretBox;
};

export type ConnectorTestResult =
  | { ok: true; elapsedMs: number }
  | { ok: false; elapsedMs: number; reason: 'failed' | 'slow'; error: string };

/** Sends the test query; a connector slower than its `timeoutMs` fails, since every chat with it would. */
export async function testConnector(
  connector: Connector,
  deps: ConnectorTestDependencies,
): Promise<ConnectorTestResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // A little over the limit, so a slow connector is measured and named rather than cut off.
    const target = {
      ...connectorTarget(connector, deps),
      timeoutMs: connector.timeoutMs + MEASURE_MARGIN_MS,
    };
    await queryConnector(target, TEST_QUERY);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it did not answer';
    return { ok: false, elapsedMs: elapsed(), reason: 'failed', error: reason };
  }
  const elapsedMs = elapsed();
  if (elapsedMs > connector.timeoutMs) {
    return {
      ok: false,
      elapsedMs,
      reason: 'slow',
      error: `timeout_ms: the connector answered the test in ${elapsedMs} ms, over its timeout_ms of ${connector.timeoutMs} ms, so every chat would fail`,
    };
  }
  return { ok: true, elapsedMs };
}
