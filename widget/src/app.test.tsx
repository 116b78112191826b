// @vitest-environment happy-dom
// The widget's panel with a fake API: streaming, sources, ticket card, errors, keyboard and focus.
import type { ReplyEvent } from '@frontdesk/core/wire';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiClient, ApiError } from './api-client.js';
import { App } from './app.js';
import { createChatController } from './chat-controller.js';
import { en } from './i18n.js';
import { createStorage } from './storage.js';

type Sender = (emit: (event: ReplyEvent) => void) => Promise<void>;

function fakeApi(sender: { current: Sender }): ApiClient {
  return {
    session: async () => ({
      visitorToken: 't',
      visitorId: 'v_1',
      expiresAt: Date.now() + 1e6,
      settings: { botName: 'Demo', primaryColor: '#1f5fd6', position: 'right', mode: 'light' },
    }),
    send: (_token, _body, onEvent) => sender.current(onEvent),
    conversations: async () => [],
    history: async (_token, id) => ({ conversationId: id, ended: false, messages: [] }),
    end: async () => {},
    events: (_token, _id, _after, _on, signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
  };
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

async function setup(first: Sender = answer) {
  localStorage.clear();
  const sender = { current: first };
  const options = { botId: 'demo', serverUrl: 'https://help.example.com' };
  const controller = createChatController(options, fakeApi(sender), createStorage('test'));
  render(h(App, { controller, strings: en, options }));
  await controller.start();
  return { controller, sender };
}

const composer = () => screen.getByLabelText(en.placeholder) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(composer(), { target: { value: text } });
const press = (key: string, shiftKey = false) => fireEvent.keyDown(composer(), { key, shiftKey });

afterEach(cleanup);

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
    await setup(async () => {
      sent.push('x');
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('line one');
    press('Enter', true);
    expect(sent).toEqual([]);
  });

  it('shows thinking until the first text, and ends it on an error with a retry that keeps the text', async () => {
    let release = () => {};
    const { sender } = await setup(
      () =>
        new Promise((_, reject) => {
          release = () => reject(new ApiError(0, 'network_error', 'down'));
        }),
    );
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
    await setup(async () => {
      throw new ApiError(429, 'rate_limit_error', 'slow down', 12);
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('Too fast');
    press('Enter');
    await screen.findByText(/send again in 1[12] s/);
    expect(composer().value).toBe('Too fast');
    expect((screen.getByLabelText(en.send) as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes on Escape, returns focus to the launcher, and badges answers that finish while closed', async () => {
    let finish = () => {};
    await setup(async (emit) => {
      emit({ type: 'message-start', conversationId: 'conv_1', messageId: 'msg_2' });
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      emit({ type: 'message-end', data: { answers: 'Done', sources: [], conversationId: 'conv_1' } });
    });
    fireEvent.click(screen.getByLabelText(en.launcherLabel));
    type('Slow question');
    press('Enter');
    fireEvent.keyDown(composer(), { key: 'Escape' });
    const launcher = screen.getByLabelText(en.launcherLabel);
    await waitFor(() => expect(document.activeElement).toBe(launcher));
    finish();
    await screen.findByLabelText('1 unread messages');
  });
});
