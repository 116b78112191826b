import { createInProcessBus } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { createPresence, type PresenceSignal } from './presence.js';

describe('createPresence', () => {
  it('hands a signal published by one instance to the listeners of another on the same bus', async () => {
    const bus = createInProcessBus();
    const a = createPresence(bus);
    const b = createPresence(bus);
    const heard: PresenceSignal[] = [];
    const stop = a.subscribe('conv_1', (signal) => heard.push(signal));
    await stop.ready;
    await b.publish('conv_1', { type: 'typing' });
    await b.publish('conv_2', { type: 'typing' });
    await b.publish('conv_1', { type: 'read', at: 42 });
    expect(heard).toEqual([{ type: 'typing' }, { type: 'read', at: 42 }]);
    stop();
    await b.publish('conv_1', { type: 'typing' });
    expect(heard).toHaveLength(2);
  });

  it('keeps separate buses apart: without a shared bus, another instance hears nothing', async () => {
    const heard: PresenceSignal[] = [];
    createPresence().subscribe('conv_1', (signal) => heard.push(signal));
    await createPresence().publish('conv_1', { type: 'typing' });
    expect(heard).toEqual([]);
  });
});
