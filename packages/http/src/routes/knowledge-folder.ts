/** The knowledge folder a route's `botId` names, for the knowledge routes. */
import type { Article } from '@frontdesk/agents';
import { type Bot, NotFoundError, ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';

/** The agents' view of one knowledge folder. */
export interface KnowledgeFolder {
  /** The folder's absolute path, inside the workspace's knowledge root. */
  dir: string;
  articles(): Article[];
  /** Reads the folder again now, so a change is answered from at once. */
  reindex(): Promise<void>;
}

export interface KnowledgeRouteDependencies extends Pick<AppDependencies, 'store' | 'clock' | 'secrets'> {
  /** The folder a bot's `knowledgeDir` names in its workspace (a 400 when it points outside). */
  knowledgeFolder(workspaceId: string, knowledgeDir: string): KnowledgeFolder;
  /** The workspace's shared articles, which every bot of the workspace also answers from. */
  sharedKnowledgeFolder(workspaceId: string): KnowledgeFolder;
}

/** The bot's folder: bots that share a folder share its articles. 404 for an unknown bot. */
export async function folderOfBot(
  deps: KnowledgeRouteDependencies,
  context: Context<AppEnv>,
): Promise<{ dir: string; folder: KnowledgeFolder }> {
  const botId = context.req.param('botId') ?? '';
  const bot = await deps.store.getBot(context.get('token').workspaceId, botId);
  if (!bot) throw new NotFoundError('botId not found');
  const dir = knowledgeDirOf(bot);
  if (!dir)
    throw new ValidationError(`botId: bot ${botId} has no knowledge folder (its agent is ${bot.agent.kind})`);
  const folder = deps.knowledgeFolder(bot.workspaceId, dir);
  return { dir: folder.dir, folder };
}

function knowledgeDirOf(bot: Bot): string | undefined {
  if (bot.agent.kind === 'embedded') return bot.agent.knowledgeDir;
  if (bot.agent.kind === 'openai') return bot.agent.knowledgeDir;
  return undefined;
}
