// @vitest-environment happy-dom
// The loader (mountWidget): the launcher in a shadow root at once, in the page's language; API
// calls made before the panel arrived wait for it; no request and no storage until the chat opens.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FrontdeskWidget, mountWidget } from './mount.js';

/** The widget API's session route, answered in-process: every request is recorded. */
function fakeServer() {
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (!url.includes('/widget/v1/sessions')) return new Response('{}', { status: 404 });
    const settings = { botName: 'Demo', primaryColor: '#aa0000', position: 'right', mode: 'light' };
    const data = { visitorToken: 't', visitorId: 'v_1', expiresAt: Date.now() + 1e6, settings };
    return new Response(JSON.stringify({ success: true, data }), { status: 201 });
  });
  return requests;
}

let widget: FrontdeskWidget | undefined;
const shadow = () => document.querySelector('[data-frontdesk-widget]')!.shadowRoot!;
const launcher = () => shadow().querySelector('.fd-launcher') as HTMLButtonElement;

afterEach(() => {
  widget?.destroy();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('the widget loader', () => {
  it('draws the launcher at once and sends and stores nothing before the chat opens', async () => {
    const requests = fakeServer();
    widget = mountWidget({ botId: 'demo', serverUrl: 'https://help.example.com' });
    expect(launcher().getAttribute('aria-label')).toBe('Chat with us');
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(shadow().querySelector('.fd-panel')).toBeNull();
    await widget.ready;
    expect(requests).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('keeps handlers and calls made before the panel arrived, and runs them once it has', async () => {
    const requests = fakeServer();
    widget = mountWidget({ botId: 'demo', serverUrl: 'https://help.example.com' });
    const opened: unknown[] = [];
    widget.on('open', () => opened.push('open'));
    const unsubscribed = vi.fn();
    widget.on('close', unsubscribed)();
    await widget.identify({ userId: 'u_1', name: 'Ada' });
    expect(requests).toEqual([]);
    widget.open();
    await vi.waitFor(() => expect(shadow().querySelector('.fd-panel')).not.toBeNull());
    expect(opened).toEqual(['open']);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.body).toMatchObject({ botId: 'demo', user: { userId: 'u_1', name: 'Ada' } });
    // The session's colour reaches the loader's launcher.
    await vi.waitFor(() => expect(launcher().getAttribute('aria-expanded')).toBe('true'));
    expect(shadow().querySelector<HTMLElement>('.fd-root')!.style.getPropertyValue('--fd-primary')).toBe(
      '#aa0000',
    );
    widget.close();
    expect(unsubscribed).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(1);
  });

  it('labels the launcher in the page language and mirrors it for Hebrew', () => {
    fakeServer();
    document.documentElement.lang = 'fr-CA';
    widget = mountWidget({ botId: 'demo', serverUrl: 'https://help.example.com' });
    expect(launcher().getAttribute('aria-label')).toBe('Discutez avec nous');
    expect(shadow().querySelector('.fd-root')!.getAttribute('dir')).toBe('ltr');
    widget.destroy();
    widget = mountWidget({ botId: 'demo', serverUrl: 'https://help.example.com', locale: 'he' });
    expect(launcher().getAttribute('aria-label')).toBe('דברו איתנו');
    expect(shadow().querySelector('.fd-root')!.getAttribute('dir')).toBe('rtl');
  });

  it('forgets a visitor on reset() without loading the panel or asking the server', async () => {
    const requests = fakeServer();
    localStorage.setItem('frontdesk:https://help.example.com||demo', JSON.stringify({ visitorId: 'v_0' }));
    widget = mountWidget({ botId: 'demo', serverUrl: 'https://help.example.com' });
    await widget.reset();
    expect(localStorage.length).toBe(0);
    expect(requests).toEqual([]);
  });
});
