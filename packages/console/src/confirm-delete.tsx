/** A delete button that asks first, inline: "Delete X?" with "Yes, delete" and "Cancel"; focus goes to Cancel, Escape cancels. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { type ComponentChildren, h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmDeleteProps {
  /** What is deleted, as the question and the buttons name it: `the group Billing`, `Ops hook`. */
  what: string;
  /** The first button's accessible name, e.g. `Delete group Billing`. */
  label: string;
  /** Runs after "Yes, delete"; it reports success or failure itself. */
  onConfirm(): unknown;
  /** The first button's text; "Delete" unless given. */
  children?: ComponentChildren;
  /** The word for the action in the question and the confirm button: `delete` (default) or `remove`. */
  verb?: string;
}

export function ConfirmDelete({ what, label, onConfirm, children, verb = 'delete' }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    // Focus follows the question: to Cancel when it opens, back to the button when it closes.
    if (asking) cancel.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button ref={opener} type="button" class="danger" aria-label={label} onClick={() => setAsking(true)}>
        {children ?? 'Delete'}
      </button>
    );
  const question = `${verb[0]?.toUpperCase()}${verb.slice(1)} ${what}?`;
  return (
    <fieldset
      class="confirm confirm-delete"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        setAsking(false);
      }}
    >
      <legend class="visually-hidden">{question}</legend>
      <span aria-hidden="true">{question}</span>
      <button
        type="button"
        class="danger"
        aria-label={`Yes, ${verb} ${what}`}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        Yes, {verb}
      </button>
      <button ref={cancel} type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
