/** The public surface of @frontdesk/services: settings, accounts, secrets and the runtime's parts. No HTTP. */

export { type BootstrapResult, bootstrap, DEFAULT_WORKSPACE_ID } from './accounts/bootstrap.js';
export { createToken, hashToken, verifyToken } from './accounts/tokens.js';
export type { AgentRegistry } from './agents/agent-registry.js';
export {
  createResumeLinks,
  RESUME_PARAMETER,
  type ResumeClaims,
  type ResumeLinks,
} from './email/resume-link.js';
export { type ResumedVisitor, resumeVisitor } from './email/resume-visitor.js';
export { createLogger, type LoggerOptions } from './logger.js';
export { createMemoryRateLimiter } from './rate-limiter.js';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime/runtime.js';
export { loadSecretKey } from './secrets/secret-box.js';
export {
  loadEnvFile,
  loadSettings,
  type Settings,
  SettingsError,
  settingsSchema,
} from './settings/config.js';
