import type { Conversation, WidgetMessage } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { createWebDelivery } from './web-delivery.js';

const conversation = { id: 'conv_1', channel: 'web' } as Conversation;
const reply = (id: string) => ({ id, kind: 'staff-reply' as const, text: 'We fixed it.' });

describe('createWebDelivery', () => {
  it('hands a staff reply to the open widget and says it was delivered', async () => {
    const delivery = createWebDelivery(() => 0);
    const seen: WidgetMessage[] = [];
    delivery.subscribe('conv_1', (message) => seen.push(message));
    expect(await delivery.deliver(conversation, reply('m1'))).toBe('delivered');
    expect(seen).toMatchObject([{ id: 'm1', role: 'staff', text: 'We fixed it.' }]);
  });

  it('says the reply waits in the transcript when no widget is open, instead of claiming delivery', async () => {
    const delivery = createWebDelivery(() => 0);
    const stop = delivery.subscribe('conv_1', () => {});
    stop();
    expect(await delivery.deliver(conversation, reply('m2'))).toBe('waiting');
  });
});
