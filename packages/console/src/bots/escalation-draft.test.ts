// The escalation form's draft: what it saves as a merge patch, and which field an API error belongs to.
import { describe, expect, it } from 'vitest';
import { draftOf, policyPatch } from './escalation-draft.js';
import { fieldOfError, type TicketPolicy } from './escalation-types.js';

const stored: TicketPolicy = {
  humanRequest: true,
  noAnswer: true,
  noAnswerHandover: 'offer',
  type: 'support',
  priority: 'medium',
  integrationId: 'int_jira',
  always: false,
  startsWith: ['urgent'],
  notStartsWith: [],
  emoji: 'off',
  emojiList: [],
  ticketTypes: [{ type: 'billing', keywords: ['refund', 'invoice'] }],
  handover: 'immediate',
  businessHours: {
    timeZone: 'Europe/Berlin',
    days: { mon: [{ from: '09:00', to: '17:00' }], sat: [{ from: '10:00', to: '12:00' }] },
    holidays: ['2026-12-25'],
    offHoursMessage: 'Closed.',
  },
};

describe('the escalation form draft', () => {
  it('saves an unchanged policy as it was, closed days as null so the stored ones go', () => {
    const patch = policyPatch(draftOf(stored));
    expect(patch).toMatchObject({
      startsWith: ['urgent'],
      integrationId: 'int_jira',
      ticketTypes: [{ type: 'billing', keywords: ['refund', 'invoice'] }],
    });
    expect(patch.businessHours).toEqual({
      timeZone: 'Europe/Berlin',
      offHoursMessage: 'Closed.',
      holidays: ['2026-12-25'],
      days: {
        mon: [{ from: '09:00', to: '17:00' }],
        tue: null,
        wed: null,
        thu: null,
        fri: null,
        sat: [{ from: '10:00', to: '12:00' }],
        sun: null,
      },
    });
  });

  it('removes the ticket system and business hours with null, and reads lists from lines and commas', () => {
    const draft = {
      ...draftOf(stored),
      integrationId: '',
      hoursOn: false,
      startsWith: 'urgent\n\n asap ,now',
    };
    const patch = policyPatch(draft);
    expect(patch.integrationId).toBeNull();
    expect(patch.businessHours).toBeNull();
    expect(patch.startsWith).toEqual(['urgent', 'asap', 'now']);
  });

  it('finds the field an API error names, the longest match first', () => {
    const fields = ['type', 'businessHours.days.mon', 'businessHours.timeZone'];
    expect(
      fieldOfError('settings.ticketPolicy.businessHours.days.mon.0: `from` must come before `to`.', fields),
    ).toBe('businessHours.days.mon');
    expect(fieldOfError('settings.ticketPolicy.type: Too small', fields)).toBe('type');
    expect(fieldOfError('settings.rules.expire: bad', fields)).toBeUndefined();
  });
});
