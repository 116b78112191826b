/** The MCP connector a knowledge source reads, as a target with its token, looked up when the sync runs. */
import type { McpResourcesTarget } from '@frontdesk/agents';
import { ValidationError } from '@frontdesk/core';
import type { OAuthDependencies } from '../agents/connector-oauth.js';
import { connectorTarget } from '../agents/connector-targets.js';

/** Resolves `(workspaceId, connectorId)`; a missing, inactive or non-MCP connector is a 400 naming `connectorId`. */
export function mcpSourceTargets(deps: OAuthDependencies) {
  return async (workspaceId: string, connectorId: string): Promise<McpResourcesTarget> => {
    const connector = await deps.store.getConnector(workspaceId, connectorId);
    if (!connector?.active || !connector.mcpTool) {
      throw new ValidationError(`connectorId: no active MCP connector ${connectorId} in this workspace`);
    }
    const target = connectorTarget(connector, deps);
    return { url: connector.url, timeoutMs: connector.timeoutMs, authorization: target.authorization };
  };
}
