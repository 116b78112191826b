/** A bot's rules (triggers, sessions, debounce, ignore list), validated with zod when saved. */
import { z } from 'zod';
import { regexProblem } from './regex-guard.js';
import { advancedProblems } from './trigger.js';

export const triggerTypes = ['all', 'keyword', 'advanced', 'none'] as const;
export const triggerOperators = ['equals', 'contains', 'startsWith', 'endsWith', 'regex'] as const;
export type TriggerType = (typeof triggerTypes)[number];
export type TriggerOperator = (typeof triggerOperators)[number];

const list = z.array(z.string().trim().min(1).max(200)).max(500).default([]);

/** The rules' fields, for routes that accept them alongside others (the seed's bot body). */
export const botRulesShape = {
  /** Which messages start a session: every one, a keyword, an advanced expression, or none (fallback only). */
  triggerType: z.enum(triggerTypes).default('all'),
  triggerOperator: z.enum(triggerOperators).default('contains'),
  /** The keyword, the regex, or the advanced expression (`contains:a&!contains:b|equals:c`). */
  triggerValue: z.string().max(500).default(''),
  /** Another bot of the workspace that answers messages this bot's trigger did not match. */
  fallbackBotId: z.string().min(1).max(200).optional(),
  /** A message equal to this (case-insensitive) ends the session; empty: none. */
  keywordFinish: z.string().max(200).default(''),
  /** Seconds of inactivity after which the session ends (as the seed); 0: never. At most a year. */
  expire: z.number().int().min(0).max(31_536_000).default(0),
  /** A finished session is kept as `closed` (listable) rather than deleted. */
  keepOpen: z.boolean().default(false),
  /** Seconds to wait for more messages from the same person; they are joined and answered once. */
  debounceTime: z.number().int().min(0).max(3600).default(0),
  /** Milliseconds to wait before answering. */
  delayMessage: z.number().int().min(0).max(60_000).default(0),
  /** Sent when the agent has nothing to say; empty: nothing. */
  unknownMessage: z.string().max(4000).default(''),
  /** Whether the bot reacts to messages staff write in the conversation. */
  listeningFromMe: z.boolean().default(false),
  /** Staff writing in a conversation pauses the bot there. */
  stopBotFromMe: z.boolean().default(true),
  /** People, channels and email domains the bot never answers. */
  ignore: z
    .strictObject({
      /** Requester ids (Slack user ids, Teams AAD ids, widget user ids). */
      users: list,
      /** Channel names (`slack`, `web`) or channel-key prefixes (`slack:T1:C1`). */
      channels: list,
      /** Email domains such as `example.com` (subdomains included). */
      emailDomains: list,
    })
    .default({ users: [], channels: [], emailDomains: [] }),
};

export const botRulesSchema = z.strictObject(botRulesShape).superRefine((rules, context) => {
  const problem = triggerProblem(rules);
  if (problem) context.addIssue({ code: 'custom', path: ['triggerValue'], message: problem });
});
export type BotRules = z.infer<typeof botRulesSchema>;

/** What is wrong with the trigger, if anything. */
function triggerProblem(rules: {
  triggerType: TriggerType;
  triggerOperator: TriggerOperator;
  triggerValue: string;
}): string | undefined {
  const value = rules.triggerValue;
  if (rules.triggerType === 'keyword') {
    if (rules.triggerOperator === 'regex') return regexProblem(value);
    if (value.trim() === '') return 'a keyword trigger needs a value';
  }
  if (rules.triggerType === 'advanced') {
    if (value.trim() === '') return 'an advanced trigger needs an expression';
    const problems = advancedProblems(value);
    if (problems.length > 0) return problems[0];
    for (const term of value.split(/[|&]/)) {
      const trimmed = term.trim().replace(/^!/, '');
      if (trimmed.startsWith('regex:')) {
        const problem = regexProblem(trimmed.slice('regex:'.length));
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

/** The rules with every default, for bots saved before rules existed. */
export const defaultBotRules: BotRules = botRulesSchema.parse({});
