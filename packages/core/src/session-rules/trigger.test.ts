import { describe, expect, it } from 'vitest';
import { botRulesSchema } from './rules-schema.js';
import { matchesAdvanced, matchesOperator, matchesTrigger } from './trigger.js';

describe('matchesOperator', () => {
  it.each([
    ['equals', 'start', ' Start ', true],
    ['equals', 'start', 'start now', false],
    ['contains', 'refund', 'I want a REFUND please', true],
    ['contains', 'refund', 'I want money back', false],
    ['startsWith', 'help', 'Help me reset', true],
    ['startsWith', 'help', 'please help', false],
    ['endsWith', 'thanks', 'ok, thanks', true],
    ['endsWith', 'thanks', 'thanks, bye', false],
    ['regex', '^order #\\d{4,}$', 'Order #12345', true],
    ['regex', '^order #\\d{4,}$', 'order #12', false],
    ['contains', '', 'anything', false],
  ] as const)('%s %j against %j is %s', (operator, value, text, expected) => {
    expect(matchesOperator(operator, value, text)).toBe(expected);
  });
});

describe('matchesAdvanced', () => {
  it.each([
    ['contains:refund&!contains:thanks', 'refund please', true],
    ['contains:refund&!contains:thanks', 'refund done, thanks', false],
    ['equals:hi|startsWith:help', 'hi', true],
    ['equals:hi|startsWith:help', 'help!', true],
    ['equals:hi|startsWith:help', 'hello', false],
    ['regex:^\\d+$|equals:menu', '42', true],
    ['bogus:x', 'x', false],
  ])('%j against %j is %s', (expression, text, expected) => {
    expect(matchesAdvanced(expression, text)).toBe(expected);
  });
});

describe('matchesTrigger', () => {
  const rules = (input: object) => botRulesSchema.parse(input);

  it.each([
    [{ triggerType: 'all' }, 'anything', true],
    [{ triggerType: 'none' }, 'anything', false],
    [{ triggerType: 'keyword', triggerOperator: 'equals', triggerValue: 'start' }, 'start', true],
    [{ triggerType: 'keyword', triggerOperator: 'equals', triggerValue: 'start' }, 'hello', false],
    [{ triggerType: 'advanced', triggerValue: 'contains:billing|contains:invoice' }, 'my invoice', true],
  ])('%j with %j is %s', (input, text, expected) => {
    expect(matchesTrigger(rules(input), text)).toBe(expected);
  });
});
