// @vitest-environment happy-dom
// Files a visitor attached show in the transcript: words without the file lines, then each file
// as a link to the server's attachment route (images with a thumbnail); a look-alike line with
// anything but an attachment id stays plain text.
import { cleanup, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from './transcript.js';

afterEach(cleanup);

const message = (text: string) => ({
  id: 'msg_1',
  role: 'user' as const,
  text,
  sources: [],
  ticketId: null,
  createdDate: '2026-12-03T09:00:00.000Z',
});

describe('attachments in the transcript', () => {
  it('shows the words, then each file as a link, images with a thumbnail', () => {
    const id = 'att_0123456789abcdefABCDEF_-';
    const view = render(
      h(Transcript, {
        messages: [
          message(`The export fails\n[📎 error.png](attachment:${id})\n[📎 log.pdf](attachment:${id}x)`),
        ],
      }),
    ).container;
    expect(view.querySelector('.message-text')?.textContent).toBe('The export fails');
    const links = [...view.querySelectorAll('.message-files a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      [`/widget/v1/attachments/${id}`, '📎 error.png'],
      [`/widget/v1/attachments/${id}x`, '📎 log.pdf'],
    ]);
    expect(links[0]?.querySelector('img')?.getAttribute('src')).toBe(`/widget/v1/attachments/${id}`);
    expect(links[1]?.querySelector('img')).toBeNull();
  });

  it('leaves a look-alike that names no attachment id as text', () => {
    const view = render(
      h(Transcript, { messages: [message('[📎 x](attachment:../../v1/tokens)')] }),
    ).container;
    expect(view.querySelector('.message-files')).toBeNull();
    expect(view.querySelectorAll('a, img')).toHaveLength(0);
  });
});
