/** Browser notifications of new tickets: asked for only when staff press the button, shown only when the tab is not focused. */
import { routeHref } from './route.js';

export type NotificationState = 'unsupported' | 'default' | 'granted' | 'denied';

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser (a person pressed the button: browsers refuse to ask otherwise). */
export async function askForNotifications(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** Tells about a new ticket, unless staff are looking at the console already; a click opens the ticket. */
export function notifyNewTicket(ticket: { id?: unknown; summary?: unknown }): void {
  if (notificationState() !== 'granted' || typeof ticket.id !== 'string' || document.hasFocus()) return;
  const id = ticket.id;
  const notification = new Notification(`New ticket ${id}`, {
    body: typeof ticket.summary === 'string' ? ticket.summary : '',
    tag: `frontdesk-ticket-${id}`,
  });
  notification.onclick = () => {
    window.focus();
    location.hash = routeHref({ name: 'ticket', id });
    notification.close();
  };
}
