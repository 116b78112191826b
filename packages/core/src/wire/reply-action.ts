/** The buttons a reply may offer. */
import { z } from 'zod';

/** A button offered with a reply: pressing it sends `text` (with `escalate` for `kind: escalate`). */
export const replyActionSchema = z.object({
  /** `escalate`: ask for a person; `reply`: answer a question (yes/no); `csat`: a 1–5 rating. */
  kind: z.enum(['escalate', 'reply', 'csat']),
  label: z.string(),
  text: z.string(),
});
export type ReplyAction = z.infer<typeof replyActionSchema>;
