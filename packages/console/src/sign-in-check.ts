/** Checks a token before the console keeps it: valid, and allowed to work tickets (staff or above). */
import { type Api, ApiError } from './api.js';

/** Resolves when the token may read and write tickets; throws an `ApiError` with a message for people otherwise. */
export async function checkStaffToken(api: Api): Promise<void> {
  try {
    await api.call('GET', '/v1/tickets?limit=1');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, 'This token is not valid or has been revoked.');
    }
    throw error;
  }
  // A write to a ticket that cannot exist: staff get 404 (allowed, not found), viewers 403.
  try {
    await api.call('PATCH', '/v1/tickets/console-permission-check', { status: 'open' });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return;
    if (error instanceof ApiError && error.status === 403) {
      throw new ApiError(
        403,
        'This token may only read tickets. Sign in with a staff, admin or owner token.',
      );
    }
    throw error;
  }
}
