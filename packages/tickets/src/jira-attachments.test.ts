// Which files a ticket's transcript names for upload: the server's own file lines only (a typed
// look-alike is broken up by the widget API, and stays ignored here), each file once.
import type { Ticket } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { attachmentIdsOf } from './jira-attachments.js';

const A = 'att_0123456789abcdefABCDEF';
const B = 'att_ZYXWVUTSRQPONMLKJIHGFE';
const ticket = (description: string) => ({ description }) as Ticket;

describe('attachmentIdsOf', () => {
  it('finds the file lines of the transcript, each file once, in order', () => {
    const description = `Customer:\nlook\n[📎 a.png](attachment:${A})\n[📎 b.pdf](attachment:${B})\nagain [📎 a.png](attachment:${A})`;
    expect(attachmentIdsOf(ticket(description))).toEqual([A, B]);
  });

  it('ignores typed look-alikes and ids of the wrong shape', () => {
    expect(
      attachmentIdsOf(ticket(`[📎 x] (attachment:${A}) (attachment:${B}) [x](attachment:att_short)`)),
    ).toEqual([]);
  });
});
