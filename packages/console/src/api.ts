/** The console's HTTP client: the personal access token on every call, the error envelope as an `ApiError`. */

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

export interface Api {
  readonly token: string;
  /** Calls `path` (e.g. `/v1/tickets`) and returns the parsed JSON body. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** A client for `token`; `base` is the server's origin (empty: this page's). */
export function createApi(token: string, base = ''): Api {
  return {
    token,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
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
    },
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
