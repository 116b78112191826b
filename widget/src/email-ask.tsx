/** Asks a visitor without a known address where the team's replies should go when a ticket opens. */

// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { Strings } from './i18n.js';

interface Props {
  strings: Strings;
  required: boolean;
  onSave(email: string): Promise<boolean>;
  onSkip(): void;
}

/** The browser checks the address (`type=email`); the server checks it again. */
export function EmailAsk({ strings, required, onSave, onSkip }: Props) {
  const [email, setEmail] = useState('');
  const [refused, setRefused] = useState(false);
  return (
    <form
      class="fd-email"
      onSubmit={async (event) => {
        event.preventDefault();
        setRefused(!(await onSave(email)));
      }}
    >
      <label>
        {strings.emailAsk}
        <input
          type="email"
          required
          autocomplete="email"
          aria-invalid={refused}
          value={email}
          onInput={(event) => setEmail((event.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" class="fd-primary">
        {strings.emailSave}
      </button>
      {!required && (
        <button type="button" class="fd-link" onClick={onSkip}>
          {strings.emailSkip}
        </button>
      )}
    </form>
  );
}
