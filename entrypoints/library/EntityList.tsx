import { useState } from 'preact/hooks';
import type { Entity } from '@/utils/model';
import type { EntityRow } from '@/utils/store/library-view';
import { sendToBackground } from '@/utils/protocol/messaging';
import { TYPE_LABELS } from '@/utils/labels';
import { useLiveQuery } from '@/hooks/use-live-query';
import { Paged } from '@/components/Paged';
import type { Library } from '@/hooks/use-library';
import { ArticleLink } from './ArticleTable';
import { entityHref } from '@/utils/library/route';
import type { SearchQuery } from '@/utils/library/search';
import { Marked } from '@/components/Marked';

interface Props {
  page: NonNullable<Library['entities']>;
  mentionsOf: Library['mentionsOf'];
  search: SearchQuery;
  onError: (message: string) => void;
  empty: string;
}

/** People and organizations with their mentions across articles; rename and merge. */
export function EntityList({
  page: { rows, total, more, choices },
  mentionsOf,
  search,
  onError,
  empty,
}: Props) {
  return (
    <section id="entities" aria-labelledby="entities-title">
      <h2 id="entities-title">People and organizations ({total})</h2>
      {total === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <Paged
          items={rows}
          total={total}
          onMore={more}
          noun="people and organizations"
          render={(page) => (
            <ul class="entity-list">
              {page.map((row) => (
                <EntityItem
                  key={row.entity.id}
                  row={row}
                  choices={choices}
                  mentionsOf={mentionsOf}
                  search={search}
                  onError={onError}
                />
              ))}
            </ul>
          )}
        />
      )}
    </section>
  );
}

interface ItemProps {
  row: EntityRow;
  search: SearchQuery;
  choices: Entity[];
  mentionsOf: Library['mentionsOf'];
  onError: (m: string) => void;
}

function EntityItem({ row, choices, mentionsOf, search, onError }: ItemProps) {
  const { entity, mentionCount, articleCount } = row;
  // The mention list and the merge choices are built only while open: closed, 2,000 entities
  // would otherwise read 100,000 mentions and render 2,000 × 2,000 merge options nobody looks at.
  const [open, setOpen] = useState(false);
  const id = `entity-${entity.id}`;
  return (
    <li
      class={`entity type-${entity.type}`}
      data-entity-id={entity.id}
      aria-labelledby={`${id}-name`}
    >
      <div class="entity-head">
        <span class={`chip chip-${entity.type}`}>{TYPE_LABELS[entity.type]}</span>
        <a id={`${id}-name`} class="entity-name" href={entityHref(entity.id)}>
          <Marked text={entity.name} search={search} />
        </a>
        <span class="mention-count">
          {mentionCount} {mentionCount === 1 ? 'mention' : 'mentions'} in {articleCount}{' '}
          {articleCount === 1 ? 'article' : 'articles'}
        </span>
        {entity.aliases.length > 0 && (
          <span class="hint">
            also: <Marked text={entity.aliases.join(', ')} search={search} />
          </span>
        )}
      </div>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Mentions, rename, merge</summary>
        {open && (
          <EntityDetails
            entity={entity}
            others={choices.filter((o) => o.type === entity.type && o.id !== entity.id)}
            mentionsOf={mentionsOf}
            onError={onError}
          />
        )}
      </details>
    </li>
  );
}

function EntityDetails({
  entity,
  others,
  mentionsOf,
  onError,
}: {
  entity: Entity;
  others: Entity[];
  mentionsOf: Library['mentionsOf'];
  onError: (m: string) => void;
}) {
  const mentions = useLiveQuery(() => mentionsOf(entity.id), [entity.id, mentionsOf]);
  const [name, setName] = useState(entity.name);
  const [target, setTarget] = useState('');
  const run = (p: Promise<unknown>) => p.catch((e: Error) => onError(e.message));
  return (
    <>
      <Paged
        items={mentions.value ?? []}
        noun="mentions"
        render={(page) => (
          <ul class="mentions">
            {page.map(({ annotation, article }) => (
              <li key={annotation.id}>
                <q>{annotation.quote}</q> —{' '}
                <ArticleLink
                  url={annotation.articleUrl}
                  title={article?.title ?? annotation.articleUrl}
                />
              </li>
            ))}
          </ul>
        )}
      />
      <form
        class="inline-form"
        onSubmit={(e) => (
          e.preventDefault(),
          run(sendToBackground('entity:rename', { id: entity.id, name: name.trim() }))
        )}
      >
        <label>
          Name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>
        <button type="submit" disabled={!name.trim() || name.trim() === entity.name}>
          Rename
        </button>
      </form>
      {others.length > 0 && (
        <form
          class="inline-form"
          onSubmit={(e) => (
            e.preventDefault(),
            target &&
              run(sendToBackground('entity:merge', { sourceId: entity.id, targetId: target }))
          )}
        >
          <label>
            Merge into{' '}
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value="">Choose…</option>
              {others.map((o) => (
                <option value={o.id} key={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!target}>
            Merge
          </button>
        </form>
      )}
    </>
  );
}
