/** A `dns.lookup` replacement for sockets: resolves, then refuses the connection unless every address passes the policy. */
import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import type { AddressPolicy } from './address-policy.js';
import { OutboundError } from './outbound-error.js';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Checked at connect time, on the addresses the socket will use, so a name that resolves to a
 * private address (or changes its answer between a check and the connection) is refused.
 */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((entry) => !policy.allows(entry.address));
      if (refused || addresses.length === 0) {
        return callback(new OutboundError('target_refused') as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** Resolves a host name and checks every address, for callers that cannot hook the socket (an SDK's own client). */
export function checkHost(hostname: string, policy: AddressPolicy): Promise<void> {
  return new Promise((resolve, reject) => {
    guardedLookup(policy)(hostname, { all: true }, (error) => (error ? reject(error) : resolve()));
  });
}
