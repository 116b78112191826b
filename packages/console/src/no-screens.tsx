/** Shown to a member whose role allows no screen of the console at all. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';

export function NoScreens() {
  return (
    <section aria-labelledby="no-screens-heading">
      <h1 id="no-screens-heading">Nothing to see here yet</h1>
      <p>
        You are signed in, but your role allows none of the console's screens. Ask an owner or admin of this
        workspace to give you a role that may read tickets, conversations or the setup.
      </p>
    </section>
  );
}
