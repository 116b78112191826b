/** The escalation form's draft of a ticket policy, and the merge patch that saves it. */
import { DEFAULT_HOURS } from './business-hours-fields.js';
import { type BusinessHours, listOf, type TicketPolicy, WEEKDAYS } from './escalation-types.js';

export interface TicketTypeRow {
  keywords: string;
  type: string;
  priority: string;
}

export interface Draft {
  humanRequest: boolean;
  noAnswer: boolean;
  noAnswerHandover: TicketPolicy['noAnswerHandover'];
  always: boolean;
  startsWith: string;
  notStartsWith: string;
  emoji: TicketPolicy['emoji'];
  emojiList: string;
  handover: TicketPolicy['handover'];
  type: string;
  priority: string;
  integrationId: string;
  ticketTypes: TicketTypeRow[];
  hoursOn: boolean;
  hours: BusinessHours;
}

/** The form's values for a stored policy (lists as lines, an unset sink as ""). */
export function draftOf(policy: TicketPolicy): Draft {
  return {
    humanRequest: policy.humanRequest,
    noAnswer: policy.noAnswer,
    noAnswerHandover: policy.noAnswerHandover,
    always: policy.always,
    startsWith: policy.startsWith.join('\n'),
    notStartsWith: policy.notStartsWith.join('\n'),
    emoji: policy.emoji,
    emojiList: policy.emojiList.join(', '),
    handover: policy.handover,
    type: policy.type,
    priority: policy.priority,
    integrationId: policy.integrationId ?? '',
    ticketTypes: policy.ticketTypes.map((rule) => ({
      keywords: rule.keywords.join(', '),
      type: rule.type,
      priority: rule.priority ?? '',
    })),
    hoursOn: policy.businessHours !== undefined,
    hours: policy.businessHours
      ? { ...policy.businessHours, holidays: policy.businessHours.holidays ?? [] }
      : DEFAULT_HOURS,
  };
}

/**
 * `settings.ticketPolicy` as a JSON merge patch: lists replace, `null` removes the sink, business
 * hours, and the days that are closed (the stored days would otherwise be kept).
 */
export function policyPatch(draft: Draft): Record<string, unknown> {
  return {
    humanRequest: draft.humanRequest,
    noAnswer: draft.noAnswer,
    noAnswerHandover: draft.noAnswerHandover,
    always: draft.always,
    startsWith: listOf(draft.startsWith),
    notStartsWith: listOf(draft.notStartsWith),
    emoji: draft.emoji,
    emojiList: listOf(draft.emojiList),
    handover: draft.handover,
    type: draft.type.trim(),
    priority: draft.priority.trim(),
    integrationId: draft.integrationId || null,
    ticketTypes: draft.ticketTypes.map((row) => ({
      type: row.type.trim(),
      ...(row.priority.trim() ? { priority: row.priority.trim() } : {}),
      keywords: listOf(row.keywords),
    })),
    businessHours: draft.hoursOn
      ? {
          timeZone: draft.hours.timeZone,
          offHoursMessage: draft.hours.offHoursMessage,
          holidays: [...draft.hours.holidays].sort(),
          days: Object.fromEntries(
            WEEKDAYS.map((day) => {
              const openings = draft.hours.days[day] ?? [];
              return [day, openings.length > 0 ? openings : null];
            }),
          ),
        }
      : null,
  };
}
