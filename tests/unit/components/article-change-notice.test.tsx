import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ArticleChangeNotice } from '../../../components/ArticleChangeNotice';
import { articleChanges, type ArticleChanges } from '../../../utils/page/article-changes';
import { annotation } from '../helpers/db';

const URL = 'https://news.example/baoji';
const HOSTILE = '<img src=x onerror="alert(1)">';
const BEFORE = ['Intro stays.', 'Baoji has built 18 national firms. It said more.', HOSTILE];
const AFTER = ['Intro stays.', 'Baoji has built 16 national-level firms.', HOSTILE];

function changes(): ArticleChanges {
  const claim = annotation(URL, {
    id: 'c',
    type: 'claim',
    quote: 'Baoji has built 18 national firms.',
    prefix: 'Intro stays. ',
    suffix: ' It said more.',
  });
  const highlight = annotation(URL, {
    id: 'h',
    quote: 'It said more.',
    prefix: 'national firms. ',
    suffix: '',
  });
  return articleChanges(
    { articleUrl: URL, takenAt: '2024-05-18T09:00:00.000Z', paragraphs: BEFORE },
    AFTER,
    [highlight, claim],
  )!;
}

let host: HTMLElement;
function mount(value: ArticleChanges | null) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<ArticleChangeNotice changes={value} />, host));
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('ArticleChangeNotice', () => {
  it('shows nothing when nothing changed', () => {
    expect(mount(null).innerHTML).toBe('');
  });

  it('says in a status line that the article changed since the date it was annotated', () => {
    mount(changes());
    const status = host.querySelector('[role="status"]')!;
    expect(status.textContent).toMatch(
      /^This article changed since you annotated it on .*2024.*: 4 words removed, 2 words added\.$/,
    );
    expect(status.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-18T09:00:00.000Z');
    expect(host.querySelector('.article-diff')).toBeNull();
    expect(button('Show changes').getAttribute('aria-expanded')).toBe('false');
  });

  it('"Show changes" lists the claim whose number changed first, then the word diff', () => {
    mount(changes());
    act(() => button('Show changes').click());
    expect(button('Hide changes').getAttribute('aria-expanded')).toBe('true');
    const listed = [...host.querySelectorAll('.changed-annotation')];
    expect(listed.map((li) => li.querySelector('.chip')?.textContent)).toEqual([
      'Claim',
      'Highlight',
    ]);
    expect(listed[0].querySelector('.changed-number')?.textContent).toBe('18 → 16');
    expect(listed[0].querySelector('q')?.textContent).toBe(
      'Baoji has built 16 national-level firms.',
    );
    expect(listed[1].textContent).toContain('The page no longer has this passage.');
    expect([...host.querySelectorAll('.article-diff del')].map((d) => d.textContent)).toEqual([
      '18',
      ' ',
      'It said more.',
    ]);
    expect([...host.querySelectorAll('.article-diff ins')].map((d) => d.textContent)).toEqual([
      '16',
      '-level',
    ]);
    // Annotated passages, changed or not, are outlined (the space between the two is not).
    expect(
      [...host.querySelectorAll('.article-diff .annotated')].map((d) => d.textContent),
    ).toEqual(['Baoji has built ', '18', '16', ' national', '-level', ' firms.', 'It said more.']);
    expect(host.querySelector('.diff-unchanged')?.textContent).toBe('1 paragraph unchanged');
  });

  it('names removed and added words for screen readers, which mostly skip <del> and <ins>', () => {
    mount(changes());
    act(() => button('Show changes').click());
    const diff = host.querySelector('.article-diff .diff-changed')!;
    // The visually hidden words are part of the text a screen reader reads out, in place.
    expect(diff.textContent!.replace(/\s+/g, ' ')).toContain(
      'built removed: 18 added: 16 national',
    );
    for (const el of diff.querySelectorAll('del, ins')) {
      const label = el.previousElementSibling;
      expect(label?.className).toBe('visually-hidden');
      expect(label?.textContent).toBe(el.tagName === 'DEL' ? ' removed: ' : ' added: ');
    }
  });

  it("renders the page's text as text, never as HTML", () => {
    const hostile: ArticleChanges = {
      ...changes(),
      blocks: [{ kind: 'changed', segments: [{ kind: 'added', text: HOSTILE, annotations: [] }] }],
    };
    mount(hostile);
    act(() => button('Show changes').click());
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.article-diff ins')?.textContent).toBe(HOSTILE);
  });
});
