/** The success envelopes every JSON answer uses: `{ success: true, data }`, with `paging` on lists. */
import { z } from 'zod';

/** Where a page of a list sits in the whole. */
export const pagingSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type Paging = z.infer<typeof pagingSchema>;

/** `{ success: true, data }` around `data`. */
export function successOf<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

/** `{ success: true, data: [...], paging }` around one `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ success: z.literal(true), data: z.array(item), paging: pagingSchema });
}

/** The `data` of a deletion. */
export const deletedSchema = z.object({ id: z.string(), deleted: z.literal(true) });
