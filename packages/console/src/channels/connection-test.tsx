/** A channel connection's Test button: asks the API to check it for real and shows the answer beside it. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';

interface Check {
  ok: boolean;
  message: string;
}

/** `path` is the test route (`POST`); `name` labels the button for screen readers. */
export function ConnectionTest({ path, name }: { path: string; name: string }) {
  const desk = useDesk();
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ error: boolean; text: string }>();

  async function test() {
    setBusy(true);
    setAnswer(undefined);
    try {
      const { data } = await desk.api.call<{ data: Check }>('POST', path);
      setAnswer({ error: !data.ok, text: `${data.ok ? 'Works' : 'Failed'}: ${data.message}` });
    } catch (failure) {
      setAnswer({ error: true, text: desk.explain(failure) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <span class="connection-test">
      <button type="button" aria-label={`Test ${name}`} disabled={busy} onClick={test}>
        {busy ? 'Testing…' : 'Test'}
      </button>{' '}
      <span role="status" class={answer?.error ? 'error' : 'muted'}>
        {answer?.text ?? ''}
      </span>
    </span>
  );
}
