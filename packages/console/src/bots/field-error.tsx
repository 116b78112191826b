/** A validation error from the API, shown under the field it names (`id="error-{name}"`, for aria-describedby). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

export function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  const text = errors[name];
  return text ? (
    <p id={`error-${name}`} class="error field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** `aria-describedby` for a field: its error's id when it has one. */
export const describedBy = (name: string, errors: Record<string, string>) =>
  errors[name] ? `error-${name}` : undefined;
