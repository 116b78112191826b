/** The hand-written paths not yet declared on their routes; shrinks to nothing as routes describe themselves. */
import type { Paths } from './helpers.js';
import { widgetPaths } from './widget-paths.js';

export function legacyPaths(): Paths {
  return {
    ...widgetPaths(),
  };
}
