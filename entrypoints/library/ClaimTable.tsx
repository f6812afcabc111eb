import { CLAIM_STATUSES, type ClaimStatus } from '@/utils/model';
import type { ClaimRow } from '@/utils/store/library-view';
import { STATUS_LABELS } from '@/utils/labels';
import { sendToBackground } from '@/utils/protocol/messaging';
import { httpUrlOrNull } from '@/utils/interchange/export';
import { Paged } from '@/components/Paged';
import type { Shown } from '@/hooks/use-library';
import { ArticleLink } from './ArticleTable';

/** Every claim with its verdict status and source article; the status is editable here. */
export function ClaimTable({
  page: { rows, total, more },
  onError,
}: {
  page: Shown<ClaimRow>;
  onError: (m: string) => void;
}) {
  return (
    <section id="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims ({total})</h2>
      {total === 0 ? (
        <p class="empty">Tag a sentence as Claim to track its verdict here.</p>
      ) : (
        <Paged
          items={rows}
          total={total}
          onMore={more}
          noun="claims"
          render={(page) => (
            <table class="claims">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Status</th>
                  <th scope="col">Source</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {page.map(({ annotation, article, claimant }) => {
                  const evidence = annotation.claim?.evidenceUrl
                    ? httpUrlOrNull(annotation.claim.evidenceUrl)
                    : null;
                  return (
                    <tr key={annotation.id} data-annotation-id={annotation.id}>
                      <td>
                        <q>{annotation.quote}</q>
                        {claimant && <div class="hint">Claimed by {claimant.name}</div>}
                        {annotation.note && <div class="note">{annotation.note}</div>}
                      </td>
                      <td>
                        <select
                          aria-label="Claim status"
                          value={annotation.claim?.status ?? 'unverified'}
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
                      </td>
                      <td>
                        <ArticleLink
                          url={annotation.articleUrl}
                          title={article?.title ?? annotation.articleUrl}
                        />
                      </td>
                      <td>
                        {evidence ? (
                          <a href={evidence} target="_blank" rel="noopener noreferrer">
                            {evidence}
                          </a>
                        ) : (
                          (annotation.claim?.evidenceUrl ?? '')
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        />
      )}
    </section>
  );
}
