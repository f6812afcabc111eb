import { useState } from 'preact/hooks';
import { downloadText } from '@/utils/interchange/download';
import {
  EXPORT_FORMATS,
  EXPORT_LABELS,
  type ExportFile,
  type ExportFormat,
} from '@/utils/interchange/export-files';

interface Props {
  /** What the buttons export, for assistive technology: "Export this article", "Export the library". */
  label: string;
  /** Reads what the export covers and builds the file (the page decides what that is). */
  exportFile: (format: ExportFormat) => Promise<ExportFile>;
  onError: (message: string) => void;
}

/** Export buttons: one article's work from the popup, or the whole library. */
export function ExportMenu({ label, exportFile, onError }: Props) {
  // What an export left out or could not fill in (ClaimReview: unverified claims, no reviewer set).
  const [notice, setNotice] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    try {
      const file = await exportFile(format);
      setNotice(file.notice ?? null);
      downloadText(file.filename, file.text, file.mime);
    } catch (e) {
      onError(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <div class="export-menu" role="group" aria-label={label}>
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
