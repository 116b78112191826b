/** Runs the Store contract against the in-memory store. */
import { createMemoryStore } from '@frontdesk/core/testing';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory', async () => createMemoryStore());
