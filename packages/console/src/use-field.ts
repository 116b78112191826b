/**
 * Form state whose latest value is readable at once: a submit that follows an input before the
 * next render (a fast typist, a paste then Enter) still sends what was typed.
 */
import { useRef, useState } from 'preact/hooks';

export function useField<T>(initial: () => T): [T, (next: T) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const latest = useRef(value);
  const set = (next: T) => {
    latest.current = next;
    setValue(next);
  };
  return [value, set, latest];
}
