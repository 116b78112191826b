/** Where a bot's knowledge folder may be: a name inside the workspace's folder under FRONTDESK_KNOWLEDGE_ROOT. */
import { join, resolve, sep } from 'node:path';
import { type AgentSettings, ValidationError } from '@frontdesk/core';
import type { Settings } from '../settings/config.js';

export type KnowledgeSettings = Pick<Settings, 'knowledgeDir' | 'dataDir'> &
  Partial<Pick<Settings, 'knowledgeRoot'>>;

/** A folder name: no separators, no `..`, no leading dot. */
const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The root holding one folder per workspace. Default `DATA_DIR/knowledge`. */
export function knowledgeRoot(settings: KnowledgeSettings): string {
  return settings.knowledgeRoot ?? join(settings.dataDir, 'knowledge');
}

/**
 * The absolute folder for a bot's `knowledgeDir`: the operator's demo folder (FRONTDESK_KNOWLEDGE_DIR)
 * as configured, or a plain name resolved to `ROOT/<workspaceId>/<name>`. Anything else (an absolute
 * path, `../`, another workspace's folder) is a ValidationError, so a tenant cannot read server files.
 */
export function knowledgeFolder(
  workspaceId: string,
  knowledgeDir: string,
  settings: KnowledgeSettings,
): string {
  if (resolve(knowledgeDir) === resolve(settings.knowledgeDir)) return resolve(settings.knowledgeDir);
  if (!FOLDER_NAME.test(knowledgeDir) || knowledgeDir.includes('..') || !FOLDER_NAME.test(workspaceId)) {
    throw new ValidationError(
      `knowledgeDir: expected a folder name (letters, digits, ".", "_", "-") inside this workspace's knowledge folder, got "${knowledgeDir.slice(0, 80)}".`,
    );
  }
  const workspaceFolder = resolve(knowledgeRoot(settings), workspaceId);
  const folder = resolve(workspaceFolder, knowledgeDir);
  if (!folder.startsWith(`${workspaceFolder}${sep}`))
    throw new ValidationError('knowledgeDir: outside the knowledge root.');
  return folder;
}

/** The folder of articles shared by all of a workspace's bots: `ROOT/<workspaceId>/_shared`. */
export function sharedKnowledgeFolder(workspaceId: string, settings: KnowledgeSettings): string {
  if (!FOLDER_NAME.test(workspaceId)) throw new ValidationError('workspaceId: not a folder name');
  // No bot can name it: a bot's folder name starts with a letter or digit.
  return resolve(knowledgeRoot(settings), workspaceId, SHARED_FOLDER);
}

export const SHARED_FOLDER = '_shared';

/** Checks an agent's `knowledgeDir` when a bot is saved; 400 when it points outside the workspace's folder. */
export function checkAgentKnowledge(
  workspaceId: string,
  agent: AgentSettings | undefined,
  settings: KnowledgeSettings,
): void {
  if (agent && 'knowledgeDir' in agent && typeof agent.knowledgeDir === 'string') {
    knowledgeFolder(workspaceId, agent.knowledgeDir, settings);
  }
}
