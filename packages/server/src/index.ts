/** The public surface of @frontdesk/server. */

export type { AgentRegistry } from './agents.js';
export { createApp } from './app.js';
export type { AppDependencies } from './app-dependencies.js';
export type { AppEnv } from './app-env.js';
export { type BootstrapResult, bootstrap, DEFAULT_WORKSPACE_ID } from './bootstrap.js';
export { loadEnvFile, loadSettings, type Settings, SettingsError, settingsSchema } from './config.js';
export {
  createResumeLinks,
  RESUME_PARAMETER,
  type ResumeClaims,
  type ResumeLinks,
} from './email/resume-link.js';
export { type ResumedVisitor, resumeVisitor } from './email/resume-visitor.js';
export { createLogger, type LoggerOptions } from './logger.js';
export { createMemoryRateLimiter } from './rate-limiter.js';
export { loadSecretKey } from './secret-box.js';
export { type RunningServer, type StartOptions, startServer } from './server.js';
export { createToken, hashToken, verifyToken } from './tokens.js';
