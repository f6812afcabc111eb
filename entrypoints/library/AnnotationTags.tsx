import type { Annotation } from '@/utils/model';
import { sendToBackground } from '@/utils/protocol/messaging';
import { TagList } from '@/components/TagList';

/** An annotation's tags, edited through the background (the one writer). */
export function AnnotationTags({
  annotation,
  onFilter,
  onError,
}: {
  annotation: Annotation;
  onFilter: (tag: string) => void;
  onError: (message: string) => void;
}) {
  return (
    <TagList
      tags={annotation.tags}
      onFilter={onFilter}
      onChange={(tags) =>
        void sendToBackground('annotation:update', { id: annotation.id, patch: { tags } }).catch(
          (e: Error) => onError(e.message),
        )
      }
    />
  );
}
