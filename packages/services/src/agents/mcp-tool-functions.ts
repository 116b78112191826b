/** The MCP tools a bot allow-lists (`agent.mcpTools`), as functions its `openai` agent may call. */
import { type HttpFunction, mcpToolFunctions, type ToolListCache } from '@frontdesk/agents';
import { AgentError, type Bot, type OpenAiAgentSettings } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { OAuthDependencies } from './connector-oauth.js';
import { connectorTarget } from './connector-targets.js';

/** Tool lists are read again after a minute, or at once when the connector changes (its `updatedAt`). */
const TOOL_LIST_TTL_MS = 60_000;
const toolLists: ToolListCache = new Map();

/**
 * Lists each connector's tools and keeps the allow-listed ones. A connector that is gone, inactive
 * or not an MCP server is skipped with a warning; one that fails is skipped too when it says
 * `continueOnFailure`, else the message fails (502), as its searches do.
 */
export async function mcpFunctions(
  bot: Bot,
  agent: OpenAiAgentSettings,
  deps: OAuthDependencies & { logger: Logger },
  options: { signal: AbortSignal; taken: readonly string[] },
): Promise<HttpFunction[]> {
  const functions: HttpFunction[] = [];
  for (const entry of agent.mcpTools) {
    const connector = await deps.store.getConnector(bot.workspaceId, entry.connectorId);
    const log = deps.logger.child({ botId: bot.id, connectorId: entry.connectorId });
    if (!connector?.active || !connector.mcpTool) {
      log.warn(
        'agent.mcpTools: the connector is missing, inactive or not an MCP server; its tools are left out',
      );
      continue;
    }
    const target = connectorTarget(connector, deps);
    try {
      functions.push(
        ...(await mcpToolFunctions(
          {
            name: connector.name,
            url: connector.url,
            allow: entry.tools,
            timeoutMs: connector.timeoutMs,
            authorization: target.authorization,
          },
          {
            signal: options.signal,
            taken: [...options.taken, ...functions.map((fn) => fn.name)],
            onMissing: (tool) => log.warn({ tool }, 'agent.mcpTools: the MCP server has no such tool'),
            cache: {
              key: `${connector.workspaceId}:${connector.id}:${connector.updatedAt}`,
              store: toolLists,
              ttlMs: TOOL_LIST_TTL_MS,
              now: () => deps.clock.now(),
            },
          },
        )),
      );
    } catch (error) {
      options.signal.throwIfAborted();
      const reason = error instanceof Error ? error.message : String(error);
      if (!connector.continueOnFailure) {
        throw new AgentError(
          `Bot ${bot.id}: the tools of connector ${connector.name} cannot be listed: ${reason}`,
        );
      }
      log.warn({ reason }, 'agent.mcpTools: listing the tools failed; continuing without them');
    }
  }
  return functions;
}
