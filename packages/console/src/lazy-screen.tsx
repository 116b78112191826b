/** Screens loaded when first opened, so the first screen stays small (each is its own chunk). */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component that imports the real one on first render and shows "Loading…" meanwhile. */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  return function LazyScreen(props: Props) {
    const [Component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      load().then(
        (component) => {
          loaded = component;
          setComponent(() => component);
        },
        () => setFailed(true),
      );
    }, [Component]);
    if (failed) return <p role="alert">This screen could not be loaded. Reload the page.</p>;
    return Component ? <Component {...props} /> : <p class="muted">Loading…</p>;
  };
}
