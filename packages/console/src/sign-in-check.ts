/** Checks a token before the console keeps it: any valid token may sign in and sees what its role allows. */
import { type Api, ApiError } from './api.js';

/** Resolves when the server accepts the token; throws an `ApiError` with a message for people otherwise. */
export async function checkToken(api: Api): Promise<void> {
  try {
    await api.call('GET', '/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, 'This token is not valid or has been revoked.');
    }
    throw error;
  }
}
