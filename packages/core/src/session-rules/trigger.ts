/** Trigger matching: does a message start a session with this bot? */
import { safeRegexTest } from './regex-guard.js';
import type { BotRules, TriggerOperator } from './rules-schema.js';

/** One operator applied to a message, case-insensitively and ignoring surrounding spaces. */
export function matchesOperator(operator: TriggerOperator, value: string, text: string): boolean {
  if (operator === 'regex') return safeRegexTest(value, text.trim());
  const subject = text.trim().toLowerCase();
  const wanted = value.trim().toLowerCase();
  if (wanted === '') return false;
  switch (operator) {
    case 'equals':
      return subject === wanted;
    case 'contains':
      return subject.includes(wanted);
    case 'startsWith':
      return subject.startsWith(wanted);
    case 'endsWith':
      return subject.endsWith(wanted);
  }
}

/**
 * The advanced syntax: clauses separated by `|` (any may match), each a list of terms joined by
 * `&` (all must match); a term is `operator:value`, prefixed with `!` to negate it.
 * Example: `contains:refund&!contains:thanks|startsWith:help`.
 */
export function matchesAdvanced(expression: string, text: string): boolean {
  return expression
    .split('|')
    .some((clause) => clause.trim() !== '' && clause.split('&').every((term) => matchesTerm(term, text)));
}

function matchesTerm(rawTerm: string, text: string): boolean {
  const term = rawTerm.trim();
  const negated = term.startsWith('!');
  const body = negated ? term.slice(1) : term;
  const colon = body.indexOf(':');
  if (colon < 0) return false;
  const operator = body.slice(0, colon) as TriggerOperator;
  if (!TERM_OPERATORS.has(operator)) return false;
  const matched = matchesOperator(operator, body.slice(colon + 1), text);
  return negated ? !matched : matched;
}

const TERM_OPERATORS = new Set<TriggerOperator>(['equals', 'contains', 'startsWith', 'endsWith', 'regex']);

/** Problems in an advanced expression (unknown operators), for validation when saved. */
export function advancedProblems(expression: string): string[] {
  const problems: string[] = [];
  for (const clause of expression.split('|')) {
    for (const rawTerm of clause.split('&')) {
      const term = rawTerm.trim().replace(/^!/, '');
      const colon = term.indexOf(':');
      const operator = term.slice(0, Math.max(colon, 0)) as TriggerOperator;
      if (colon < 0 || !TERM_OPERATORS.has(operator)) problems.push(`unknown term "${term}"`);
    }
  }
  return problems;
}

/** True when the message may start a session: `all` always, `none` never (fallback only). */
export function matchesTrigger(rules: BotRules, text: string): boolean {
  switch (rules.triggerType) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'keyword':
      return matchesOperator(rules.triggerOperator, rules.triggerValue, text);
    case 'advanced':
      return matchesAdvanced(rules.triggerValue, text);
  }
}
