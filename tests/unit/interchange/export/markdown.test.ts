import { describe, expect, it } from 'vitest';
import { buildMarkdown, buildMarkdownAll } from '../../../../utils/interchange/export';
import type { Annotation } from '../../../../utils/model';
import { clone, loadDataset, readFixture } from './fixtures';

const data = loadDataset();
const article = data.articles[0];

/** Markdown that would render as HTML, a link or an image: anything `[`/`<` not escaped. */
function liveMarkup(md: string): string[] {
  return [
    ...(md.match(/<[a-z/!?]/gi) ?? []),
    ...(md.match(/(^|[^\\])\[[^\]]*\]\((?!https?:)/gm) ?? []),
    ...(md.match(/javascript:[^\s]*\)/gi)?.filter((m) => !m.includes('\\)')) ?? []),
  ];
}

describe('buildMarkdown', () => {
  const md = buildMarkdown(article, data.annotations, data.entities);

  it('matches the expected file for the seed dataset', () => {
    expect(buildMarkdownAll(data)).toBe(readFixture('expected.md'));
    expect(md).toBe(readFixture('expected.md'));
  });

  it('starts with the citation', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      '# Shaanxi model workers helped launch the action of developing new quality productivity',
      '',
      '- Site: China Industrial Network',
      '- Byline: Mao Rongxi',
      '- Published: 2024-05-17',
      '- URL: [https://www.workercn.cn/example/2024-05/17/content\\_shaanxi-model-workers.htm](https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm)',
      '',
    ]);
  });

  it('groups quotes by type in a fixed order, highlights in page order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Highlights', '## People', '## Organizations', '## Claims']);
    const highlights = md.slice(md.indexOf('## Highlights'), md.indexOf('## People'));
    // The first highlight has a TextPositionSelector; the second has none, so it goes last.
    expect(highlights.indexOf('> so that model workers')).toBeLessThan(
      highlights.indexOf('> Baoji has built'),
    );
  });

  it('shows claims with status, claimant, evidence link and notes', () => {
    const claims = md.slice(md.indexOf('## Claims'));
    expect(claims).toContain('> more than 350000 high-quality industrial workers');
    expect(claims).toContain('- Status: **Disputed**');
    expect(claims).toContain('- Claimant: Duan Xiaolong');
    expect(claims).toContain(
      '- Evidence: [https://www.baoji.gov.cn/example/statistical-yearbook-2023.html](https://www.baoji.gov.cn/example/statistical-yearbook-2023.html)',
    );
    expect(claims).toContain(
      '- Claim note: The yearbook counts 290,000 skilled workers \\(2023\\).',
    );
  });

  it('escapes hostile notes so no HTML, link or heading comes alive', () => {
    expect(liveMarkup(md)).toEqual([]);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\[click me\\]\\(javascript:alert\\(3\\)\\)');
    expect(md).toContain('\\*bold\\* \\_it\\_ \\`code\\`');
    expect(md).toContain('\n  \\# not a heading'); // a note line starting with # stays inside the list item
  });

  it('never links a non-http URL, and escapes hostile names and quotes', () => {
    const hostile = clone(data);
    hostile.articles[0].title = '<script>alert(1)</script>';
    hostile.articles[0].url = 'javascript:alert(1)//';
    hostile.entities[2].name = '[Duan](javascript:alert(1))';
    const claim = hostile.annotations[2] as Annotation;
    claim.articleUrl = hostile.articles[0].url;
    claim.quote = '<img src=x onerror=alert(1)>\n> fake quote\n1. list\n    code';
    claim.claim!.evidenceUrl = 'javascript:alert(2)';
    const out = buildMarkdown(hostile.articles[0], [claim], hostile.entities);
    expect(liveMarkup(out)).toEqual([]);
    expect(out).not.toMatch(/\]\(javascript:/);
    expect(out).toContain('# &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(out).toContain('- URL: javascript:alert\\(1\\)//');
    expect(out).toContain('- Evidence: javascript:alert\\(2\\)');
    expect(out).toContain('- Claimant: \\[Duan\\]\\(javascript:alert\\(1\\)\\)');
    expect(out).toContain(
      '> &lt;img src=x onerror=alert\\(1\\)&gt;\n> &gt; fake quote\n> 1\\. list\n> code',
    );
  });

  it('percent-encodes parentheses in link targets so they cannot end the link early', () => {
    const a = { ...article, url: 'https://example.com/a_(b)' };
    expect(buildMarkdown(a, [], [])).toContain('](https://example.com/a_%28b%29)');
  });

  it('says so when an article has no annotations', () => {
    expect(buildMarkdown(article, [], [])).toMatch(/_No annotations\._\n$/);
  });
});

describe('buildMarkdownAll', () => {
  it('separates articles and keeps annotations whose article is missing', () => {
    const two = clone(data);
    two.articles.push({ ...article, url: 'https://example.com/b', title: 'Second' });
    two.annotations.push({
      ...two.annotations[3],
      id: 'orphan',
      articleUrl: 'https://example.com/gone',
    });
    const out = buildMarkdownAll(two);
    expect(out.split('\n---\n')).toHaveLength(3);
    expect(out).toContain('# Second\n');
    expect(out).toContain('# https://example.com/gone\n');
  });
});
