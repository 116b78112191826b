/** The public surface of @frontdesk/http: the API's dependencies and Hono environment; routes are imported by path. */

export type { AppDependencies } from './app-dependencies.js';
export type { AppEnv } from './app-env.js';
export { errorResponse } from './error-response.js';
