import type { ComponentChildren } from 'preact';
import type { Annotation } from '@/utils/model';
import { QuoteWithContext } from '@/components/QuoteWithContext';

/** One annotation in a list of passages: its quote in its sentence, and beside it what `children` say. */
export function PassageRow({
  annotation: a,
  kind,
  children,
}: {
  annotation: Annotation;
  /** A class that says which list it is in ("mention", "attributed"), for styles and tests. */
  kind?: string;
  children: ComponentChildren;
}) {
  return (
    <li class={kind ? `passage-row ${kind}` : 'passage-row'} data-annotation-id={a.id}>
      <QuoteWithContext prefix={a.prefix} quote={a.quote} suffix={a.suffix} type={a.type} />
      {children}
    </li>
  );
}
