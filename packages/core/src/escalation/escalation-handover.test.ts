import { describe, expect, it } from 'vitest';
import { ANSWER, MONDAY_10_BERLIN, NO_ANSWER, setup } from '../testing/escalation-harness.js';
import { isWithinBusinessHours } from './business-hours.js';
import type { BusinessHours } from './escalation-schema.js';

describe('handover after a confirmation', () => {
  it('asks first, and opens the ticket on "yes"', async () => {
    const { say, tickets } = setup({ handover: 'confirm' });
    const offer = await say('I want to speak to a person');
    expect(offer.answers).toContain('open a ticket');
    expect(offer.ticketDetails).toBeUndefined();
    expect(await tickets()).toHaveLength(0);
    const yes = await say('Yes please', { conversationId: offer.conversationId });
    expect(yes.ticketDetails?.id).toBe('tkt_1');
    expect((await tickets())[0]?.trigger).toBe('human-request');
  });

  it('opens on a channel button (escalate) and remembers the ticket type of the offer', async () => {
    const { say, tickets } = setup({
      handover: 'confirm',
      ticketTypes: [{ type: 'billing', priority: 'high', keywords: ['refund'] }],
    });
    const offer = await say('refund for order 42');
    const pressed = await say('', { conversationId: offer.conversationId, escalate: true });
    expect(pressed.ticketDetails).toMatchObject({ type: 'billing', priority: 'high' });
    expect(await tickets()).toHaveLength(1);
  });

  it('opens nothing on "no", and the next question goes to the agent', async () => {
    const { say, tickets, agent } = setup({ handover: 'confirm' });
    const offer = await say('Let me talk to a human');
    const no = await say('no thanks', { conversationId: offer.conversationId });
    expect(no.answers).toContain('no ticket opened');
    const later = await say('How do I reset my password?', { conversationId: offer.conversationId });
    expect(later.answers).toBe('Open Settings, then Security.');
    expect(agent.requests).toHaveLength(1);
    expect(await tickets()).toHaveLength(0);
  });

  it('offers a ticket after an answer the agent did not have', async () => {
    const { say, tickets } = setup({ handover: 'confirm' }, NO_ANSWER);
    const offer = await say('What is the airspeed of a swallow?');
    expect(offer.answers).toMatch(/^I couldn't find that\.\n\nWould you like me to open a ticket/);
    await say('yes', { conversationId: offer.conversationId });
    expect((await tickets())[0]?.trigger).toBe('no-answer');
  });
});

describe('off-hours', () => {
  const hours = {
    timeZone: 'Europe/Berlin',
    days: { mon: [{ from: '09:00', to: '17:00' }], tue: [{ from: '09:00', to: '17:00' }] },
    offHoursMessage: 'We are closed now; we answer Monday to Tuesday, 9 to 5 (Berlin).',
  };
  const cases = [
    { name: 'Monday 10:00 Berlin is open', at: MONDAY_10_BERLIN, offHours: false },
    {
      name: 'Monday 17:00 Berlin is closed (end exclusive)',
      at: MONDAY_10_BERLIN + 7 * 3_600_000,
      offHours: true,
    },
    { name: 'Monday 08:59 Berlin is closed', at: MONDAY_10_BERLIN - 61 * 60_000, offHours: true },
    { name: 'Wednesday 10:00 Berlin has no hours', at: MONDAY_10_BERLIN + 48 * 3_600_000, offHours: true },
    // 2026-07-06 is a Monday in summer time (UTC+2): 09:30 Berlin is 07:30 UTC.
    { name: 'summer time: Monday 09:30 Berlin is open', at: Date.UTC(2026, 6, 6, 7, 30), offHours: false },
  ];
  it('a holiday is closed all day, in the time zone of the hours', async () => {
    // 2026-01-05 10:00 Berlin is a Monday with hours: closed when the 5th is a holiday, open when only the 6th is.
    const holiday = { ...hours, holidays: ['2026-01-05'] };
    const { say } = setup({ businessHours: holiday }, ANSWER, MONDAY_10_BERLIN);
    expect((await say('Let me talk to a human')).answers).toContain(hours.offHoursMessage);
    const nextDay = setup(
      { businessHours: { ...hours, holidays: ['2026-01-06'] } },
      ANSWER,
      MONDAY_10_BERLIN,
    );
    expect((await nextDay.say('Let me talk to a human')).answers).not.toContain(hours.offHoursMessage);
  });
  it('hours stored before holidays existed (read as stored, without the field) still apply', () => {
    const stored = hours as unknown as BusinessHours;
    expect(isWithinBusinessHours(stored, MONDAY_10_BERLIN)).toBe(true);
    expect(isWithinBusinessHours(stored, MONDAY_10_BERLIN + 48 * 3_600_000)).toBe(false);
  });
  it.each(cases)('$name', async ({ at, offHours }) => {
    const { say } = setup({ businessHours: hours }, ANSWER, at);
    const data = await say('Let me talk to a human');
    expect(data.ticketDetails).toBeDefined();
    expect(data.answers.includes(hours.offHoursMessage)).toBe(offHours);
  });
});
