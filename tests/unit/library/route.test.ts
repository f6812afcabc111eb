// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleHref, entityHref, parseRoute } from '../../../utils/library/route';

describe('parseRoute', () => {
  it('reads an article view and an entity page back from the links it makes', () => {
    const url = 'https://news.example/a?b=1&c=2#frag';
    expect(parseRoute(articleHref(url))).toEqual({ view: 'article', url });
    expect(parseRoute(entityHref('0b6f-4000=x'))).toEqual({ view: 'entity', id: '0b6f-4000=x' });
  });

  it('leaves section anchors, empty hashes and broken escapes to the library', () => {
    for (const hash of ['', '#', '#claims', '#article=', '#entity', '#article=%E0%A4%A', '#x=1'])
      expect(parseRoute(hash)).toEqual({ view: 'library' });
  });
});
