import type { Annotation, AnnotationType, ArticleSnapshot } from '../model';
import { collapseWhitespace } from './anchoring/whitespace';
import { diffArticle, newLength, oldLength, type Segment, type SegmentKind } from './article-diff';
import { changedNumbers, type NumberChange } from './changed-numbers';
import { locateQuote, type TextSpan } from './locate-quote';

/*
 * What changed in an article since its snapshot, as the reader needs it: the word diff with the
 * passages they annotated marked, and a list of those passages that changed — numbers changed
 * inside claims first, since "18" becoming "16" under a claim that disputes the 18 is the edit a
 * fact-checker must not miss.
 */

export interface MarkedSegment {
  kind: SegmentKind;
  text: string;
  /** Ids of the annotations whose passage this text is part of. */
  annotations: string[];
}

export type ChangeBlock =
  { kind: 'unchanged'; paragraphs: number } | { kind: 'changed'; segments: MarkedSegment[] };

export interface AnnotationChange {
  annotationId: string;
  type: AnnotationType;
  /** The passage as the snapshot has it. */
  then: string;
  /** The same passage in the article now ('' when it was taken out). */
  now: string;
  numbers: NumberChange | null;
}

export interface ArticleChanges {
  articleUrl: string;
  /** When the snapshot was taken: when the reader annotated the article. */
  takenAt: string;
  /** Annotated passages that changed: numbers in claims, numbers elsewhere, claims, the rest. */
  annotations: AnnotationChange[];
  blocks: ChangeBlock[];
  removedWords: number;
  addedWords: number;
}

interface Located {
  annotation: Annotation;
  /** In the snapshot's text. */
  old: TextSpan | null;
  /** In today's text: where the old passage went, else where its quote is found. */
  new: TextSpan | null;
}

/** The changes from `snapshot` to `now` (both as paragraphs), or null when the text is the same. */
export function articleChanges(
  snapshot: Pick<ArticleSnapshot, 'articleUrl' | 'takenAt' | 'paragraphs'>,
  now: readonly string[],
  annotations: readonly Annotation[],
): ArticleChanges | null {
  const diff = diffArticle(snapshot.paragraphs, now);
  if (!diff.blocks.some((b) => b.kind === 'changed')) return null;
  // Spans of both texts in order, unchanged paragraphs included, for mapping old offsets to new.
  const spans: Segment[] = diff.blocks.flatMap((b) =>
    b.kind === 'changed'
      ? b.segments
      : [{ kind: 'same' as const, text: ' '.repeat(b.length), oldAt: b.oldAt, newAt: b.newAt }],
  );
  // Quotes are matched against the texts as extraction gives them, paragraphs joined by a space:
  // the same offsets as the diff's, whose texts join them by a newline.
  const oldText = snapshot.paragraphs.join(' ');
  const newText = now.join(' ');
  const located: Located[] = annotations.map((annotation) => {
    const old = locateQuote(oldText, annotation);
    return {
      annotation,
      old,
      new: old ? mapSpan(spans, old) : locateQuote(newText, annotation),
    };
  });
  return {
    articleUrl: snapshot.articleUrl,
    takenAt: snapshot.takenAt,
    annotations: annotationChanges(located, oldText, newText),
    blocks: diff.blocks.map((b) =>
      b.kind === 'changed'
        ? { kind: 'changed', segments: b.segments.flatMap((s) => markSegment(s, located)) }
        : { kind: 'unchanged', paragraphs: b.paragraphs },
    ),
    removedWords: diff.removedWords,
    addedWords: diff.addedWords,
  };
}

function annotationChanges(
  located: Located[],
  oldText: string,
  newText: string,
): AnnotationChange[] {
  const changes: { change: AnnotationChange; rank: number; at: number }[] = [];
  for (const { annotation, old, new: now } of located) {
    if (!old || !now) continue;
    const then = oldText.slice(old.start, old.end);
    const today = collapseWhitespace(newText.slice(now.start, now.end));
    if (collapseWhitespace(then) === today) continue;
    const numbers = changedNumbers(then, today);
    const claim = annotation.type === 'claim';
    const rank = numbers ? (claim ? 0 : 1) : claim ? 2 : 3;
    changes.push({
      change: { annotationId: annotation.id, type: annotation.type, then, now: today, numbers },
      rank,
      at: old.start,
    });
  }
  return changes.sort((a, b) => a.rank - b.rank || a.at - b.at).map((c) => c.change);
}

/**
 * Where an old passage lies in the new text. A passage that starts or ends inside removed words
 * takes what replaced them: "built 18" whose 18 became 16 is "built 16" now.
 */
function mapSpan(spans: Segment[], span: TextSpan): TextSpan {
  const holding = (p: number) =>
    spans.findIndex((s) => oldLength(s) > 0 && s.oldAt <= p && p < s.oldAt + oldLength(s));
  const first = holding(span.start);
  const last = holding(span.end - 1);
  if (first < 0 || last < 0) return { start: 0, end: 0 };
  const a = spans[first];
  const start = a.kind === 'same' ? a.newAt + (span.start - a.oldAt) : a.newAt;
  const b = spans[last];
  let end = b.kind === 'same' ? b.newAt + (span.end - b.oldAt) : b.newAt;
  if (b.kind === 'removed')
    for (let i = last + 1; i < spans.length && spans[i].kind === 'added'; i++)
      end = spans[i].newAt + newLength(spans[i]);
  return { start, end: Math.max(start, end) };
}

/** A changed segment cut where annotated passages begin and end, each piece with the ids covering it. */
function markSegment(segment: Segment, located: Located[]): MarkedSegment[] {
  const length = segment.text.length;
  const relative = (span: TextSpan | null, at: number) => {
    if (!span) return null;
    const start = Math.max(0, span.start - at);
    const end = Math.min(length, span.end - at);
    return end > start ? { start, end } : null;
  };
  const covers = located
    .map((l) => ({
      id: l.annotation.id,
      span:
        segment.kind === 'added'
          ? relative(l.new, segment.newAt)
          : segment.kind === 'removed' || l.old
            ? relative(l.old, segment.oldAt)
            : relative(l.new, segment.newAt),
    }))
    .filter((c): c is { id: string; span: TextSpan } => c.span !== null);
  const cuts = [...new Set([0, length, ...covers.flatMap((c) => [c.span.start, c.span.end])])].sort(
    (a, b) => a - b,
  );
  const out: MarkedSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const ids = covers.filter((c) => c.span.start <= from && c.span.end >= to).map((c) => c.id);
    const previous = out.at(-1);
    if (previous && previous.annotations.join() === ids.join())
      previous.text += segment.text.slice(from, to);
    else out.push({ kind: segment.kind, text: segment.text.slice(from, to), annotations: ids });
  }
  return out;
}
