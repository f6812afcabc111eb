// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesInByline } from '../../../utils/suggest/furniture';
import { suggestedNames as names } from './helpers';

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

/** Round 11: a dateline's credit in brackets before a dash names the story's supplier. */
describe("a dateline's credit", () => {
  it('leaves the wire or service in brackets before the dash out', () => {
    const n = names(
      'MONDAY, May 6 (Varlen Health News) -- A panel of the Quellbank Medical Board voted on ' +
        'Monday to ease the rules, the board said.',
    );
    expect(n.organizations).toEqual(['Quellbank Medical Board']);
  });
});
