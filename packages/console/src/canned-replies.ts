/** The workspace's canned replies for the reply box: loaded once per sign-in, and what `/shortcut` typing matches. */
import type { CannedReplyView } from '@frontdesk/core/wire';
import { useEffect, useState } from 'preact/hooks';
import type { Api } from './api.js';
import { useDesk } from './desk-context.js';

const cache = new WeakMap<Api, Promise<CannedReplyView[]>>();

/** After the manager changed them: the next reply box loads them afresh. */
export function forgetCannedReplies(api: Api): void {
  cache.delete(api);
}

export function useCannedReplies(): CannedReplyView[] {
  const { api } = useDesk();
  const [replies, setReplies] = useState<CannedReplyView[]>([]);
  useEffect(() => {
    let promise = cache.get(api);
    if (!promise) {
      promise = api
        .call<{ data: CannedReplyView[] }>('GET', '/v1/desk/canned-replies')
        .then((answer) => answer.data);
      cache.set(api, promise);
      promise.catch(() => cache.delete(api));
    }
    let current = true;
    promise.then(
      (loaded) => current && setReplies(loaded),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api]);
  return replies;
}

/** The `/word` being typed just before the caret (start of text or after a space), if any. */
export function slashWord(text: string, caret: number): { start: number; word: string } | undefined {
  const match = /(^|\s)\/([\p{L}\p{N}_-]*)$/u.exec(text.slice(0, caret));
  if (!match) return undefined;
  return { start: match.index + (match[1]?.length ?? 0), word: (match[2] ?? '').toLowerCase() };
}

/** Replies whose shortcut starts with `word`, exact match first, at most five. */
export function matchingReplies(replies: CannedReplyView[], word: string): CannedReplyView[] {
  return replies
    .filter((reply) => reply.shortcut.startsWith(word))
    .sort((left, right) => Number(right.shortcut === word) - Number(left.shortcut === word))
    .slice(0, 5);
}
