/** The bot as `/v1/bots` returns it, as far as the console reads it. */
import type { TicketPolicy } from './escalation-types.js';

export type AgentKind = 'embedded' | 'openai' | 'remote';

export interface BotAgent {
  kind: AgentKind;
  knowledgeDir?: string;
  model?: string;
  environment?: 'stage' | 'production';
  integrationId?: string;
  systemPrompt?: string;
  temperature?: number;
  /** Attached images go to an `openai` agent's model; off for text-only models. */
  imageInputs?: boolean;
  baseUrl?: string;
  botId?: string;
}

export interface WidgetTheme {
  primaryColor: string;
  position: 'right' | 'left';
  mode?: 'light' | 'dark' | 'auto';
  [key: string]: unknown;
}

export interface BotRecord {
  id: string;
  name: string;
  enabled: boolean;
  agent: BotAgent;
  settings: {
    widget: {
      enabled: boolean;
      allowedOrigins: string[];
      theme: WidgetTheme;
      texts?: Record<string, string | undefined>;
      identity: { required?: boolean; secretSet?: boolean; [key: string]: unknown };
      [key: string]: unknown;
    };
    ticketPolicy: TicketPolicy;
    [key: string]: unknown;
  };
}

export const AGENT_LABELS: Record<AgentKind, string> = {
  embedded: 'Embedded (answers from help articles)',
  openai: 'OpenAI-compatible',
  remote: 'Remote (an Enjo-compatible agent API)',
};

/** `/v1/bots/{id}` for a bot id. */
export const botPath = (id: string, rest = '') => `/v1/bots/${encodeURIComponent(id)}${rest}`;
