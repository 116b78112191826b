/**
 * The core's reply buttons (yes/no, a 1–5 rating, talk to a human) as Bot Framework suggested
 * actions: tapping one posts its text back as the person's message, which the core understands.
 */
import type { ReplyAction } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';

export function suggestedActions(actions: ReplyAction[] | undefined): Partial<Activity> {
  if (!actions || actions.length === 0) return {};
  return {
    suggestedActions: {
      to: [],
      actions: actions.map((action) => ({ type: 'imBack', title: action.label, value: action.text })),
    },
  } as Partial<Activity>;
}
