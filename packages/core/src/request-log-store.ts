/** The port that keeps the API request log, written in batches and purged by age. SQL in packages/store. */

/** One API request as the log keeps it; never a body, a header or a secret. */
export interface RequestLogEntry {
  id: string;
  /** The token's workspace; null for requests refused before a token was known. */
  workspaceId: string | null;
  method: string;
  /** The route pattern (`/v1/bots/:botId`), not the path, so ids do not leak across workspaces. */
  route: string;
  status: number;
  durationMs: number;
  tokenId: string | null;
  ip: string | null;
  requestId: string;
  /** The bot the request was about (the `:botId` of its route), when there was one. */
  botId?: string;
  createdAt: number;
}

export interface RequestLogFilter {
  status?: number;
  /** The hundreds of the status: 2 for 2xx … 5 for 5xx. */
  statusClass?: number;
  /** `GET`, `POST`…, exactly. */
  method?: string;
  route?: string;
  /** Part of the route pattern, any case (`bots` finds `/v1/bots/:botId`). */
  routeContains?: string;
  requestId?: string;
  /** Requests about this bot (routes with `:botId`). */
  botId?: string;
  tokenId?: string;
  /** Inclusive lower bound (ms). */
  from?: number;
  /** Exclusive upper bound (ms). */
  to?: number;
  /** At most this many, newest first (default 100). */
  limit?: number;
  /** Skips this many of the newest first (default 0). */
  offset?: number;
}

export interface RequestLogStore {
  /** Writes a batch in one go. */
  appendRequestLogs(entries: RequestLogEntry[]): Promise<void>;
  listRequestLogs(workspaceId: string, filter?: RequestLogFilter): Promise<RequestLogEntry[]>;
  /** How many entries the filter matches (its `limit` and `offset` ignored). */
  countRequestLogs(workspaceId: string, filter?: RequestLogFilter): Promise<number>;
  /** Deletes the workspace's entries (null: those without one) older than `before`; returns how many. */
  purgeRequestLogs(workspaceId: string | null, before: number): Promise<number>;
}
