/** The tables of migration 0008 (members, roles, groups, request log), as Kysely sees them. */

export interface MemberTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  created_at: number;
  updated_at: number;
}

/** `roles` and `member_groups`: the varying part is JSON in `data`. */
export interface NamedJsonTable {
  id: string;
  workspace_id: string;
  name: string;
  data: string;
  created_at: number;
  updated_at: number;
}

export interface RequestLogTable {
  id: string;
  workspace_id: string | null;
  method: string;
  route: string;
  status: number;
  duration_ms: number;
  token_id: string | null;
  ip: string | null;
  request_id: string;
  /** Migration 0041: the route's `:botId`, or null. */
  bot_id?: string | null;
  created_at: number;
}

/** Merged into `Database`. */
export interface MemberTables {
  members: MemberTable;
  roles: NamedJsonTable;
  member_groups: NamedJsonTable;
  request_log: RequestLogTable;
}
