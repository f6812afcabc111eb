import { CLAIM_STATUSES, type ClaimStatus, type Entity } from '@/utils/model';
import type { ClaimRow } from '@/utils/store/library-view';
import { STATUS_LABELS } from '@/utils/labels';
import { formatDate } from '@/utils/format';
import { sendToBackground } from '@/utils/protocol/messaging';
import { httpUrlOrNull } from '@/utils/interchange/export';
import { articleHref } from '@/utils/library/route';
import type { SearchQuery } from '@/utils/library/search';
import type { ClaimSortKey, Sort } from '@/utils/library/sort';
import { Paged } from '@/components/Paged';
import { Marked } from '@/components/Marked';
import { SortHeader } from '@/components/SortHeader';
import type { Shown } from '@/hooks/use-library';
import { AnnotationTags } from './AnnotationTags';
import { ClaimantField } from './ClaimantField';
import { ArticleLink } from './ArticleTable';

interface Props {
  page: Shown<ClaimRow>;
  /** People and organizations the claimant field offers. */
  names: Entity[];
  search: SearchQuery;
  sort: Sort<ClaimSortKey>;
  onSort: (key: ClaimSortKey) => void;
  status: ClaimStatus | 'all';
  onStatus: (status: ClaimStatus | 'all') => void;
  onTag: (tag: string) => void;
  onError: (m: string) => void;
  empty: string;
}

/** The claims queue: each claim with who made it, its verdict and verdict note, its source; filter and sort by status. */
export function ClaimTable(props: Props) {
  const { page, sort, onSort, status, onStatus, empty } = props;
  const header = (label: string, key: ClaimSortKey) => (
    <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} />
  );
  return (
    <section id="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims ({page.total})</h2>
      <label class="status-filter">
        Show{' '}
        <select
          aria-label="Show claims with status"
          value={status}
          onChange={(e) => onStatus(e.currentTarget.value as ClaimStatus | 'all')}
        >
          <option value="all">every status</option>
          {CLAIM_STATUSES.map((s) => (
            <option value={s} key={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {page.total === 0 ? (
        <p class="empty">
          {status === 'all' ? empty : `No ${STATUS_LABELS[status].toLowerCase()} claims.`}
        </p>
      ) : (
        <Paged
          items={page.rows}
          total={page.total}
          onMore={page.more}
          noun="claims"
          render={(rows) => (
            <table class="claims">
              <thead>
                <tr>
                  {header('Claim', 'quote')}
                  {header('Claimed by', 'claimant')}
                  {header('Status', 'status')}
                  <th scope="col">Evidence</th>
                  {header('Source', 'source')}
                  {header('Added', 'added')}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ClaimRowView key={row.annotation.id} row={row} {...props} />
                ))}
              </tbody>
            </table>
          )}
        />
      )}
    </section>
  );
}

function ClaimRowView({ row, names, search, onTag, onError }: Props & { row: ClaimRow }) {
  const { annotation, article, claimant } = row;
  const claim = annotation.claim;
  const evidence = claim?.evidenceUrl ? httpUrlOrNull(claim.evidenceUrl) : null;
  return (
    <tr data-annotation-id={annotation.id}>
      <td>
        <q>
          <Marked text={annotation.quote} search={search} />
        </q>
        {annotation.note && (
          <div class="note">
            <Marked text={annotation.note} search={search} />
          </div>
        )}
        <AnnotationTags annotation={annotation} onFilter={onTag} onError={onError} />
      </td>
      <td>
        <ClaimantField
          claimId={annotation.id}
          claimant={claimant}
          names={names}
          onError={onError}
        />
      </td>
      <td>
        <select
          aria-label="Claim status"
          value={claim?.status ?? 'unverified'}
          onChange={(e) =>
            sendToBackground('annotation:update', {
              id: annotation.id,
              patch: { claim: { status: e.currentTarget.value as ClaimStatus } },
            }).catch((err: Error) => onError(err.message))
          }
        >
          {CLAIM_STATUSES.map((s) => (
            <option value={s} key={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {claim?.note && (
          <p class="verdict-note">
            <Marked text={claim.note} search={search} />
          </p>
        )}
      </td>
      <td>
        {evidence ? (
          <a href={evidence} target="_blank" rel="noopener noreferrer">
            {evidence}
          </a>
        ) : (
          (claim?.evidenceUrl ?? '')
        )}
      </td>
      <td>
        <ArticleLink url={annotation.articleUrl} title={article?.title ?? annotation.articleUrl} />
        <a class="in-context-link" href={articleHref(annotation.articleUrl)}>
          In context
        </a>
      </td>
      <td>{formatDate(annotation.createdAt)}</td>
    </tr>
  );
}
