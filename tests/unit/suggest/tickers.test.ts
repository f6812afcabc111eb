// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';

function orgs(text: string) {
  const r = suggest({ text });
  if (!r.supported) throw new Error(r.reason);
  return r.organizations.map((o) => [o.name, ...o.mentions.map((m) => m.text)]);
}

describe('ticker symbols', () => {
  it('join the company named right before their parentheses', () => {
    const found = orgs(
      'Microsoft (MSFT) said sales rose, while Varlen Corp. (NASDAQ: ORCL) said they fell. ' +
        'Analysts at Microsoft agreed.',
    );
    expect(found).toContainEqual(['Microsoft', 'Microsoft', 'MSFT', 'Microsoft']);
    expect(found).toContainEqual(['Varlen Corp.', 'Varlen Corp.', 'ORCL']);
    expect(found.map((o) => o[0])).not.toContain('MSFT');
  });

  it('leave capitals alone that follow no organisation', () => {
    expect(orgs('The NRC said the plant (unit QXR) was safe.').map((o) => o[0])).toEqual(['NRC']);
  });
});
