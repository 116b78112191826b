/** The whole widget: launcher with unread badge, and the panel; theme, texts and focus handling. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatController } from './chat-controller.js';
import { readableOn } from './contrast.js';
import { format, type Strings } from './i18n.js';
import type { WidgetOptions } from './options.js';
import { Panel } from './panel.js';

interface Props {
  controller: ChatController;
  strings: Strings;
  options: WidgetOptions;
}

export function App(props: Props) {
  const { controller, options } = props;
  const [state, setState] = useState(controller.state.get());
  useEffect(() => controller.state.subscribe(setState), [controller]);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const wasOpen = useRef(false);

  // Focus moves into the panel on open and back to the launcher on close.
  useEffect(() => {
    if (state.open) inputRef.current?.focus();
    else if (wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = state.open;
  }, [state.open]);

  // English, then the session's language, then the page's own overrides.
  const strings = { ...props.strings, ...state.settings?.strings, ...options.strings } as Strings;
  const settings = { ...state.settings, ...options.theme };
  const color = settings.primaryColor ?? '#1f5fd6';
  const texts = {
    title: options.title ?? state.settings?.title ?? strings.title,
    greeting: options.greeting ?? state.settings?.greeting ?? strings.greeting,
    placeholder: options.placeholder ?? state.settings?.placeholder ?? strings.placeholder,
  };
  const launcherLabel = options.launcherLabel ?? state.settings?.launcherLabel ?? strings.launcherLabel;
  return (
    <div
      class={`fd-root fd-${settings.position ?? 'right'} fd-mode-${settings.mode ?? 'auto'}${state.open ? ' fd-open' : ''}`}
      style={{ '--fd-primary': color, '--fd-on-primary': readableOn(color) }}
    >
      {state.open && (
        <Panel
          state={state}
          controller={controller}
          strings={strings}
          texts={texts}
          baseUrl={options.serverUrl}
          inputRef={inputRef}
        />
      )}
      {state.preview && (
        // What the team wrote while the panel was closed; a tap opens the chat.
        <button type="button" class="fd-preview" onClick={() => controller.open()}>
          {state.preview}
        </button>
      )}
      <button
        type="button"
        ref={launcherRef}
        class="fd-launcher"
        aria-expanded={state.open}
        aria-label={state.open ? strings.close : launcherLabel}
        onClick={() => (state.open ? controller.close() : controller.open())}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          <path
            fill="currentColor"
            d={state.open ? 'M7 10l5 5 5-5z' : 'M4 4h16v12H7l-3 3zm4 5h8v2H8zm0-3h8v2H8z'}
          />
        </svg>
        {state.unread > 0 && !state.open && (
          <span class="fd-badge" role="status" aria-label={format(strings.unread, { n: state.unread })}>
            {state.unread}
          </span>
        )}
      </button>
    </div>
  );
}
