// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesInByline } from '../../../utils/suggest/furniture';

/** Rules of round 8 (issue 14): the reporters' names of a byline that carries more than names. */
describe('names in a byline', () => {
  it('reads plain bylines as before', () => {
    expect([...namesInByline('By Jane Doe and John Roe')].sort()).toEqual(['jane doe', 'john roe']);
    expect(namesInByline('Jane Doe, USA TODAY')).toContain('jane doe');
    expect([...namesInByline(null)]).toEqual([]);
  });

  it('leaves a job glued after the name off it', () => {
    expect([...namesInByline('Jane Doe Senior Washington Correspondent')]).toEqual(['jane doe']);
    expect([...namesInByline('Jane Q. Doe Staff Writer')]).toEqual(['jane q doe']);
  });

  it('cuts the outlet set off by a dash or a bar', () => {
    const names = namesInByline('By Jane Doe and John Roe - AP Technology Writers | AP');
    expect(names).toContain('jane doe');
    expect(names).toContain('john roe');
  });
});
