import { ConnectorError, queryConnector } from '@frontdesk/agents';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeMcp, startFakeMcp } from '../fakes/mcp-server.js';

describe('queryConnector with an MCP server (Streamable HTTP)', () => {
  let fake: FakeMcp;
  afterEach(() => fake.close());

  it('calls the search tool and turns its resource links into documents with sources', async () => {
    fake = await startFakeMcp();
    const documents = await queryConnector(
      {
        name: 'Docs',
        url: fake.url,
        mcpTool: 'search',
        excludes: [],
        continueOnFailure: false,
        authorization: async () => 'Bearer mcp-token',
      },
      'how much mileage for business trips',
    );
    expect(fake.queries).toEqual(['how much mileage for business trips']);
    expect(fake.authorizations).toContain('Bearer mcp-token');
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      connectorName: 'Docs',
      fields: { title: 'Mileage allowance', url: 'https://docs.example/mileage' },
    });
  });

  it('reports a failing tool as a connector error naming the connector', async () => {
    fake = await startFakeMcp({ failTool: true });
    const target = { name: 'Docs', url: fake.url, mcpTool: 'search', excludes: [], continueOnFailure: false };
    await expect(queryConnector(target, 'mileage')).rejects.toThrow(ConnectorError);
    await expect(queryConnector(target, 'mileage')).rejects.toThrow(/Docs.*index offline/);
  });
});
