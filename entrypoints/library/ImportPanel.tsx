import { useState } from 'preact/hooks';
import type { ImportError, ImportResult } from '@/utils/interchange/import';
import { parseInWorker } from './parse-in-worker';
import { sendToBackground } from '@/utils/protocol/messaging';
import { chunkImport } from '@/utils/store/import-staging';
import { IMPORT_MESSAGE_RECORDS } from '@/utils/protocol/messages';
import { describeError } from '@/utils/errors';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'writing'; name: string; progress: { done: number; total: number } }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string; errors: ImportError[] };

/**
 * Imports a Gloss JSON or Gloss W3C file, or annotations exported from Hypothesis's API. The file is
 * read and validated in a worker; the records go to the background (the only writer) in chunks and
 * are written in one transaction once all have arrived, so a bad file — or a failure half-way —
 * leaves the library as it was.
 */
export function ImportPanel() {
  const [state, setState] = useState<State>({ step: 'idle' });

  const importFile = async (file: File) => {
    setState({ step: 'reading', name: file.name });
    let parsed: ImportResult;
    try {
      parsed = await parseInWorker(file);
    } catch (error) {
      setState({
        step: 'failed',
        message: `${file.name} was not imported: ${describeError(error)} Nothing in your library changed.`,
        errors: [],
      });
      return;
    }
    if (!parsed.ok) {
      setState({
        step: 'failed',
        message: `${file.name} was not imported. Nothing in your library changed.`,
        errors: parsed.errors,
      });
      return;
    }
    try {
      const importId = crypto.randomUUID();
      const { articles, annotations, entities } = parsed.data;
      const total = articles.length + annotations.length + entities.length;
      setState({ step: 'writing', name: file.name, progress: { done: 0, total } });
      for (const chunk of chunkImport(parsed.data, IMPORT_MESSAGE_RECORDS)) {
        const { received } = await sendToBackground('library:import-chunk', { importId, chunk });
        setState({ step: 'writing', name: file.name, progress: { done: received, total } });
      }
      const summary = await sendToBackground('library:import-commit', { importId });
      const { put, unchanged } = summary;
      const skipped = parsed.skipped
        ? ` ${parsed.skipped} page notes and replies were left out: Gloss keeps annotations on quoted text only.`
        : '';
      setState({
        step: 'done',
        message: `Imported ${put.annotations} annotations, ${put.articles} articles and ${put.entities} people and organizations from ${file.name}; ${unchanged.annotations + unchanged.articles + unchanged.entities} records were already up to date.${skipped}`,
      });
    } catch (error) {
      setState({
        step: 'failed',
        message: `${file.name} was not imported: ${describeError(error)} Nothing in your library changed.`,
        errors: [],
      });
    }
  };

  return (
    <div class="import-panel">
      <label>
        Import file{' '}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={state.step === 'reading' || state.step === 'writing'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {state.step === 'reading' && <p role="status">Checking {state.name}…</p>}
      {state.step === 'writing' && (
        <p role="status">
          Importing {state.name}:{' '}
          <progress
            max={state.progress.total}
            value={state.progress.done}
            aria-label="Import progress"
          />{' '}
          {state.progress.done} / {state.progress.total}
        </p>
      )}
      {state.step === 'done' && (
        <p role="status" class="import-result">
          {state.message}
        </p>
      )}
      {state.step === 'failed' && (
        <div role="alert" class="error import-errors">
          <p>{state.message}</p>
          {state.errors.length > 0 && (
            <ul>
              {state.errors.map((e, i) => (
                <li key={i}>
                  {e.path && <code>{e.path}</code>} {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
