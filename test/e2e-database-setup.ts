// Setup for the PostgreSQL pass (vitest.postgres.config.ts): each test file drops the schemas its servers used.
import { afterAll } from 'vitest';
import { dropTestSchemas } from './e2e/test-database.js';

afterAll(dropTestSchemas, 30_000);
