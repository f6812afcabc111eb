import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/db';
import type { Article } from '@/utils/model';
import { downloadText } from '@/utils/download';
import { EXPORT_FORMATS, EXPORT_LABELS, exportFile, type ExportFormat } from '@/utils/export-files';

interface Props {
  db: GlossDatabase;
  article: Article | null;
  onError: (message: string) => void;
}

/** Export buttons: one article's work from the popup, or the whole library. */
export function ExportMenu({ db, article, onError }: Props) {
  // What an export left out or could not fill in (ClaimReview: unverified claims, no reviewer set).
  const [notice, setNotice] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    try {
      const file = await exportFile(db, format, article);
      setNotice(file.notice ?? null);
      downloadText(file.filename, file.text, file.mime);
    } catch (e) {
      onError(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <div class="export-menu" role="group" aria-label={article ? 'Export this article' : 'Export the library'}>
      {EXPORT_FORMATS.map((format) => (
        <button type="button" key={format} onClick={() => void run(format)}>
          {EXPORT_LABELS[format]}
        </button>
      ))}
      {notice && (
        <p class="hint" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
