/** Which IP addresses Frontdesk may connect to: public unicast only, unless the operator allows more. */
import ipaddr from 'ipaddr.js';

/** The environment variable that lists extra allowed targets: CIDRs, `loopback`, or `*`. */
export const ALLOW_PRIVATE_TARGETS_ENV = 'FRONTDESK_ALLOW_PRIVATE_TARGETS';

export interface AddressPolicy {
  /** True when a connection to this (already resolved) IP address may be made. */
  allows(address: string): boolean;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

const LOOPBACK: readonly string[] = ['127.0.0.0/8', '::1/128'];

/**
 * Builds the policy from the allow-list text (`FRONTDESK_ALLOW_PRIVATE_TARGETS`): comma- or
 * space-separated CIDRs or single addresses, `loopback` for 127.0.0.0/8 and ::1, `*` for everything.
 * Throws naming the entry when one cannot be read, so a typo is not a silent refusal.
 */
export function createAddressPolicy(allowList = ''): AddressPolicy {
  const entries = allowList
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) return { allows: (address) => ipaddr.isValid(address) };
  const ranges: Range[] = entries.flatMap((entry) =>
    (entry === 'loopback' ? LOOPBACK : [entry]).map((cidr) => parseRange(cidr)),
  );
  return {
    allows(address) {
      const parsed = parseAddress(address);
      if (!parsed) return false;
      if (ranges.some((range) => inRange(parsed, range))) return true;
      // Only plain public unicast: this refuses private, loopback, link-local (169.254.169.254),
      // CGNAT, 0.0.0.0, unique-local IPv6 (fd00:ec2::254), IPv4-mapped and translated IPv6 forms.
      return parsed.range() === 'unicast';
    },
  };
}

function parseRange(entry: string): Range {
  try {
    if (entry.includes('/')) return ipaddr.parseCIDR(entry);
    const address = ipaddr.parse(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    throw new Error(
      `${ALLOW_PRIVATE_TARGETS_ENV}: "${entry}" is not a CIDR, an IP address, "loopback" or "*".`,
    );
  }
}

/** Only canonical dotted or IPv6 text: the resolver gives these; odd forms are refused. */
function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const text = address.replace(/^\[|\]$/g, '');
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text);
  return undefined;
}

function inRange(address: ipaddr.IPv4 | ipaddr.IPv6, [network, bits]: Range): boolean {
  if (address.kind() === network.kind()) return address.match(network, bits);
  // An IPv4-mapped IPv6 address matches an allowed IPv4 range (and only then).
  if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() && network.kind() === 'ipv4') {
    return address.toIPv4Address().match(network, bits);
  }
  return false;
}

let cached: { text: string; policy: AddressPolicy } | undefined;

/** The policy from the environment, re-read when the variable changes. */
export function policyFromEnvironment(env: NodeJS.ProcessEnv = process.env): AddressPolicy {
  const text = env[ALLOW_PRIVATE_TARGETS_ENV] ?? '';
  if (cached?.text !== text) cached = { text, policy: createAddressPolicy(text) };
  return cached.policy;
}
