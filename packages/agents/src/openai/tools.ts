/** The tools the model may call: `search_knowledge` and `create_ticket`, with their argument parsing. */
import type { ChatCompletionTool } from 'openai/resources/chat/completions';

export const TOOLS: ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'search_knowledge',
      description: 'Search the help centre and connected knowledge for passages about a question.',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string', description: 'What to search for.' } },
        required: ['query'],
        additionalProperties: false,
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'create_ticket',
      description: 'Hand the conversation to the human support team by opening a ticket.',
      parameters: {
        type: 'object',
        properties: {
          summary: { type: 'string', description: 'One line saying what the person needs.' },
          type: { type: 'string', description: 'Kind of request, e.g. billing, bug, account, question.' },
          priority: { type: 'string', enum: ['low', 'medium', 'high', 'urgent'] },
        },
        required: ['summary'],
        additionalProperties: false,
      },
    },
  },
];

export type ToolRequest =
  | { name: 'search_knowledge'; query: string }
  | { name: 'create_ticket'; summary: string; ticketType?: string; priority?: string }
  | { name: 'unknown'; problem: string };

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
}

/** Reads a tool call the model made; anything malformed becomes `unknown` with a reason for the model. */
export function parseToolCall(name: string, argumentsJson: string): ToolRequest {
  let args: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(argumentsJson || '{}');
    args = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return { name: 'unknown', problem: `The arguments of ${name} were not valid JSON.` };
  }
  if (name === 'search_knowledge') {
    const query = text(args.query, 500);
    return query ? { name, query } : { name: 'unknown', problem: 'search_knowledge needs a query.' };
  }
  if (name === 'create_ticket') {
    const summary = text(args.summary, 300);
    if (!summary) return { name: 'unknown', problem: 'create_ticket needs a summary.' };
    const ticketType = text(args.type, 50);
    const priority = text(args.priority, 20);
    return { name, summary, ...(ticketType ? { ticketType } : {}), ...(priority ? { priority } : {}) };
  }
  return { name: 'unknown', problem: `There is no tool called ${name}.` };
}
