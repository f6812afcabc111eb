import { browser } from 'wxt/browser';
import type { GlossDatabase } from '@/utils/store/db';
import { exportFile } from '@/utils/store/export-reads';
import { exportWorker } from '@/utils/store/export-worker-client';
import { isFiltered, type LibraryFilters } from '@/utils/store/library-view';
import { ANNOTATION_TYPES, type ClaimStatus } from '@/utils/model';
import type { ArticleSortKey, ClaimSortKey, Sort } from '@/utils/library/sort';
import type { Library } from '@/hooks/use-library';
import { ExportMenu } from '@/components/ExportMenu';
import { ArticleTable } from './ArticleTable';
import { EntityList } from './EntityList';
import { ClaimTable } from './ClaimTable';
import { SearchResults } from './SearchResults';
import { FilterBar } from './FilterBar';
import { TagsPanel } from './TagsPanel';
import { ImportPanel } from './ImportPanel';
import { DangerZone } from './DangerZone';
import { Settings } from './Settings';

interface Props {
  db: GlossDatabase;
  library: Library;
  filters: LibraryFilters;
  onFilters: (f: LibraryFilters) => void;
  articleSort: Sort<ArticleSortKey>;
  onArticleSort: (key: ArticleSortKey) => void;
  claimSort: Sort<ClaimSortKey>;
  onClaimSort: (key: ClaimSortKey) => void;
  claimStatus: ClaimStatus | 'all';
  onClaimStatus: (s: ClaimStatus | 'all') => void;
  onTag: (tag: string) => void;
  onError: (message: string) => void;
}

/** The worker that writes the later part of a large library's export (entrypoints/export-worker.ts). */
const EXPORT_WORKER_URL = () => browser.runtime.getURL('/export-worker.js');

/** The library's front page: the filters, each section (narrowed by them), and the data tools. */
export function LibraryHome(props: Props) {
  const { db, library, filters, onFilters, onTag, onError } = props;
  const { articles, entities, claims, matches, search } = library;
  const filtered = isFiltered(filters);
  // A first-time reader gets one line of help, not four empty sections.
  const firstRun = !filtered && articles?.total === 0;
  const none = filtered ? 'Nothing here matches the search and filters.' : undefined;
  return (
    <>
      {firstRun ? (
        <p class="first-run" role="status">
          Your library is empty. On any news page, select a few words and choose Highlight, Person,
          Organization or Claim: what you mark is kept here, linked across articles.
        </p>
      ) : (
        <FilterBar
          filters={filters}
          sites={library.sites}
          tags={library.tags.map((t) => t.tag)}
          onChange={onFilters}
        />
      )}
      {matches && <SearchResults page={matches} search={search} onTag={onTag} onError={onError} />}
      {articles && !firstRun ? (
        <>
          <nav class="sections" aria-label="Sections">
            <a href="#articles">Articles ({articles.total})</a>
            <a href="#entities">People and organizations ({entities?.total ?? '…'})</a>
            <a href="#claims">Claims ({claims?.total ?? '…'})</a>
            <a href="#tags">Tags ({library.tags.length})</a>
            <a href="#data">Export and import</a>
          </nav>
          {/* Each section shows as soon as its own rows are read: the articles come first. */}
          <ArticleTable
            page={articles}
            types={filters.type === 'all' ? ANNOTATION_TYPES : [filters.type]}
            search={search}
            sort={props.articleSort}
            onSort={props.onArticleSort}
            empty={
              none ??
              'No saved articles yet. Highlight something on a news page, or use “Save article” in the popup.'
            }
          />
          {entities ? (
            <EntityList
              page={entities}
              mentionsOf={library.mentionsOf}
              search={search}
              onError={onError}
              empty={
                none ??
                'Tag a name as Person or Organization and it appears here, linked across articles.'
              }
            />
          ) : (
            <p role="status">Reading people and organizations…</p>
          )}
          {claims ? (
            <ClaimTable
              page={claims}
              names={entities?.choices ?? []}
              search={search}
              sort={props.claimSort}
              onSort={props.onClaimSort}
              status={props.claimStatus}
              onStatus={props.onClaimStatus}
              onTag={onTag}
              onError={onError}
              empty={none ?? 'Tag a sentence as Claim to track its verdict here.'}
            />
          ) : (
            <p role="status">Reading claims…</p>
          )}
          <TagsPanel tags={library.tags} active={filters.tag} onFilter={onTag} onError={onError} />
        </>
      ) : (
        !library.error && !articles && <p role="status">Reading the library…</p>
      )}
      <section id="data" class="data" aria-labelledby="data-title">
        <h2 id="data-title">Export and import</h2>
        <ExportMenu
          label="Export the library"
          exportFile={(format) =>
            exportFile(db, format, null, new Date(), exportWorker(EXPORT_WORKER_URL()))
          }
          onError={onError}
        />
        <Settings unverifiedClaims={library.unverifiedClaims} />
        <ImportPanel />
        <DangerZone db={db} />
      </section>
    </>
  );
}
