import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import { NO_FILTERS, type LibraryFilters } from '@/utils/store/library-view';
import type { ClaimStatus } from '@/utils/model';
import {
  ARTICLES_BY_SAVED,
  CLAIMS_BY_ADDED,
  nextSort,
  type ArticleSortKey,
  type ClaimSortKey,
} from '@/utils/library/sort';
import { useLibrary } from '@/hooks/use-library';
import { useHashRoute } from '@/hooks/use-hash-route';
import { StorageStatus } from './StorageStatus';
import { LibraryHome } from './LibraryHome';
import { ArticleView } from './ArticleView';
import { EntityPage } from './EntityPage';

/**
 * Every article, entity and claim the reader has kept; search, filters, export and import — and,
 * by the address (#article=…, #entity=…), one article in context or one entity's page. The
 * library's own state stays here, so Back from a detail view finds it as it was left.
 */
export function App({ db }: { db: GlossDatabase }) {
  const route = useHashRoute();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [articleSort, setArticleSort] = useState(ARTICLES_BY_SAVED);
  const [claimSort, setClaimSort] = useState(CLAIMS_BY_ADDED);
  const [claimStatus, setClaimStatus] = useState<ClaimStatus | 'all'>('all');
  const [error, setError] = useState<string | null>(null);
  const library = useLibrary(db, { filters, articleSort, claimSort, claimStatus });

  /** A tag's click anywhere: the library, narrowed to it. */
  const filterByTag = (tag: string) => {
    setFilters((f) => ({ ...f, tag }));
    if (route.view !== 'library') location.hash = '';
  };

  return (
    <main class="library">
      <header class="library-header">
        <h1>
          <a href="#" class="home-link">
            Gloss library
          </a>
        </h1>
        <StorageStatus after={library.articles !== undefined || library.error !== null} />
      </header>
      {(library.error || error) && (
        <p class="error" role="alert">
          {library.error?.message ?? error}
        </p>
      )}
      {route.view === 'article' ? (
        <ArticleView db={db} url={route.url} onTag={filterByTag} onError={setError} />
      ) : route.view === 'entity' ? (
        <EntityPage db={db} id={route.id} onTag={filterByTag} onError={setError} />
      ) : (
        <LibraryHome
          db={db}
          library={library}
          filters={filters}
          onFilters={setFilters}
          articleSort={articleSort}
          onArticleSort={(key: ArticleSortKey) => setArticleSort((s) => nextSort(s, key))}
          claimSort={claimSort}
          onClaimSort={(key: ClaimSortKey) => setClaimSort((s) => nextSort(s, key))}
          claimStatus={claimStatus}
          onClaimStatus={setClaimStatus}
          onTag={filterByTag}
          onError={setError}
        />
      )}
    </main>
  );
}
