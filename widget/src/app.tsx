/** The panel's root: theme, language and texts, focus handling, and the launcher's view for the loader. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChatController } from './chat-controller.js';
import { count, en, type Strings } from './i18n.js';
import type { LauncherView } from './launcher.js';
import type { WidgetOptions } from './options.js';
import { Panel } from './panel.js';

interface Props {
  controller: ChatController;
  options: WidgetOptions;
  language: string;
  /** The language's texts (empty for English). */
  strings: Partial<Strings>;
  /** The loader's launcher: focus returns to it when the chat closes. */
  launcher: HTMLButtonElement;
  paint(view: Omit<LauncherView, 'language' | 'rtl'>): void;
  /** Attach files (none: open the picker); loads the tray chunk on first use. */
  attach(files?: FileList): void;
}

export function App(props: Props) {
  const { controller, options, language } = props;
  const [state, setState] = useState(controller.state.get());
  // A layout effect runs before render() returns: a call to open() right after cannot be missed.
  useLayoutEffect(() => {
    setState(controller.state.get());
    return controller.state.subscribe(setState);
  }, [controller]);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const wasOpen = useRef(false);
  const open = state.open || Boolean(options.inline);

  // English, then the session's texts, then the language's, then the page's own overrides.
  const strings = { ...en, ...state.settings?.strings, ...props.strings, ...options.strings } as Strings;
  const settings = { ...state.settings, ...options.theme };
  const texts = {
    title: options.title ?? state.settings?.title ?? strings.title,
    greeting: options.greeting ?? state.settings?.greeting ?? strings.greeting,
    placeholder: options.placeholder ?? state.settings?.placeholder ?? strings.placeholder,
  };
  const suggestions = options.suggestedQuestions ?? state.settings?.suggestedQuestions ?? [];
  const view = {
    open: state.open,
    label: options.launcherLabel ?? state.settings?.launcherLabel ?? strings.launcherLabel,
    closeLabel: strings.close,
    unread: state.unread,
    unreadLabel: count(strings.unread, state.unread, language),
    preview: state.preview,
    color: settings.primaryColor ?? '#1f5fd6',
    position: settings.position ?? 'right',
    mode: settings.mode ?? 'auto',
  };
  const key = JSON.stringify(view);
  useLayoutEffect(() => props.paint(view), [key, props.paint]);

  // Focus moves into the panel on open and back to the launcher on close (not for inline chats).
  useEffect(() => {
    if (options.inline) return;
    if (state.open) inputRef.current?.focus();
    else if (wasOpen.current) props.launcher.focus();
    wasOpen.current = state.open;
  }, [state.open]);

  if (!open) return null;
  return (
    <Panel
      state={state}
      controller={controller}
      strings={strings}
      language={language}
      texts={texts}
      suggestions={suggestions}
      inline={Boolean(options.inline)}
      baseUrl={options.serverUrl}
      inputRef={inputRef}
      attach={props.attach}
    />
  );
}
