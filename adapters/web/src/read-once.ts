/**
 * Staff "read" signals for one event stream, each sent once. A read reaches a stream from the
 * store's catch-up when it opens and, when it happened just before, late over the event bus too
 * (PostgreSQL or Redis between instances): the same moment must not be announced twice.
 */
export function readOnce(): (at: number) => boolean {
  let latest = Number.NEGATIVE_INFINITY;
  return (at) => {
    if (at <= latest) return false;
    latest = at;
    return true;
  };
}
