import { ANNOTATION_TYPES, type AnnotationType } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';

interface Props {
  onAction: (type: AnnotationType) => void;
  /** Where the buttons are for: shown to screen readers as the toolbar's label. */
  label?: string;
  /** In a web page's DOM: act only on the reader's real clicks, never on a script's `click()`. */
  trustedOnly?: boolean;
}

/** The four tagging actions. Button names are exactly the type labels: tests and assistive tools find them by role and name. */
export function SelectionToolbar({
  onAction,
  label = 'Gloss: tag the selection',
  trustedOnly = false,
}: Props) {
  return (
    <div class="gloss-toolbar" role="toolbar" aria-label={label}>
      {ANNOTATION_TYPES.map((type) => (
        <button
          type="button"
          class={`gloss-btn gloss-btn-${type}`}
          key={type}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => (!trustedOnly || e.isTrusted) && onAction(type)}
        >
          {TYPE_LABELS[type]}
        </button>
      ))}
    </div>
  );
}
