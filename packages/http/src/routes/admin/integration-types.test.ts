import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any };

describe('/v1/integrations/types', () => {
  it('lists OpenAI, Jira, ServiceNow, webhook, Slack and Teams with how each is set up', async () => {
    const test = await adminTestApp();
    const viewer = await test.token('ws_a', 'viewer');
    const types = (await json(await test.call(viewer, 'GET', '/v1/integrations/types'))).data;
    expect(types.map((type: { slug: string }) => type.slug)).toEqual(
      expect.arrayContaining(['openai', 'jira', 'servicenow', 'webhook', 'slack', 'teams']),
    );
    expect(types.find((type: { slug: string }) => type.slug === 'slack')).toMatchObject({
      configuredBy: 'environment',
      available: false,
    });
    expect(types.find((type: { slug: string }) => type.slug === 'jira').environments).toEqual([
      'stage',
      'production',
    ]);
  });
});
