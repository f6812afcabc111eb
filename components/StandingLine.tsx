import { STANDING_LABELS, type Standing } from '@/utils/page/standing';
import { DiffMark } from './DiffMark';

/**
 * Where an annotation stands on the page, in plain words. A changed one shows what the page now
 * reads, as a word diff against the stored quote: removed words struck through, new ones marked
 * (and named for screen readers).
 * Page text is rendered as text, never as HTML.
 */
export function StandingLine({ standing }: { standing: Standing }) {
  return (
    <div class={`standing standing-${standing.kind}`}>
      <span class="standing-label">{STANDING_LABELS[standing.kind]}</span>
      {standing.kind === 'changed' && (
        <blockquote class="standing-now" aria-label="What the page now reads">
          {standing.diff.map((part, i) =>
            part.change === 'same' ? (
              part.text
            ) : (
              <DiffMark key={i} kind={part.change} text={part.text} />
            ),
          )}
        </blockquote>
      )}
    </div>
  );
}
