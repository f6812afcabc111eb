import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import { exportFile } from '@/utils/store/export-reads';
import { NO_FILTERS, type LibraryFilters } from '@/utils/store/library-view';
import { useLibrary } from '@/hooks/use-library';
import { ExportMenu } from '@/components/ExportMenu';
import { ArticleTable } from './ArticleTable';
import { EntityList } from './EntityList';
import { ClaimTable } from './ClaimTable';
import { SearchResults } from './SearchResults';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { DangerZone } from './DangerZone';
import { StorageStatus } from './StorageStatus';
import { Settings } from './Settings';

/** Every article, entity and claim the reader has kept; search, filters, export and import. */
export function App({ db }: { db: GlossDatabase }) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [error, setError] = useState<string | null>(null);
  const library = useLibrary(db, filters);
  const { articles, entities, claims, matches } = library;

  return (
    <main class="library">
      <header class="library-header">
        <h1>Gloss library</h1>
        <p class="hint">Everything here is stored in this browser only.</p>
        <StorageStatus />
      </header>
      {(library.error || error) && (
        <p class="error" role="alert">
          {library.error?.message ?? error}
        </p>
      )}
      <FilterBar filters={filters} sites={library.sites} onChange={setFilters} />
      {matches && <SearchResults page={matches} query={filters.query} />}
      {articles ? (
        <>
          <nav class="sections" aria-label="Sections">
            <a href="#articles">Articles ({articles.total})</a>
            <a href="#entities">People and organizations ({entities?.total ?? '…'})</a>
            <a href="#claims">Claims ({claims?.total ?? '…'})</a>
            <a href="#data">Export and import</a>
          </nav>
          {/* Each section shows as soon as its own rows are read: the articles come first. */}
          <ArticleTable page={articles} />
          {entities ? (
            <EntityList page={entities} mentionsOf={library.mentionsOf} onError={setError} />
          ) : (
            <p role="status">Reading people and organizations…</p>
          )}
          {claims ? (
            <ClaimTable page={claims} onError={setError} />
          ) : (
            <p role="status">Reading claims…</p>
          )}
        </>
      ) : (
        !library.error && <p role="status">Reading the library…</p>
      )}
      <section id="data" class="data" aria-labelledby="data-title">
        <h2 id="data-title">Export and import</h2>
        <ExportMenu
          label="Export the library"
          exportFile={(format) => exportFile(db, format, null)}
          onError={setError}
        />
        <Settings unverifiedClaims={library.unverifiedClaims} />
        <ImportPanel />
        <DangerZone db={db} />
      </section>
    </main>
  );
}
