import { useState } from 'preact/hooks';
import type {
  AnnotationChange,
  ArticleChanges,
  ChangeBlock,
  MarkedSegment,
} from '@/utils/page/article-changes';
import { formatDate } from '@/utils/format';
import { TYPE_LABELS } from '@/utils/labels';
import { DiffMark } from './DiffMark';
import './article-change-notice.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "This article changed since you annotated it": a status line, and on demand the changes —
 * the annotated passages that changed (numbers inside claims first), then the word diff,
 * NewsDiffs-style: removed words struck, added ones marked, annotated passages outlined.
 * Page text is rendered as text, never as HTML.
 */
export function ArticleChangeNotice({ changes }: { changes: ArticleChanges | null }) {
  const [open, setOpen] = useState(false);
  if (!changes) return null;
  return (
    <section class="article-changes" aria-label="Article changes">
      <p role="status" class="article-changes-status">
        This article changed since you annotated it on{' '}
        <time dateTime={changes.takenAt}>{formatDate(changes.takenAt)}</time>:{' '}
        {plural(changes.removedWords, 'word', 'words')} removed,{' '}
        {plural(changes.addedWords, 'word', 'words')} added.
      </p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide changes' : 'Show changes'}
      </button>
      {open && (
        <div class="article-changes-details">
          {changes.annotations.length > 0 && (
            <>
              <h3>Changed where you annotated</h3>
              <ul class="changed-annotations">
                {changes.annotations.map((change) => (
                  <ChangedAnnotation key={change.annotationId} change={change} />
                ))}
              </ul>
            </>
          )}
          <h3>Changes in the text</h3>
          <p class="diff-legend">
            <del>removed</del> · <ins>added</ins> · <span class="annotated">your annotations</span>
          </p>
          <div class="article-diff">
            {changes.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

function ChangedAnnotation({ change }: { change: AnnotationChange }) {
  const { numbers } = change;
  return (
    <li class="changed-annotation">
      <span class={`chip chip-${change.type}`}>{TYPE_LABELS[change.type]}</span>{' '}
      {numbers && (
        <strong class="changed-number">
          {numbers.before.join(', ') || 'no number'} → {numbers.after.join(', ') || 'no number'}
        </strong>
      )}
      <blockquote class="quote">{change.then}</blockquote>
      {change.now ? (
        <p class="changed-now">
          The page now reads: <q>{change.now}</q>
        </p>
      ) : (
        <p class="changed-now">The page no longer has this passage.</p>
      )}
    </li>
  );
}

function Block({ block }: { block: ChangeBlock }) {
  if (block.kind === 'unchanged')
    return (
      <p class="diff-unchanged">{plural(block.paragraphs, 'paragraph', 'paragraphs')} unchanged</p>
    );
  return (
    <p class="diff-changed">
      {block.segments.map((segment, i) => (
        <Segment key={i} segment={segment} />
      ))}
    </p>
  );
}

function Segment({ segment }: { segment: MarkedSegment }) {
  const annotated = segment.annotations.length > 0 ? 'annotated' : undefined;
  if (segment.kind !== 'same')
    return <DiffMark kind={segment.kind} text={segment.text} class={annotated} />;
  return annotated ? <mark class={annotated}>{segment.text}</mark> : <>{segment.text}</>;
}
