/** Checks that what a bot refers to (integration, connectors, fallback bot) exists in its workspace. */
import { type Bot, type OpenAiAgentSettings, type Store, ValidationError } from '@frontdesk/core';

const TICKET_KINDS = new Set(['jira', 'servicenow', 'webhook']);

/** Throws a 400 naming the first missing reference. */
export async function checkBotReferences(store: Store, bot: Bot): Promise<void> {
  const { agent, workspaceId } = bot;
  if ((agent.kind === 'openai' || agent.kind === 'remote') && agent.integrationId) {
    const integration = await store.getIntegration(workspaceId, agent.integrationId);
    const wanted = agent.kind === 'openai' ? 'openai' : 'enjo';
    if (integration?.kind !== wanted) {
      throw new ValidationError(
        `agent.integrationId: no ${wanted} integration ${agent.integrationId} in this workspace`,
      );
    }
  }
  if (agent.kind === 'openai' && agent.function?.integrationId) {
    const signing = await store.getIntegration(workspaceId, agent.function.integrationId);
    if (signing?.kind !== 'webhook') {
      throw new ValidationError(
        `agent.function.integrationId: no webhook integration ${agent.function.integrationId} in this workspace`,
      );
    }
  }
  if (agent.kind === 'openai') {
    for (const id of agent.connectorIds) {
      if (!(await store.getConnector(workspaceId, id)))
        throw new ValidationError(`agent.connectorIds: no connector ${id}`);
    }
    await checkMcpTools(store, workspaceId, agent, 'agent.');
  }
  const ticketIntegrationId = bot.settings.ticketPolicy.integrationId;
  if (ticketIntegrationId !== undefined) {
    const integration = await store.getIntegration(workspaceId, ticketIntegrationId);
    if (!integration || !TICKET_KINDS.has(integration.kind)) {
      throw new ValidationError(
        `settings.ticketPolicy.integrationId: no jira, servicenow or webhook integration ${ticketIntegrationId} in this workspace`,
      );
    }
  }
  const fallback = bot.settings.rules.fallbackBotId;
  if (fallback !== undefined) {
    if (fallback === bot.id)
      throw new ValidationError('settings.rules.fallbackBotId: a bot cannot be its own fallback');
    if (!(await store.getBot(workspaceId, fallback))) {
      throw new ValidationError(`settings.rules.fallbackBotId: no bot ${fallback} in this workspace`);
    }
  }
}

/** Each `mcpTools` entry names an MCP connector (one with `mcp_tool`) of the workspace; a 400 otherwise. */
export async function checkMcpTools(
  store: Store,
  workspaceId: string,
  agent: OpenAiAgentSettings,
  prefix: string,
): Promise<void> {
  for (const [index, entry] of agent.mcpTools.entries()) {
    const connector = await store.getConnector(workspaceId, entry.connectorId);
    if (!connector?.mcpTool) {
      throw new ValidationError(
        `${prefix}mcpTools.${index}.connectorId: no MCP connector ${entry.connectorId} in this workspace`,
      );
    }
  }
}
