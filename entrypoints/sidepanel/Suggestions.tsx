import { useRef, useState } from 'preact/hooks';
import type { Annotation, Article, ArticleInput, Entity, TextQuoteSelector } from '@/utils/model';
import type { SuggestResult } from '@/utils/suggest/types';
import { sendToBackground, sendToTab } from '@/utils/protocol/messaging';
import { quotesToTag, suggestionKey, type Suggestion } from '@/utils/suggest/actions';
import { SuggestionList } from '@/components/SuggestionList';
import { TagAllList } from '@/components/TagAllList';
import { untaggedMentions, type TagAll } from '@/utils/suggest/tag-all';
import { focusTargetAfter } from '@/utils/ui/focus-after-removal';

interface Props {
  tabId: number;
  article: ArticleInput;
  stored: Article | undefined;
  annotations: Annotation[];
  entities: Entity[];
  onError: (message: string) => void;
}

type State =
  | { step: 'closed' }
  | { step: 'working' }
  | { step: 'ready'; text: string; result: SuggestResult }
  | { step: 'none' };

/**
 * Suggestions run here, in the extension page, on the article text the content script sends:
 * the NLP (compromise, ~150 KB gzipped) is loaded only when the reader opens this section and
 * never runs on the page's main thread.
 */
export function Suggestions({ tabId, article, stored, annotations, entities, onError }: Props) {
  const [state, setState] = useState<State>({ step: 'closed' });
  const section = useRef<HTMLDetailsElement>(null);
  // Each action below removes its item from the list: the keyboard moves on before it goes.
  const moveOn = (from: HTMLElement) => {
    const root = section.current;
    if (root) focusTargetAfter(from, 'li.suggestion', root, root.querySelector('summary'))?.focus();
  };

  const load = async () => {
    setState({ step: 'working' });
    try {
      const [page, { suggest }] = await Promise.all([
        sendToTab(tabId, 'content:article-text', {}),
        import('@/utils/suggest'),
      ]);
      if (!page) return setState({ step: 'none' });
      setState({ step: 'ready', text: page.text, result: suggest(page) });
    } catch (e) {
      onError(`Suggestions failed: ${(e as Error).message}`);
      setState({ step: 'closed' });
    }
  };

  // Every tag goes through the content script (it anchors the quote in the live page and paints it)
  // and from there through the background's annotation:create, as a tag made by hand does.
  const tagQuotes = async (
    type: Suggestion['type'],
    quotes: TextQuoteSelector[],
    entityName?: string,
  ) => {
    let missing = 0;
    for (const quote of quotes) {
      if (
        !(await sendToTab(tabId, 'content:tag-quote', { type, quote, entityName }).catch(
          (e: Error) => (onError(e.message), null),
        ))
      )
        missing++;
    }
    if (missing)
      onError(
        `${missing} mention${missing === 1 ? ' was' : 's were'} not found on the page as shown.`,
      );
  };
  const accept = (text: string, s: Suggestion, every: boolean) =>
    tagQuotes(s.type, quotesToTag(text, s, every), s.type === 'claim' ? undefined : s.name);
  const tagAll = (item: TagAll) => tagQuotes(item.entity.type, item.quotes, item.entity.name);
  const dismiss = (s: Suggestion) =>
    sendToBackground('suggestion:dismiss', {
      article,
      key: suggestionKey(s),
      dismissed: true,
    }).catch((e: Error) => onError(e.message));

  // What the reader has already tagged or dismissed is not suggested again.
  const dismissed = new Set(stored?.dismissedSuggestions ?? []);
  const tagged = new Set(entities.map((e) => `${e.type}:${e.normalizedName}`));
  const claimed = new Set(annotations.filter((a) => a.type === 'claim').map((a) => a.quote));
  const open = (s: Suggestion) =>
    !dismissed.has(suggestionKey(s)) &&
    (s.type === 'claim' ? !claimed.has(s.sentence) : !tagged.has(suggestionKey(s)));

  return (
    <details
      ref={section}
      class="suggestions"
      onToggle={(e) =>
        (e.currentTarget as HTMLDetailsElement).open && state.step === 'closed' && void load()
      }
    >
      <summary>Suggestions</summary>
      {state.step === 'working' && <p role="status">Reading the article…</p>}
      {state.step === 'none' && <p class="empty">No article text to suggest from.</p>}
      {state.step === 'ready' && !state.result.supported && (
        <p class="empty">{state.result.reason}</p>
      )}
      {state.step === 'ready' && (
        <TagAllList
          items={untaggedMentions(
            state.text,
            entities,
            annotations,
            state.result.supported ? [...state.result.people, ...state.result.organizations] : [],
          )}
          onTagAll={(item, from) => {
            moveOn(from);
            void tagAll(item);
          }}
        />
      )}
      {state.step === 'ready' && state.result.supported && (
        <SuggestionList
          people={state.result.people.filter(open)}
          organizations={state.result.organizations.filter(open)}
          claims={state.result.claims.filter(open)}
          onAccept={(s, every, from) => {
            moveOn(from);
            void accept(state.text, s, every);
          }}
          onDismiss={(s, from) => {
            moveOn(from);
            void dismiss(s);
          }}
        />
      )}
    </details>
  );
}
