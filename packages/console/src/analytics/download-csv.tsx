/** "Download CSV": fetches a report as CSV with the console's credentials and saves it under the server's file name. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';

/** The file name in `Content-Disposition: attachment; filename="…"`. */
function fileName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

export function DownloadCsv({ path, what }: { path: string; what: string }) {
  const desk = useDesk();
  const [problem, setProblem] = useState<string>();
  const url = `${path}${path.includes('?') ? '&' : '?'}format=csv`;
  // A bearer token cannot ride on a plain link, so the file is fetched and handed to the browser.
  const download = async (event: Event) => {
    event.preventDefault();
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: desk.api.headers('GET') });
      if (!response.ok) throw new Error(`The download failed (HTTP ${response.status}).`);
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName(response.headers.get('Content-Disposition'), 'analytics.csv');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The download failed.');
    }
  };
  return (
    <span class="download">
      <a href={url} onClick={download} download>
        Download CSV<span class="visually-hidden"> of {what}</span>
      </a>
      {problem && <span role="alert"> {problem}</span>}
    </span>
  );
}
