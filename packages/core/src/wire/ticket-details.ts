/** What an answer cites and the ticket it opened, as Enjo clients expect them. */
import { z } from 'zod';

/** One place the answer came from. */
export const sourceSchema = z.object({
  type: z.string(),
  name: z.string(),
  score: z.number().min(0).max(1),
  url: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** The ticket a message created or is linked to, as Enjo clients expect it. */
export const ticketDetailsSchema = z.object({
  /** The ticket system's id: the Jira key, the ServiceNow number, Frontdesk's own for builtin tickets. */
  id: z.string(),
  /** Frontdesk's id of the ticket (`/v1/tickets/{frontdeskId}`). */
  frontdeskId: z.string().optional(),
  /** The number people quote: the same as `id` for Jira, ServiceNow and builtin tickets. */
  caseNumber: z.string().optional(),
  url: z.string().optional(),
  /** What kind of record it is in the ticket system (`jira`, `servicenow`, `builtin`, `webhook`, or an upstream's) and where its API has it. */
  attributes: z.object({ type: z.string(), url: z.string().optional() }).optional(),
  /** The requester as given to the ticket: name, email, phone and company. */
  suppliedName: z.string().optional(),
  suppliedEmail: z.string().optional(),
  suppliedPhone: z.string().optional(),
  suppliedCompany: z.string().optional(),
  type: z.string(),
  status: z.string(),
  /** `status` in the visitor's language, for the widget's ticket card (web channel only). */
  statusLabel: z.string().optional(),
  priority: z.string(),
  description: z.string(),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
});
export type TicketDetails = z.infer<typeof ticketDetailsSchema>;
