/** The button that turns on browser notifications of new tickets, and what the browser answered. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { askForNotifications, notificationState } from './desk-notifications.js';

const SAYS: Record<string, string> = {
  granted: 'Notifications of new tickets are on.',
  denied: 'Notifications are blocked in this browser’s site settings.',
  unsupported: 'This browser cannot show notifications.',
};

export function NotificationButton() {
  const [state, setState] = useState(notificationState);
  if (state !== 'default') return <span class="muted notify-state">{SAYS[state]}</span>;
  return (
    <button type="button" onClick={async () => setState(await askForNotifications())}>
      Notify me of new tickets
    </button>
  );
}
