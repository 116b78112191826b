/** The port that keeps workspaces, bots and tokens. SQL in packages/store. */
import type { Bot, Token, Workspace } from './records.js';

export interface WorkspaceStore {
  createWorkspace(workspace: Workspace): Promise<void>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  listWorkspaces(): Promise<Workspace[]>;

  /** Inserts or replaces a bot (keyed by workspace and id). */
  saveBot(bot: Bot): Promise<void>;
  getBot(workspaceId: string, botId: string): Promise<Bot | undefined>;
  listBots(workspaceId?: string): Promise<Bot[]>;
  /** Deletes a bot that has no conversations, and its sessions; false when there is no such bot. Throws while conversations refer to it. */
  deleteBot(workspaceId: string, botId: string): Promise<boolean>;

  createToken(token: Token): Promise<void>;
  findTokenByHash(hash: string): Promise<Token | undefined>;
  listTokens(workspaceId?: string): Promise<Token[]>;
  /** Marks the token revoked; false when there is no such token. */
  revokeToken(id: string, revokedAt: number): Promise<boolean>;
  touchToken(id: string, lastUsedAt: number): Promise<void>;
}
