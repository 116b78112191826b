// Signing in as a person over HTTP: invitation, password, session cookie, CSRF, lockout, sign-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** The `fd_session=…` pair of a Set-Cookie header, to send back as a Cookie header. */
function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const pair = /fd_session=[^;]+/.exec(header)?.[0];
  if (!pair) throw new Error(`No session cookie in: ${header}`);
  return pair;
}

describe('console sign-in API', () => {
  let server: TestServer;
  let memberId: string;
  let link: string;

  beforeAll(async () => {
    server = await startTestServer();
  }, 30_000);
  afterAll(() => server?.close());

  const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
  const signIn = (email: string, password: string) =>
    call('/auth/sign-in', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email, password }) });

  it('an owner invites a staff member and gets a link to hand over (no SMTP set)', async () => {
    const created = await server.post('/v1/members', { email: 'sam@example.com', role: 'staff' });
    memberId = (await created.json()).data.id;
    const invited = await server.post('/v1/invitations', { memberId });
    expect(invited.status).toBe(201);
    const body = (await invited.json()).data;
    expect(body.emailed).toBe(false);
    expect(body.link).toMatch(/\/console#\/welcome\/inv_/);
    link = body.link;
    const missing = await server.post('/v1/invitations', {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toContain('memberId');
  });

  it('a staff token may not invite', async () => {
    const staff = await server.token({ role: 'staff' });
    const refused = await server.post('/v1/invitations', { memberId }, { Authorization: `Bearer ${staff}` });
    expect(refused.status).toBe(403);
  });

  it('the link shows who is invited, refuses a short password, then sets it once and signs in', async () => {
    const secret = link.split('/welcome/')[1]!;
    const shown = await call(`/auth/invitations/${secret}`);
    expect((await shown.json()).data).toMatchObject({ email: 'sam@example.com' });
    const short = await call(`/auth/invitations/${secret}`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ password: 'short' }),
    });
    expect(short.status).toBe(400);
    expect((await short.json()).message).toMatch(/^password: must be at least 10/);
    const accepted = await call(`/auth/invitations/${secret}`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ password: 'sam has a long password' }),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect((await accepted.json()).data.member).toMatchObject({ email: 'sam@example.com', status: 'active' });
    const again = await call(`/auth/invitations/${secret}`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ password: 'another long password' }),
    });
    expect(again.status).toBe(404);
    expect((await again.json()).message).toContain('used already');
  });

  it('signs in with e-mail and password: an HttpOnly SameSite=Lax cookie, and the session says who', async () => {
    const wrong = await signIn('sam@example.com', 'not the password');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('The e-mail or the password is wrong.');
    const missing = await call('/auth/sign-in', {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{"email":"sam@example.com"}',
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toContain('password');

    const response = await signIn('SAM@example.com', 'sam has a long password');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/fd_session=fd_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const data = (await response.json()).data;
    expect(data.role).toBe('staff');
    expect(data.permissions).toContain('tickets:write');
    expect(data.permissions).not.toContain('members:write');
    expect(JSON.stringify(data)).not.toContain(sessionCookie(response).slice('fd_session='.length));

    const session = await call('/auth/session', { headers: { Cookie: sessionCookie(response) } });
    expect((await session.json()).data.member.email).toBe('sam@example.com');
  });

  it('the cookie works on /v1 with the member role; writes need the CSRF header', async () => {
    const response = await signIn('sam@example.com', 'sam has a long password');
    const cookie = sessionCookie(response);
    const { csrfToken } = (await response.json()).data;
    const list = await call('/v1/tickets', { headers: { Cookie: cookie } });
    expect(list.status).toBe(200);
    const noCsrf = await call('/v1/tickets/nope', {
      method: 'PATCH',
      headers: { Cookie: cookie, ...JSON_TYPE },
      body: '{"status":"open"}',
    });
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).message).toContain('X-CSRF-Token');
    const withCsrf = await call('/v1/tickets/nope', {
      method: 'PATCH',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, ...JSON_TYPE },
      body: '{"status":"open"}',
    });
    expect(withCsrf.status).toBe(404);
    // Staff may not manage members: the same permission check as for a staff token.
    const members = await call('/v1/members', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, ...JSON_TYPE },
      body: '{"email":"x@example.com"}',
    });
    expect(members.status).toBe(403);
  });

  it('live events reach a cookie session (the stream re-checks the cookie, not a header)', async () => {
    const response = await signIn('sam@example.com', 'sam has a long password');
    const controller = new AbortController();
    const stream = await call('/v1/events', {
      headers: { Cookie: sessionCookie(response) },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await server.post('/v1/bots/demo/message', { message: { text: 'I want to talk to a human' } });
    let text = '';
    while (!text.includes('event: ticket-created') && !text.includes('stream-end')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: ticket-created');
    expect(text).not.toContain('stream-end');
  });

  it('refuses a form post from another site (login CSRF)', async () => {
    const forged = await call('/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'sam@example.com', password: 'sam has a long password' }),
    });
    expect(forged.status).toBe(403);
  });

  it('signing out ends the session: the old cookie is refused', async () => {
    const response = await signIn('sam@example.com', 'sam has a long password');
    const cookie = sessionCookie(response);
    const { csrfToken } = (await response.json()).data;
    const out = await call('/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, ...JSON_TYPE },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/fd_session=;/);
    expect((await call('/v1/tickets', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('locks an account out from one address after 5 failed sign-ins in 15 minutes', async () => {
    await server.post('/v1/members', { email: 'lee@example.com', role: 'viewer' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await signIn('lee@example.com', 'guess number one')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await signIn('lee@example.com', 'guess number one');
    expect(locked.headers.get('retry-after')).toBeTruthy();
    expect((await locked.json()).message).toMatch(/Too many failed sign-ins.*Try again in 15 minutes/);
    // Another account from the same address is not locked.
    expect((await signIn('sam@example.com', 'sam has a long password')).status).toBe(200);
  });

  it('a new password (a new invitation link) ends the sessions signed in with the old one', async () => {
    const before = await signIn('sam@example.com', 'sam has a long password');
    const oldCookie = sessionCookie(before);
    expect((await call('/v1/tickets', { headers: { Cookie: oldCookie } })).status).toBe(200);
    const invited = await server.post('/v1/invitations', { memberId });
    const secret = ((await invited.json()).data.link as string).split('/welcome/')[1]!;
    const reset = await call(`/auth/invitations/${secret}`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ password: 'sam has a brand new one' }),
    });
    expect(reset.status).toBe(200);
    expect((await call('/v1/tickets', { headers: { Cookie: oldCookie } })).status).toBe(401);
    expect((await call('/v1/tickets', { headers: { Cookie: sessionCookie(reset) } })).status).toBe(200);
    expect((await signIn('sam@example.com', 'sam has a long password')).status).toBe(401);
  });

  it('bearer tokens still work as before', async () => {
    const response = await call('/v1/tickets', { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } });
    expect(response.status).toBe(200);
  });
});
