// @vitest-environment happy-dom
// The background subscription: reconnects after the server ends a stream, lets go in a tab hidden for long, resumes when shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_PAUSE_MS, subscribeLater } from './later-messages.js';

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('subscribeLater', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    setHidden(false);
  });

  it('stays connected while the tab is visible and reconnects with backoff when the stream ends', async () => {
    const connects: AbortSignal[] = [];
    let end: (() => void) | undefined;
    const stop = subscribeLater(
      (signal) =>
        new Promise<void>((resolve) => {
          connects.push(signal);
          end = resolve;
        }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(connects).toHaveLength(1);
    end?.();
    // A stream that ended at once waits 2 s, then 4 s, … up to 30 s.
    await vi.advanceTimersByTimeAsync(1999);
    expect(connects).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(connects).toHaveLength(2);
    stop();
    expect(connects[1]?.aborted).toBe(true);
  });

  it('lets go after a minute hidden, and catches up as soon as the tab shows again', async () => {
    const connects: AbortSignal[] = [];
    const stop = subscribeLater(
      (signal) =>
        new Promise<void>((resolve) => {
          connects.push(signal);
          signal.addEventListener('abort', () => resolve());
        }),
    );
    await vi.advanceTimersByTimeAsync(0);
    setHidden(true);
    await vi.advanceTimersByTimeAsync(HIDDEN_PAUSE_MS - 1);
    expect(connects[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(connects[0]?.aborted).toBe(true);
    // Hidden: no reconnecting at all, however long.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(connects).toHaveLength(1);
    setHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(connects).toHaveLength(2);
    expect(connects[1]?.aborted).toBe(false);
    stop();
  });

  it('keeps listening through a short look at another tab', async () => {
    const connects: AbortSignal[] = [];
    const stop = subscribeLater((signal) => {
      connects.push(signal);
      return new Promise<void>(() => {});
    });
    await vi.advanceTimersByTimeAsync(0);
    setHidden(true);
    await vi.advanceTimersByTimeAsync(HIDDEN_PAUSE_MS / 2);
    setHidden(false);
    await vi.advanceTimersByTimeAsync(HIDDEN_PAUSE_MS * 2);
    expect(connects).toHaveLength(1);
    expect(connects[0]?.aborted).toBe(false);
    stop();
  });
});
