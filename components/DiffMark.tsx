/**
 * A run of words a diff removed or added. Screen readers mostly read <del> and <ins> as plain text
 * (NVDA and VoiceOver do not announce them by default), so a visually hidden "removed:" or
 * "added:" says which it is (spaced, so it is never read as one word with its neighbours). It
 * sits before the element, not inside it: the element's own text stays exactly the page's text.
 */
export function DiffMark({
  kind,
  text,
  class: className,
}: {
  kind: 'removed' | 'added';
  text: string;
  class?: string;
}) {
  return (
    <>
      <span class="visually-hidden">{` ${kind}: `}</span>
      {kind === 'removed' ? (
        <del class={className}>{text}</del>
      ) : (
        <ins class={className}>{text}</ins>
      )}
    </>
  );
}
