/** The text box: Enter sends, Shift+Enter is a new line; waits out a 429 with a countdown. */

import type { Ref } from 'preact';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { count, type Strings } from './i18n.js';
import { IconButton } from './icon-button.js';

interface Props {
  /** Attachments ready to go: the message may then be sent without words. */
  files?: number | undefined;
  /** Set when the bot takes files: the 📎 button opens the picker. */
  attach?: false | undefined | (() => void);
  draft: string;
  placeholder: string;
  strings: Strings;
  language: string;
  retryAt: number;
  disabled: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
  onDraft(text: string): void;
  onSend(text: string): void;
  onRetryReady(): void;
}

/** Whole seconds until `retryAt`, ticking once a second. */
function useCountdown(retryAt: number, onDone: () => void): number {
  const left = () => Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!retryAt) return;
    const timer = setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) {
        clearInterval(timer);
        onDone();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [retryAt]);
  return seconds;
}

export function Composer(props: Props) {
  const seconds = useCountdown(props.retryAt, props.onRetryReady);
  const blocked = props.disabled || seconds > 0;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!blocked) props.onSend(props.draft);
  };
  return (
    <form class="fd-composer" onSubmit={submit}>
      {seconds > 0 && (
        <p class="fd-notice" role="status">
          {count(props.strings.rateLimited, seconds, props.language)}
        </p>
      )}
      <div class="fd-row">
        {props.attach && <IconButton label={props.strings.attach} onClick={props.attach} glyph="📎" />}
        <textarea
          ref={props.inputRef}
          rows={1}
          value={props.draft}
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          maxLength={4000}
          onInput={(event) => props.onDraft((event.target as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
          }}
        />
        <button
          type="submit"
          class="fd-send"
          disabled={blocked || !(props.draft.trim() || props.files)}
          aria-label={props.strings.send}
        >
          <span aria-hidden="true">➤</span>
        </button>
      </div>
    </form>
  );
}
