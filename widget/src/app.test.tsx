// @vitest-environment happy-dom
// The widget's panel with a fake API: streaming, sources, ticket card, errors, keyboard and focus,
// no session before the visitor opens it, suggested questions, inline mode and the bot's language.
import type { ReplyEvent, WidgetPublicSettings } from '@frontdesk/core/wire';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiClient, ApiError } from './api-client.js';
import { en } from './i18n.js';
import { createLauncher } from './launcher.js';
import type { WidgetOptions } from './options.js';
import { startPanel } from './panel-entry.js';
import { createStorage } from './storage.js';

type Sender = (emit: (event: ReplyEvent) => void) => Promise<void>;

function fakeApi(sender: { current: Sender }, settings: Partial<WidgetPublicSettings>) {
  const calls = { sessions: 0, sent: [] as string[], users: [] as unknown[] };
  const api: ApiClient = {
    session: async (request) => {
      calls.sessions++;
      calls.users.push(request.user);
      return {
        visitorToken: 't',
        visitorId: 'v_1',
        expiresAt: Date.now() + 1e6,
        settings: { botName: 'Demo', primaryColor: '#1f5fd6', position: 'right', mode: 'light', ...settings },
      };
    },
    send: (_token, body, onEvent) => {
      calls.sent.push(body.text);
      return sender.current(onEvent);
    },
    conversations: async () => [],
    history: async (_token, id) => ({ conversationId: id, ended: false, messages: [] }),
    end: async () => {},
    feedback: async () => {},
    events: (_token, _id, _after, _on, signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
  };
  return Object.assign(api, { calls });
}

const answer: Sender = async (emit) => {
  emit({ type: 'message-start', conversationId: 'conv_1', messageId: 'msg_2' });
  emit({ type: 'message-delta', text: 'Open **Settings**' });
  emit({
    type: 'sources',
    sources: [{ type: 'kb', name: 'Reset your password', score: 0.93, url: '/kb/reset' }],
  });
  emit({
    type: 'ticket-created',
    ticket: {
      id: 'tkt_9',
      type: 'support',
      status: 'open',
      statusLabel: 'open',
      priority: 'medium',
      description: '',
      createdDate: '',
      lastModifiedDate: '',
    },
  });
  emit({
    type: 'message-end',
    data: { answers: 'Open **Settings**', sources: [], conversationId: 'conv_1' },
  });
};

interface Setup {
  first?: Sender;
  options?: Partial<WidgetOptions>;
  settings?: Partial<WidgetPublicSettings>;
}

let mounted: { destroy(): void } | undefined;

/** The panel as the loader starts it: a launcher drawn by launcher.ts, the chunk's startPanel. */
async function setup({ first = answer, options = {}, settings = {} }: Setup = {}) {
  localStorage.clear();
  const sender = { current: first };
  const api = fakeApi(sender, settings);
  const root = document.createElement('div');
  const slot = document.createElement('div');
  root.append(slot);
  document.body.append(root);
  const storage = createStorage('test');
  const events: string[] = [];
  const launcher = createLauncher(root, Boolean(options.inline), () => panel.toggle());
  const panel = startPanel({
    options: { botId: 'demo', serverUrl: 'https://help.example.com', ...options },
    storage,
    shadow: document.head,
    slot,
    launcher: launcher.button,
    paint: launcher.paint,
    language: 'en',
    strings: {},
    loadStrings: async (language) => (await import(`./locales/${language}.json`)).default,
    emit: (name) => events.push(name),
    api,
  });
  mounted = {
    destroy() {
      panel.destroy();
      root.remove();
    },
  };
  return { panel, sender, api, root, events };
}

const composer = () => screen.getByLabelText(en.placeholder) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(composer(), { target: { value: text } });
const press = (key: string, shiftKey = false) => fireEvent.keyDown(composer(), { key, shiftKey });

afterEach(() => {
  mounted?.destroy();
  cleanup();
});

describe('the widget', () => {
  it('opens on the launcher, focuses the composer, and streams an answer with sources and a ticket card', async () => {
    await setup();
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    await waitFor(() => expect(document.activeElement).toBe(composer()));
    type('How do I reset my password?');
    press('Enter');
    await screen.findByText('Settings');
    expect(screen.getByText('How do I reset my password?')).toBeTruthy();
    const source = screen.getByText('Reset your password') as HTMLAnchorElement;
    expect(source.href).toBe('https://help.example.com/kb/reset');
    expect(screen.getByText(/93%/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ticket tkt_9' }).textContent).toContain('open');
    expect(screen.queryByText(en.thinking)).toBeNull();
  });

  it('makes a new line on Shift+Enter and sends nothing', async () => {
    const sent: string[] = [];
    await setup({
      first: async () => {
        sent.push('x');
      },
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('line one');
    press('Enter', true);
    expect(sent).toEqual([]);
  });

  it('shows thinking until the first text, and ends it on an error with a retry that keeps the text', async () => {
    let release = () => {};
    const { sender } = await setup({
      first: () =>
        new Promise((_, reject) => {
          release = () => reject(new ApiError(0, 'network_error', 'down'));
        }),
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('Are you there?');
    press('Enter');
    await screen.findByText(en.thinking);
    release();
    await screen.findByText(en.retry);
    expect(screen.queryByText(en.thinking)).toBeNull();
    expect(screen.getByText('Are you there?')).toBeTruthy();
    sender.current = answer;
    fireEvent.click(screen.getByText(en.retry));
    await screen.findByText('Settings');
    expect(screen.queryByText(en.retry)).toBeNull();
  });

  it('keeps the text in the composer and counts down after a 429', async () => {
    await setup({
      first: async () => {
        throw new ApiError(429, 'rate_limit_error', 'slow down', 12);
      },
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('Too fast');
    press('Enter');
    await screen.findByText(/send again in 1[12] seconds/);
    expect(composer().value).toBe('Too fast');
    expect((screen.getByLabelText(en.send) as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes on Escape, returns focus to the launcher, and badges answers that finish while closed', async () => {
    let finish = () => {};
    await setup({
      first: async (emit) => {
        emit({ type: 'message-start', conversationId: 'conv_1', messageId: 'msg_2' });
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
        emit({ type: 'message-end', data: { answers: 'Done', sources: [], conversationId: 'conv_1' } });
      },
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('Slow question');
    press('Enter');
    fireEvent.keyDown(composer(), { key: 'Escape' });
    const launcher = screen.getByLabelText(en.launcherLabel);
    await waitFor(() => expect(document.activeElement).toBe(launcher));
    finish();
    await screen.findByLabelText('1 unread message');
  });

  it('opens no session and stores nothing until the visitor opens the chat', async () => {
    const { api, events } = await setup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.calls.sessions).toBe(0);
    expect(localStorage.length).toBe(0);
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    await waitFor(() => expect(api.calls.sessions).toBe(1));
    await waitFor(() => expect(localStorage.length).toBe(1));
    expect(events).toEqual(['open']);
  });

  it("offers the bot's suggested questions on the empty panel and sends the one clicked", async () => {
    const { api } = await setup({
      settings: { suggestedQuestions: ['How do I reset my password?', 'Pricing?'] },
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    const group = await screen.findByRole('group', { name: en.suggested });
    fireEvent.click(within(group).getByText('How do I reset my password?'));
    await screen.findByText('Settings');
    expect(api.calls.sent).toEqual(['How do I reset my password?']);
    expect(screen.queryByRole('group', { name: en.suggested })).toBeNull();
  });

  it('embeds inline: shown without a launcher, the session starts on the first focus', async () => {
    const { api, root } = await setup({ options: { inline: true } });
    expect(root.querySelector('.fd-launcher')).toBeNull();
    expect(screen.queryByLabelText(en.close)).toBeNull();
    expect(api.calls.sessions).toBe(0);
    fireEvent.focusIn(composer());
    type('Inline question');
    await waitFor(() => expect(api.calls.sessions).toBe(1));
    await waitFor(() => expect((screen.getByLabelText(en.send) as HTMLButtonElement).disabled).toBe(false));
    press('Enter');
    await screen.findByText('Settings');
  });

  it("switches to the bot's language once the session names it, with plural forms", async () => {
    const { root } = await setup({ settings: { locale: 'ar' } });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    await screen.findByLabelText('اكتب رسالة…');
    expect(root.dir).toBe('rtl');
    expect(root.lang).toBe('ar');
  });

  it('forgets the visitor on reset() before the chat was opened, without opening a session', async () => {
    const options = { user: { userId: 'u_1', name: 'Ada' } };
    const { panel, api } = await setup({ options });
    localStorage.setItem('frontdesk:test', JSON.stringify({ visitorId: 'v_0' }));
    await panel.reset();
    expect(api.calls.sessions).toBe(0);
    expect(localStorage.length).toBe(0);
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    await waitFor(() => expect(api.calls.sessions).toBe(1));
    expect(api.calls.users).toEqual([undefined]);
  });

  it("lets the page's own suggested questions replace the bot's", async () => {
    await setup({
      options: { suggestedQuestions: ['Where is my order?'] },
      settings: { suggestedQuestions: ['Pricing?'] },
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    const group = await screen.findByRole('group', { name: en.suggested });
    await waitFor(() => expect(group.textContent).toBe('Where is my order?'));
  });
});
