import { CLAIM_STATUSES } from '@/utils/model';
import { STATUS_LABELS } from '@/utils/labels';
import { STATUS_MEANINGS, underlineStyle } from '@/utils/model/status-underlines';

/**
 * What the underlines under claims on the page mean: one sample line per status, drawn with the
 * very style the page's status layer uses (utils/model/status-underlines.ts).
 */
export function StatusLegend() {
  return (
    <ul class="status-legend" aria-label="Claim underlines on the page">
      {CLAIM_STATUSES.map((status) => (
        <li key={status}>
          <span
            class="status-sample"
            aria-hidden="true"
            style={`display:inline-block;width:2.4em;margin-right:6px;${underlineStyle(status)}`}
          />
          <strong>{STATUS_LABELS[status]}</strong>: {STATUS_MEANINGS[status]}
        </li>
      ))}
    </ul>
  );
}
