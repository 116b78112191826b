/** The invitation screen, loaded only when an invitation link is opened. */
import { lazyScreen } from './lazy-screen.js';

export const Welcome = lazyScreen(async () => (await import('./welcome.js')).Welcome);
