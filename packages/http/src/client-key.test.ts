import { describe, expect, it } from 'vitest';
import { createProxyTrust, resolveClientAddress, UNKNOWN_CLIENT } from './client-key.js';

describe('resolveClientAddress', () => {
  const trustNobody = createProxyTrust([]);
  const trustLoopback = createProxyTrust(['loopback']);
  const trustProxies = createProxyTrust(['10.0.0.1', '10.0.0.2']);

  it('uses the socket address when no proxy is trusted', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', trustNobody)).toBe('203.0.113.9');
  });

  it('treats IPv4-mapped IPv6 addresses as IPv4', () => {
    expect(resolveClientAddress('::ffff:203.0.113.9', undefined, trustNobody)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.1', trustLoopback)).toBe('198.51.100.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', trustProxies)).toBe('203.0.113.9');
  });

  it('takes the nearest untrusted forwarded address behind trusted proxies', () => {
    expect(resolveClientAddress('10.0.0.1', '198.51.100.1', trustProxies)).toBe('198.51.100.1');
    expect(resolveClientAddress('10.0.0.1', '198.51.100.1, 10.0.0.2', trustProxies)).toBe('198.51.100.1');
  });

  it('does not let a client pick its key by writing X-Forwarded-For itself', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(resolveClientAddress('10.0.0.1', '1.2.3.4, 198.51.100.1', trustProxies)).toBe('198.51.100.1');
  });

  it('stops at garbage in the header', () => {
    expect(resolveClientAddress('10.0.0.1', 'not-an-ip', trustProxies)).toBe('10.0.0.1');
  });

  it('has a key even without a socket', () => {
    expect(resolveClientAddress(undefined, undefined, trustNobody)).toBe(UNKNOWN_CLIENT);
  });
});
