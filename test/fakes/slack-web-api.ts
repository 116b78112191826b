// A fake Slack Web API on 127.0.0.1: records calls, checks required arguments and Block Kit limits, can answer 429.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
  /** What the fake answered, when it succeeded (e.g. the `ts` of a posted message). */
  result?: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token?: string;
}

/** A Slack workspace the fake's OAuth can install into: `oauth.v2.access` with `code` issues a token for it. */
export interface FakeTeam {
  code: string;
  teamId: string;
  teamName: string;
  botUserId: string;
  /** Set for an org-wide (Enterprise Grid) install: the token is the org's, `teamId` is then unused. */
  enterpriseId?: string;
}

type Failure = { status: 429; retryAfter: number } | { error: string };

export interface FakeSlackUser {
  name: string;
  email?: string;
  admin?: boolean;
  /** The user's Slack language, e.g. `es-ES`. */
  locale?: string;
}

/** Arguments each method must have; a call without them gets `invalid_arguments`, as Slack answers. */
const REQUIRED: Record<string, string[][]> = {
  'auth.test': [],
  'oauth.v2.access': [['code'], ['client_id'], ['client_secret']],
  'apps.connections.open': [],
  'chat.postMessage': [['channel'], ['text', 'blocks']],
  'chat.postEphemeral': [['channel'], ['user'], ['text', 'blocks']],
  'chat.update': [['channel'], ['ts']],
  'chat.startStream': [['channel'], ['thread_ts']],
  'chat.appendStream': [['channel'], ['ts'], ['markdown_text', 'chunks']],
  'chat.stopStream': [['channel'], ['ts']],
  'assistant.threads.setStatus': [['channel_id'], ['thread_ts'], ['status']],
  'assistant.threads.setSuggestedPrompts': [['channel_id'], ['thread_ts'], ['prompts']],
  'users.info': [['user']],
  'reactions.add': [['channel'], ['timestamp'], ['name']],
  'reactions.remove': [['channel'], ['timestamp'], ['name']],
  'conversations.replies': [['channel'], ['ts']],
};

export interface FakeSlackWebApi {
  /** The base to give the adapter as `SLACK_API_URL` (ends with `/api/`). */
  apiUrl: string;
  /** Where slash-command `response_url`s point. */
  responseUrl: string;
  calls: SlackCall[];
  /** Bodies POSTed to the response URL. */
  responses: Record<string, unknown>[];
  callsTo(method: string): SlackCall[];
  /** The next call(s) of `method` fail this way. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Methods answered with `unknown_method`, like a workspace without streaming. */
  disabled: Set<string>;
  /**
   * Profiles `users.info` knows, by user id; others are Ada Lovelace in `en-US`. The `locale`
   * comes back only when asked for with `include_locale`, as from Slack.
   */
  users: Map<string, FakeSlackUser>;
  /** Teams `oauth.v2.access` installs into, by code; tokens it issued are accepted until revoked. */
  teams: FakeTeam[];
  /** Tokens issued by `oauth.v2.access`, with their team. */
  issued: Map<string, FakeTeam>;
  /** Messages `conversations.replies` knows, by ts. */
  messages: Map<string, Record<string, unknown>>;
  /** Shared files, by path; served at `fileUrl(path)` (a `url_private`) to a valid bot token only. */
  files: Map<string, Buffer>;
  fileUrl(path: string): string;
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER = 'UBOT0001';
export const FAKE_BOT_ID = 'BBOT0001';

function checkBlocks(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  const list = typeof blocks === 'string' ? JSON.parse(blocks) : blocks;
  if (!Array.isArray(list) || list.length > 50) return 'invalid_blocks';
  for (const block of list) {
    if (block.type === 'section' && (block.text?.text?.length ?? 0) > 3000) return 'invalid_blocks';
    if (block.type === 'context' && (block.elements?.length ?? 0) > 10) return 'invalid_blocks';
    if (block.type === 'actions' && (block.elements?.length ?? 0) > 25) return 'invalid_blocks';
  }
  return undefined;
}

function parseOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (request.headers['content-type']?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? parseOr(value) : value;
  }
  return args;
}

/** Starts the fake; `token` is the only bot token it accepts. */
export async function startFakeSlackWebApi(options: {
  token: string;
  clientId?: string;
  clientSecret?: string;
  /** The app-level token `apps.connections.open` takes, and the socket address it answers with. */
  socket?: { appToken: string; url: string };
}): Promise<FakeSlackWebApi> {
  const calls: SlackCall[] = [];
  const responses: Record<string, unknown>[] = [];
  const failures = new Map<string, Failure[]>();
  const disabled = new Set<string>();
  const messages = new Map<string, Record<string, unknown>>();
  const users = new Map<string, FakeSlackUser>();
  const teams: FakeTeam[] = [];
  const issued = new Map<string, FakeTeam>();
  let nextTs = 1_700_000_000;

  function answer(method: string, args: Record<string, unknown>, token: string): Record<string, unknown> {
    switch (method) {
      case 'auth.test': {
        const team = issued.get(token);
        return team
          ? {
              user_id: team.botUserId,
              bot_id: `B${team.teamId}`,
              team_id: team.teamId,
              team: team.teamName,
              user: 'frontdesk',
              ...(team.enterpriseId
                ? { enterprise_id: team.enterpriseId, url: 'https://org.enterprise.slack.com/' }
                : {}),
            }
          : {
              user_id: FAKE_BOT_USER,
              bot_id: FAKE_BOT_ID,
              team_id: 'T0001',
              team: 'Example',
              user: 'frontdesk',
            };
      }
      case 'chat.postMessage':
      case 'chat.startStream':
        nextTs += 1;
        return { channel: args.channel, ts: `${nextTs}.000100` };
      case 'users.info': {
        const known = users.get(String(args.user));
        const name = known?.name ?? 'Ada Lovelace';
        const email = known ? known.email : 'ada@example.com';
        const locale = known ? known.locale : 'en-US';
        const withLocale = args.include_locale === true || args.include_locale === 'true';
        return {
          user: {
            id: args.user,
            name: name.split(' ')[0]?.toLowerCase(),
            real_name: name,
            profile: { real_name: name, ...(email ? { email } : {}) },
            ...(known?.admin ? { is_admin: true } : {}),
            ...(withLocale && locale ? { locale } : {}),
          },
        };
      }
      case 'conversations.replies': {
        const found = messages.get(String(args.ts));
        return found ? { messages: [found], has_more: false } : { messages: [] };
      }
      default:
        return { channel: args.channel, ts: args.ts };
    }
  }

  /** `oauth.v2.access`: the app's credentials and a code of a known team give a new bot token. */
  function exchange(body: Record<string, unknown>): Record<string, unknown> {
    if (body.client_id !== options.clientId || body.client_secret !== options.clientSecret)
      return { ok: false, error: 'invalid_client_id' };
    const team = teams.find((candidate) => candidate.code === body.code);
    if (!team) return { ok: false, error: 'invalid_code' };
    team.code = `${team.code}-used`; // a code works once
    const accessToken = `xoxb-${team.teamId}-${issued.size + 1}`;
    issued.set(accessToken, team);
    return {
      ok: true,
      app_id: 'A0FRONTDESK',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'app_mentions:read,chat:write,commands',
      token_type: 'bot',
      access_token: accessToken,
      bot_user_id: team.botUserId,
      team: team.enterpriseId ? null : { id: team.teamId, name: team.teamName },
      enterprise: team.enterpriseId ? { id: team.enterpriseId, name: team.teamName } : null,
      is_enterprise_install: team.enterpriseId !== undefined,
    };
  }

  const files = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/files-pri/')) {
      const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      const file = files.get(url.pathname.slice('/files-pri/'.length));
      // Like Slack: without a valid token the answer is the sign-in page, not the file.
      if (bearer !== options.token && !issued.has(bearer)) {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>Sign in</title>');
      } else if (!file) response.writeHead(404).end();
      else response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(file);
      return;
    }
    const body = await readBody(request);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(value));
    };
    if (url.pathname.startsWith('/response/')) {
      responses.push(body);
      return json(200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const call: SlackCall = { method, args: body, at: Date.now(), token };
    calls.push(call);
    if (method === 'oauth.v2.access') return json(200, exchange(body));
    if (method === 'apps.connections.open') {
      if (!options.socket || token !== options.socket.appToken)
        return json(200, { ok: false, error: 'invalid_auth' });
      return json(200, { ok: true, url: options.socket.url });
    }
    if (token !== options.token && !issued.has(token)) {
      return json(200, { ok: false, error: 'invalid_auth' });
    }
    const failure = failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      return json(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(failure.retryAfter) });
    }
    if (failure) return json(200, { ok: false, error: failure.error });
    const required = REQUIRED[method];
    if (!required || disabled.has(method)) return json(200, { ok: false, error: 'unknown_method' });
    const missing = required.find((anyOf) =>
      anyOf.every((name) => body[name] === undefined || body[name] === ''),
    );
    if (missing) return json(200, { ok: false, error: 'invalid_arguments', missing });
    const blockError = checkBlocks(body.blocks);
    if (blockError) return json(200, { ok: false, error: blockError });
    call.result = answer(method, body, token);
    return json(200, { ok: true, ...call.result });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/`,
    calls,
    responses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array(times).fill(failure)]);
    },
    disabled,
    users,
    teams,
    issued,
    messages,
    files,
    fileUrl: (path) => `http://127.0.0.1:${port}/files-pri/${path}`,
    async waitFor(check, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const result = check();
        if (result) return result;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('The fake Slack Web API did not see the expected calls in time.');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
