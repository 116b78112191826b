/** `@frontdesk/core/testing`: the in-memory Store, for tests only (production always runs on SQL). */

export { createMemoryStore } from './memory-store.js';
