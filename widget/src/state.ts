/** A tiny observable state: enough for one widget, far lighter than a state library. */

export interface State<T> {
  get(): T;
  set(changes: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createState<T extends object>(initial: T): State<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(changes) {
      value = { ...value, ...changes };
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
