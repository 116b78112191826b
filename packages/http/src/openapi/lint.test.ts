/** The generated `/openapi.json` passes Redocly's recommended rules with zero errors; warnings are printed. */
import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

const handler = { handleRequest: async () => new Response('ok') };
/** Teams with its registration and routing API, so those routes are linted too. */
const teams = {
  ...handler,
  registerApp: async () => ({}) as never,
  listApps: async () => [],
  removeApp: async () => {},
  routeChannel: async () => ({}) as never,
  unrouteChannel: async () => {},
};

describe('/openapi.json under Redocly lint (recommended)', () => {
  it('has no errors', async () => {
    // Every optional part mounted, so every route is linted.
    const { app } = await adminTestApp({ slack: handler, teams });
    const source = await (await app.request('/openapi.json')).text();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const lines = (severity: string) =>
      problems
        .filter((problem) => problem.severity === severity)
        .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
    const warnings = lines('warn');
    if (warnings.length > 0) console.log(`Redocly warnings (${warnings.length}):\n${warnings.join('\n')}`);
    expect(lines('error')).toEqual([]);
  });
});
