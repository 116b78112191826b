/**
 * The event-bus port: topics carrying JSON payloads between the parts of one instance or, with a
 * shared implementation (Redis, PostgreSQL LISTEN/NOTIFY), between several instances.
 */

export type BusListener = (payload: unknown) => void;

/** Stops a subscription. `ready` settles once the bus would hand this listener a message published now. */
export type Unsubscribe = (() => void) & { ready: Promise<void> };

export interface EventBus {
  /** True when `publish` resolves with a count of receivers; false when it cannot tell (PostgreSQL NOTIFY). */
  readonly countsReceivers: boolean;
  /**
   * Sends `payload` (JSON-safe) to every listener of `topic` on every instance. Resolves with how
   * many instances (or, in one process, listeners) received it, or `undefined` when the bus cannot
   * tell (PostgreSQL NOTIFY).
   */
  publish(topic: string, payload: unknown): Promise<number | undefined>;
  /** Listens to one topic; a throwing listener does not stop the others. */
  subscribe(topic: string, listener: BusListener): Unsubscribe;
  /** Drops connections; later publishes fail. */
  close(): Promise<void>;
}

/** Runs each listener of a topic, isolating failures; returns how many ran. */
export function notifyListeners(listeners: Iterable<BusListener> | undefined, payload: unknown): number {
  let count = 0;
  for (const listener of [...(listeners ?? [])]) {
    count += 1;
    try {
      listener(payload);
    } catch {
      // One broken listener must not keep the message from the others.
    }
  }
  return count;
}

/** Listener sets per topic, with the moments a topic gains its first or loses its last listener. */
export class TopicListeners {
  private readonly byTopic = new Map<string, Set<BusListener>>();

  /** Adds `listener`; true when the topic had none before. */
  add(topic: string, listener: BusListener): boolean {
    let set = this.byTopic.get(topic);
    const first = !set;
    if (!set) {
      set = new Set();
      this.byTopic.set(topic, set);
    }
    set.add(listener);
    return first;
  }

  /** Removes `listener`; true when the topic has none left. */
  remove(topic: string, listener: BusListener): boolean {
    const set = this.byTopic.get(topic);
    if (!set?.delete(listener)) return false;
    if (set.size > 0) return false;
    this.byTopic.delete(topic);
    return true;
  }

  get(topic: string): Set<BusListener> | undefined {
    return this.byTopic.get(topic);
  }

  topics(): string[] {
    return [...this.byTopic.keys()];
  }
}

/** One process, no network: a published payload reaches this process's listeners (as a JSON copy). */
export function createInProcessBus(): EventBus {
  const listeners = new TopicListeners();
  let closed = false;
  return {
    countsReceivers: true,
    async publish(topic, payload) {
      if (closed) throw new Error('the event bus is closed');
      // A copy, as a shared bus would deliver: no listener can change what another one sees.
      const copy = JSON.parse(JSON.stringify(payload)) as unknown;
      return notifyListeners(listeners.get(topic), copy);
    },
    subscribe(topic, listener) {
      listeners.add(topic, listener);
      return Object.assign(() => void listeners.remove(topic, listener), { ready: Promise.resolve() });
    },
    async close() {
      closed = true;
    },
  };
}
