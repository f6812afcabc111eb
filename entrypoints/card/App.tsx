import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, Entity, EntityType } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { sendToBackground } from '@/utils/protocol/messaging';
import { AnnotationCard } from '@/components/AnnotationCard';
import { StatusLegend } from '@/components/StatusLegend';
import { useUndoableDelete } from '@/hooks/use-undoable-delete';
import { useSavedSign } from '@/hooks/use-saved-sign';
import { useClaim, type ClaimStore } from './claim';
import { tellPage } from './page-channel';

/**
 * The annotation card framed in the reader's tab. It gets the annotation from the background with
 * its token and writes through the background, like every extension page; the page around it
 * learns nothing but the card's height.
 */
export function App({ claims }: { claims: ClaimStore }) {
  const state = useClaim(claims);
  const claim = state.status === 'ready' ? state.claim : null;
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [entityName, setEntityName] = useState<string | null>(null);
  // Grows when the reader types a claimant the article did not name yet.
  const [claimants, setClaimants] = useState<Entity[]>([]);
  const [error, setError] = useState<string | null>(null);
  const undo = useUndoableDelete(setError);
  const saved = useSavedSign();
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!claim) return;
    setAnnotation(claim.annotation);
    setEntityName(claim.entityName);
    setClaimants(claim.claimants);
  }, [claim]);
  // Opened to be typed in: whenever the frame gets the keyboard with nothing focused inside it
  // (focus can bounce while the page and the frame settle), the note field takes it.
  useEffect(() => {
    if (!claim?.focus) return;
    const onFocus = () => {
      if (document.activeElement === document.body)
        document.querySelector<HTMLTextAreaElement>('textarea[id$="-note"]')?.focus();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [claim]);
  // Rendered with its fields (and the note field focused inside the frame, if asked): the card says
  // whether it holds the keyboard, and the content script focuses the frame only if it does not
  // (the frame's first focus() can be lost when card.html replaces about:blank; focusing a frame
  // that already holds the keyboard would reset it and lose the reader's first keystroke). Asked
  // again twice while the page settles.
  useEffect(() => {
    if (!annotation || !claim) return;
    const report = () =>
      tellPage({
        type: 'gloss:card-ready',
        focused: document.hasFocus() && document.activeElement !== document.body,
      });
    report();
    if (!claim.focus) return;
    const timers = [150, 400].map((ms) => setTimeout(() => !document.hasFocus() && report(), ms));
    return () => timers.forEach(clearTimeout);
  }, [annotation !== null, claim]);

  // The frame follows the card's height, so nothing is cut off and nothing empty covers the article.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      tellPage({ type: 'gloss:card-size', height: el.getBoundingClientRect().height }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Leaving the field saves what was typed (useDraftField saves on blur) before the frame goes away.
  const close = () => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    tellPage({ type: 'gloss:card-close' });
  };
  // Escape closes on its keyup, once the key has finished with this frame: removing a frame between
  // a key's down and up leaves the up with no widget to land in (Chromium then never acknowledges it
  // to an automation client, and a real keyboard's keyup would reach no one). A keyup that never
  // comes (the window lost focus in between) still closes after a moment.
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const onDown = (e: KeyboardEvent) => {
      if (!e.isTrusted || e.key !== 'Escape' || pending) return;
      e.preventDefault();
      pending = setTimeout(finish, 400);
    };
    const finish = () => {
      if (!pending) return;
      clearTimeout(pending);
      pending = null;
      close();
    };
    const onUp = (e: KeyboardEvent) => e.isTrusted && e.key === 'Escape' && finish();
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    return () => {
      if (pending) clearTimeout(pending);
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
    };
  }, []);
  const update = (patch: AnnotationPatch) => {
    if (!annotation) return;
    saved
      .track(sendToBackground('annotation:update', { id: annotation.id, patch }))
      .then((updated) => {
        setAnnotation(updated);
        if (patch.entityName) setEntityName(patch.entityName);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  };
  const setClaimant = (name: string | null, type: EntityType) => {
    if (!annotation) return;
    saved
      .track(sendToBackground('claim:set-claimant', { id: annotation.id, name, type }))
      .then(({ annotation: updated, claimant }) => {
        setAnnotation(updated);
        if (claimant && !claimants.some((c) => c.id === claimant.id))
          setClaimants([...claimants, claimant]);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  };
  const [deleted, setDeleted] = useState(false);
  const remove = async (a: Annotation) => {
    await undo.remove(a);
    setAnnotation(null);
    setDeleted(true);
  };
  const restore = async () => {
    const pending = undo.pending;
    await undo.undo();
    if (pending) setAnnotation(pending);
    setDeleted(false);
  };
  // When the chance to undo a delete has passed, the card has nothing left to show.
  useEffect(() => {
    if (deleted && !undo.pending) close();
  }, [deleted, undo.pending]);

  return (
    <main ref={root} class="card-page">
      {state.status === 'refused' && <p class="card-message">{state.reason}</p>}
      {annotation && (
        <AnnotationCard
          annotation={annotation}
          entityName={entityName}
          claimants={claimants}
          onClaimant={setClaimant}
          onChange={update}
          onDelete={() => void remove(annotation)}
          onClose={close}
          focusNote={claim?.focus ?? false}
          saved={saved.shown}
        />
      )}
      {annotation?.type === 'claim' && (
        <details class="card-legend">
          <summary>Underlines on the page</summary>
          <StatusLegend />
        </details>
      )}
      {undo.pending && (
        <p class="card-message" role="status">
          Deleted “{undo.pending.quote.slice(0, 60)}”.{' '}
          <button type="button" onClick={() => void restore()}>
            Undo
          </button>{' '}
          <button type="button" onClick={close}>
            Close
          </button>
        </p>
      )}
      {error && (
        <p class="card-message error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
