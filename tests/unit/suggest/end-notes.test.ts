// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Issue 14: a print edition's note names the site's own publication, not a subject. */
describe("a print edition's note", () => {
  it('leaves out the publication an issue note names', () => {
    expect(
      names(
        'This story appears in the January 2017 issue of Varlen Geographic magazine. Dara Venn ' +
          'studies how children play.',
      ),
    ).toEqual({ people: ['Dara Venn'], organizations: [] });
  });

  it("leaves out what a newspaper's print note names", () => {
    expect(
      names(
        'Dara Venn resigned on Tuesday. A version of this article appears in print on March 3, ' +
          '2017, on Page A1 of the New York edition of The Quellbank Times with the headline: ' +
          'Venn Resigns.',
      ),
    ).toEqual({ people: ['Dara Venn'], organizations: [] });
  });

  it('still gives a publication the story says something appeared in', () => {
    expect(
      names(
        'Dara Venn resigned on Tuesday. Her essay appears in the January issue of Varlen ' +
          'Geographic magazine.',
      ).organizations,
    ).toEqual(['Varlen Geographic']);
  });
});
