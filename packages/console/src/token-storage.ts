/** Keeps the personal access token in sessionStorage: gone when the tab closes. */

const KEY = 'frontdesk-console-token';

/** The saved token, if any (storage may be blocked: then none). */
export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Saves the token, or forgets it with `null`. */
export function saveToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // Without storage the token lives as long as the page.
  }
}
