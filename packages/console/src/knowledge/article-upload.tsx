/** Uploads several files at once (Markdown, HTML, PDF, Word); each becomes an article, with its own result. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useDesk } from '../desk-context.js';
import { uploadFile } from './knowledge-api.js';

interface Outcome {
  file: string;
  ok: boolean;
  text: string;
}

export function ArticleUpload({ botId, onUploaded }: { botId: string; onUploaded(): void }) {
  const desk = useDesk();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  async function upload(event: Event) {
    event.preventDefault();
    if (files.length === 0) return;
    setBusy(true);
    const results: Outcome[] = [];
    // One at a time: each file is indexed before the next, and each gets its own answer.
    for (const file of files) {
      try {
        const article = await uploadFile(desk.api, botId, file);
        results.push({ file: file.name, ok: true, text: `added as ${article.title}` });
      } catch (failure) {
        results.push({ file: file.name, ok: false, text: desk.explain(failure) });
      }
      setOutcomes([...results]);
    }
    setBusy(false);
    setFiles([]);
    (event.target as HTMLFormElement).reset();
    if (results.some((result) => result.ok)) onUploaded();
  }

  return (
    <form class="fields" onSubmit={upload} aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload files</h2>
      <label>
        Files (.md, .html, .pdf, .docx; several at once)
        <input
          type="file"
          multiple
          accept=".md,.markdown,.html,.htm,.pdf,.docx,text/markdown,text/html,application/pdf"
          onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
        />
      </label>
      <button type="submit" disabled={busy || files.length === 0}>
        {busy ? 'Uploading…' : files.length > 1 ? `Upload ${files.length} files` : 'Upload'}
      </button>
      {outcomes.length > 0 && (
        <ul class="outcomes" aria-label="Upload results">
          {outcomes.map((outcome) => (
            <li key={outcome.file} class={outcome.ok ? 'ok' : 'error'}>
              {outcome.ok ? '✓' : '✗'} {outcome.file}: {outcome.text}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
