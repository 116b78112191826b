/**
 * The console's HTTP client. Signed in with e-mail and password, calls carry the HttpOnly session
 * cookie (the browser adds it) and, on writes, the session's CSRF token; with an API token, the
 * token as a bearer. The error envelope becomes an `ApiError`.
 */

/** A failed call: the HTTP status (0 when the network failed) and the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for 401 and 403: the token is wrong, revoked, or may not do this. */
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** How the console proves who it is: an API token, or a cookie session with its CSRF token. */
export type Credentials = { token: string } | { csrf: string };

export interface Api {
  /** Set when signed in with an API token (kept for the tab), unset for a cookie session. */
  readonly token?: string | undefined;
  readonly credentials: Credentials;
  /** The headers that authenticate a request with `method`. */
  headers(method: string): Record<string, string>;
  /** Calls `path` (e.g. `/v1/tickets`) and returns the parsed JSON body. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Calls `path` with `headers` and returns the JSON body, or throws an `ApiError` with the server's message. */
export async function request<T>(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached.');
  }
  const json = (await response.json().catch(() => null)) as { message?: unknown } | null;
  if (!response.ok) {
    const message = typeof json?.message === 'string' ? json.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return json as T;
}

/** A client for an API token (a string) or a cookie session; `base` is the server's origin (empty: this page's). */
export function createApi(credentials: string | Credentials, base = ''): Api {
  const given: Credentials = typeof credentials === 'string' ? { token: credentials } : credentials;
  const headers = (method: string): Record<string, string> => {
    if ('token' in given) return { Authorization: `Bearer ${given.token}` };
    return SAFE.has(method.toUpperCase()) ? {} : { 'X-CSRF-Token': given.csrf };
  };
  return {
    token: 'token' in given ? given.token : undefined,
    credentials: given,
    headers,
    call: <T>(method: string, path: string, body?: unknown) =>
      request<T>(method, `${base}${path}`, headers(method), body),
  };
}

/** Builds a query string from the set values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
