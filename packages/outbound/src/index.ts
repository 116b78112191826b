/** @frontdesk/outbound: the one HTTP client for every URL someone configured (connectors, agents, sinks, OAuth, Teams). */
export {
  type AddressPolicy,
  ALLOW_PRIVATE_TARGETS_ENV,
  createAddressPolicy,
  policyFromEnvironment,
} from './address-policy.js';
export { isOutboundError, OutboundError, type OutboundErrorCode } from './outbound-error.js';
export {
  assertAllowedTarget,
  createOutboundFetch,
  DEFAULT_MAX_RESPONSE_BYTES,
  type OutboundFetch,
  type OutboundOptions,
} from './outbound-fetch.js';

import { createOutboundFetch } from './outbound-fetch.js';

/** The shared client with the defaults (policy from the environment, 15 s, 10 MiB). */
export const outboundFetch = createOutboundFetch();
