/** The port that keeps integrations (credentials) and knowledge connectors. SQL in packages/store. */

export type IntegrationKind = 'openai' | 'enjo' | 'jira' | 'servicenow' | 'webhook';

/** A workspace's credentials for one outside service; the secret is encrypted before it gets here. */
export interface Integration {
  id: string;
  workspaceId: string;
  kind: IntegrationKind;
  name: string;
  environment: 'stage' | 'production';
  status: 'active' | 'inactive';
  /** Settings that are not secret, e.g. `baseUrl`. */
  data: Record<string, unknown>;
  /** The sealed secret (see the server's secret box); never returned by any API. */
  secret: string | null;
  createdAt: number;
  updatedAt: number;
  /** How its last ticket deliveries went; absent until one was tried. Written only by `recordIntegrationDelivery`. */
  delivery?: IntegrationDelivery;
}

/** The outcome of a ticket integration's deliveries, shown as its status. */
export interface IntegrationDelivery {
  /** When a ticket last reached the remote system (ms), or null. */
  lastDeliveredAt: number | null;
  /** Why the last failed attempt failed, in the remote's words, or null. */
  lastError: string | null;
  lastErrorAt: number | null;
}

/** A knowledge connector: an HTTP search service the agent queries at answer time. */
export interface Connector {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  url: string;
  /** Result fields kept out of the prompt (they stay in the source). */
  excludes: string[];
  active: boolean;
  continueOnFailure: boolean;
  /** How long a chat waits for this connector, in milliseconds; registration refuses one slower than this. */
  timeoutMs: number;
  /** Set: `url` is an MCP server (Streamable HTTP) searched through this tool; unset or null: `POST {url}` with `{"query"}`. */
  mcpTool?: string | null;
  authKind: 'none' | 'service' | 'oauth';
  /** Auth settings that are not secret: service token type; OAuth urls, scope, token expiry. */
  auth: Record<string, unknown>;
  /** Sealed JSON of the secrets (service token, OAuth client secret and tokens), or null. */
  secret: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface CredentialStore {
  /** Inserts or replaces an integration (keyed by id). */
  saveIntegration(integration: Integration): Promise<void>;
  getIntegration(workspaceId: string, id: string): Promise<Integration | undefined>;
  /** By id alone (ids are unique across workspaces), for hook URLs that name no workspace: one indexed read. */
  findIntegration(id: string): Promise<Integration | undefined>;
  /** The workspace's integrations, oldest first. */
  listIntegrations(workspaceId: string): Promise<Integration[]>;
  /** False when there was no such integration in the workspace. */
  deleteIntegration(workspaceId: string, id: string): Promise<boolean>;
  /**
   * Records a delivery attempt: `error` null sets the last delivery time, else the last error and
   * its time. `saveIntegration` never overwrites these, so an edit cannot erase an outcome. No-op when gone.
   */
  recordIntegrationDelivery(
    workspaceId: string,
    id: string,
    outcome: { at: number; error: string | null },
  ): Promise<void>;

  /** Inserts or replaces a connector (keyed by id). */
  saveConnector(connector: Connector): Promise<void>;
  getConnector(workspaceId: string, id: string): Promise<Connector | undefined>;
  /** The workspace's connectors, oldest first. */
  listConnectors(workspaceId: string): Promise<Connector[]>;
  /** False when there was no such connector in the workspace. */
  deleteConnector(workspaceId: string, id: string): Promise<boolean>;
}
