import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/db';
import { useLiveQuery } from '@/utils/use-live-query';
import { readExportData } from '@/utils/export-files';
import { buildLibraryView, NO_FILTERS, type LibraryFilters } from '@/utils/library-view';
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
import { unreviewedClaims } from '@/utils/export';

/** Every article, entity and claim the reader has kept; search, filters, export and import. */
export function App({ db }: { db: GlossDatabase }) {
  const data = useLiveQuery(() => readExportData(db), []);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [error, setError] = useState<string | null>(null);
  const view = data.value ? buildLibraryView(data.value, filters) : null;

  return (
    <main class="library">
      <header class="library-header">
        <h1>Gloss library</h1>
        <p class="hint">Everything here is stored in this browser only.</p>
        <StorageStatus />
      </header>
      {(data.error || error) && (
        <p class="error" role="alert">
          {data.error?.message ?? error}
        </p>
      )}
      {view && (
        <>
          <FilterBar filters={filters} sites={view.sites} onChange={setFilters} />
          {filters.query.trim() && <SearchResults rows={view.matches} query={filters.query} />}
          <nav class="sections" aria-label="Sections">
            <a href="#articles">Articles ({view.articles.length})</a>
            <a href="#entities">People and organizations ({view.entities.length})</a>
            <a href="#claims">Claims ({view.claims.length})</a>
            <a href="#data">Export and import</a>
          </nav>
          <ArticleTable rows={view.articles} />
          <EntityList rows={view.entities} onError={setError} />
          <ClaimTable rows={view.claims} onError={setError} />
        </>
      )}
      <section id="data" class="data" aria-labelledby="data-title">
        <h2 id="data-title">Export and import</h2>
        <ExportMenu db={db} article={null} onError={setError} />
        <Settings unverifiedClaims={data.value ? unreviewedClaims(data.value) : 0} />
        <ImportPanel />
        <DangerZone db={db} />
      </section>
    </main>
  );
}
