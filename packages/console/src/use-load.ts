/** Loads data for a screen and loads it again when its inputs (filters, live counters) change. */
import { useEffect, useState } from 'preact/hooks';
import { useDesk } from './desk-context.js';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  /** Loads again now (after a change the screen made itself). */
  reload(): void;
}

/** Calls `load` whenever `inputs` change; a late answer to an old call is dropped. */
export function useLoad<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> {
  const desk = useDesk();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(desk.fail(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [...inputs, round]);

  return { data, error, loading, reload: () => setRound((value) => value + 1) };
}
