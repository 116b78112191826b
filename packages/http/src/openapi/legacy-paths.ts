/** The hand-written paths not yet declared on their routes; shrinks to nothing as routes describe themselves. */
import { agentPaths } from './agent-paths.js';
import type { Paths } from './helpers.js';
import { hookPaths } from './hook-paths.js';
import { knowledgePaths } from './knowledge-paths.js';
import { widgetPaths } from './widget-paths.js';

export function legacyPaths(): Paths {
  return {
    ...agentPaths(),
    ...widgetPaths(),
    ...hookPaths(),
    ...knowledgePaths(),
  };
}
