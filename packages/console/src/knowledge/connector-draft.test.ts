// What the connector edit form sends, and when it asks for a secret first.
import { describe, expect, it } from 'vitest';
import { connectorPatch, draftOf, secretNeeded, testedOnSave } from './connector-draft.js';
import type { Connector } from './knowledge-api.js';

const wiki: Connector = {
  id: 'con_1',
  name: 'Wiki',
  description: '',
  url: 'https://wiki.example/search',
  excludes: ['internal_notes'],
  active: true,
  continue_on_failure: false,
  timeout_ms: 5000,
  service_auth: { type: 'bearer', token: '****42' },
  created_at: '2025-01-01T00:00:00.000Z',
  updated_at: '2025-01-01T00:00:00.000Z',
};

const oauth: Connector = {
  ...wiki,
  service_auth: undefined,
  oauth: {
    client_id: '****',
    client_secret: '****',
    authorize_url: 'https://id.example/authorize',
    token_url: 'https://id.example/token',
    authorized: true,
  },
};

describe('draftOf', () => {
  it('pre-fills the stored values and leaves every secret empty', () => {
    const draft = draftOf(wiki);
    expect(draft).toMatchObject({ name: 'Wiki', url: wiki.url, excludes: 'internal_notes', auth: 'bearer' });
    expect([draft.token, draft.clientId, draft.clientSecret]).toEqual(['', '', '']);
    expect(draftOf(oauth)).toMatchObject({ auth: 'oauth', authorizeUrl: 'https://id.example/authorize' });
  });
});

describe('connectorPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(connectorPatch(wiki, draftOf(wiki))).toEqual({});
  });

  it('sends only the changed settings under their API names', () => {
    const body = connectorPatch(
      { ...wiki, mcp_tool: 'search' },
      {
        ...draftOf({ ...wiki, mcp_tool: 'search' }),
        name: ' Team wiki ',
        mcpTool: '',
        excludes: 'internal_notes, draft,\nprice',
        timeout: '8000',
        continueOnFailure: true,
      },
    );
    expect(body).toEqual({
      name: 'Team wiki',
      mcp_tool: null,
      excludes: ['internal_notes', 'draft', 'price'],
      timeout_ms: 8000,
      continue_on_failure: true,
    });
    expect(testedOnSave(draftOf(wiki), body)).toBe(true);
    expect(testedOnSave(draftOf(wiki), { name: 'x' })).toBe(false);
    expect(testedOnSave(draftOf(oauth), { url: 'https://elsewhere.example' })).toBe(false);
  });

  it('keeps the stored token when the token field is empty, replaces it when typed', () => {
    expect(connectorPatch(wiki, { ...draftOf(wiki), name: 'Docs' })).toEqual({ name: 'Docs' });
    expect(connectorPatch(wiki, { ...draftOf(wiki), token: 'new' })).toEqual({
      service_auth: { type: 'bearer', token: 'new' },
    });
  });

  it('sends the whole OAuth client when an OAuth setting changes', () => {
    const draft = { ...draftOf(oauth), scope: 'read', clientId: 'id', clientSecret: 'secret' };
    expect(connectorPatch(oauth, draft)).toEqual({
      oauth: {
        client_id: 'id',
        client_secret: 'secret',
        authorize_url: 'https://id.example/authorize',
        token_url: 'https://id.example/token',
        scope: 'read',
      },
    });
  });
});

describe('secretNeeded', () => {
  it('asks for the token when the address changes, and says why', () => {
    const moved = { ...draftOf(wiki), url: 'https://elsewhere.example/search' };
    expect(secretNeeded(wiki, moved)).toMatch(/address changed.*never sent to a new address/);
    expect(secretNeeded(wiki, { ...moved, token: 'typed' })).toBeUndefined();
  });

  it('asks for the token when its scheme changes or a sign-in is added', () => {
    expect(secretNeeded(wiki, { ...draftOf(wiki), auth: 'basic' })).toMatch(/change how it is sent/);
    const open = { ...wiki, service_auth: undefined };
    expect(secretNeeded(open, { ...draftOf(open), auth: 'bearer' })).toMatch(/Enter the token/);
  });

  it('needs nothing for a rename, or for moving a connector without a secret', () => {
    expect(secretNeeded(wiki, { ...draftOf(wiki), name: 'Docs' })).toBeUndefined();
    const open = { ...wiki, service_auth: undefined };
    expect(secretNeeded(open, { ...draftOf(open), url: 'https://elsewhere.example' })).toBeUndefined();
  });

  it('asks for the OAuth client ID and secret when the address or an OAuth setting changes', () => {
    expect(secretNeeded(oauth, { ...draftOf(oauth), url: 'https://elsewhere.example' })).toMatch(
      /address changed.*client ID and secret/,
    );
    expect(secretNeeded(oauth, { ...draftOf(oauth), scope: 'read' })).toMatch(/client ID and secret/);
    expect(secretNeeded(oauth, { ...draftOf(oauth), name: 'Docs' })).toBeUndefined();
  });
});
