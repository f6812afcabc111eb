// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { furnitureRanges, namesInByline } from '../../../utils/suggest/furniture';
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

/** Rules of round 14 (issue 14): a page's calls to its sections, inside the article text. */
describe('calls to other sections', () => {
  it('leaves out the section a "Want more …?" call names', () => {
    const n = names(
      'Dara Venn is recovering at home. Want More Quellan Health News? Click Here to Visit Our ' +
        'Topic Page! Venn said the fever began on May 1.',
    );
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('leaves out the sections of a row of links divided by bars', () => {
    const text =
      'Dara Venn retired on Wednesday. Varl Source: Top 25 players | The Quellmakers: Early odds ' +
      'for the final In 2011, Venn was traded.';
    const left = furnitureRanges(text).map((r) => text.slice(r.start, r.end));
    expect(left).toContain('Varl Source:');
    expect(left).toContain('| The Quellmakers:');
  });
});

/** Issue 14: a contributor line in the passive ("Reporting was contributed by …") names the staff. */
describe('contributor lines in the passive', () => {
  const opening = 'Dara Venn, the mayor of Quellbank, resigned on Tuesday. ';

  it('leaves out the reporters a passive contributor line lists', () => {
    expect(
      names(
        opening +
          'Reporting was contributed by Orla Penwick, Tomas Lethbridge, Ines Marrow and Kasimir Vold.',
      ).people,
    ).toEqual(['Dara Venn']);
    expect(
      names(opening + 'Additional reporting was contributed by Orla Penwick and Tomas Lethbridge.')
        .people,
    ).toEqual(['Dara Venn']);
    expect(names(opening + 'Research was contributed by Ines Marrow.').people).toEqual([
      'Dara Venn',
    ]);
  });

  it('still gives the names of other things contributed', () => {
    expect(
      names(
        opening +
          'The money was contributed by Orla Penwick and Tomas Lethbridge, the campaign said.',
      ).people,
    ).toEqual(['Dara Venn', 'Orla Penwick', 'Tomas Lethbridge']);
  });
});
