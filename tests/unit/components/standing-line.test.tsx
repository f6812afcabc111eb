import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { StandingLine } from '../../../components/StandingLine';
import { standingOf } from '../../../utils/page/standing';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('StandingLine', () => {
  it('names removed and added words for screen readers, keeping <del> and <ins> as the text', () => {
    host = document.createElement('div');
    document.body.append(host);
    const standing = standingOf(
      'Baoji has built 18 national firms',
      'approximate',
      'Baoji has built 16 national firms',
    );
    expect(standing.kind).toBe('changed');
    act(() => render(<StandingLine standing={standing} />, host));
    const now = host.querySelector('.standing-now')!;
    expect(now.textContent!.replace(/\s+/g, ' ')).toBe(
      'Baoji has built removed: 18 added: 16 national firms',
    );
    expect([...now.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['18']);
    expect([...now.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['16']);
    expect([...now.querySelectorAll('.visually-hidden')].map((s) => s.textContent!.trim())).toEqual(
      ['removed:', 'added:'],
    );
  });
});
