// Every test's fakes listen on 127.0.0.1: allow loopback targets for the outbound policy
// (spawned `frontdesk start` processes inherit this environment). SSRF tests pass their own policy.
process.env.FRONTDESK_ALLOW_PRIVATE_TARGETS ??= 'loopback';
