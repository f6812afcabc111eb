// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesInParagraphs, suggestedNames as names } from './helpers';

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

/** Issue 14: a note about the writer that closes the article names the page's staff and outlet. */
describe("a writer's note", () => {
  const body = 'Dara Venn studies how children play, and says toys matter. ';

  it('leaves out a note before an invitation to follow the writer', () => {
    expect(
      names(
        body + 'Helen Marrow is an assistant editor at Varlen Geographic. Follow her on Twitter.',
      ),
    ).toEqual({ people: ['Dara Venn'], organizations: [] });
    expect(
      names(
        body +
          'Helen Marrow writes about science and toys for the Quellbank Gazette. Follow her on ' +
          'Instagram.',
      ),
    ).toEqual({ people: ['Dara Venn'], organizations: [] });
    expect(names(body + 'Helen Marrow covers education. Follow her on Twitter.').people).toEqual([
      'Dara Venn',
    ]);
  });

  it("leaves out a newsroom's job in the last paragraph, wherever the note starts in it", () => {
    expect(names(body + 'Helen Marrow is a senior reporter at the Quellbank Gazette.')).toEqual({
      people: ['Dara Venn'],
      organizations: [],
    });
    expect(
      namesInParagraphs(
        body,
        "Editor's note: The headline has been changed. Helen Marrow is an assistant editor at " +
          'Varlen Geographic.',
      ),
    ).toEqual(['Dara Venn']);
  });

  it('still gives the names of the same shape in the body', () => {
    // Not before an invitation, nor a newsroom's job: a source the story introduces.
    expect(names(body + 'Helen Marrow is a professor at Varlen University.')).toEqual({
      people: ['Dara Venn', 'Helen Marrow'],
      organizations: ['Varlen University'],
    });
    expect(
      names(
        'Helen Marrow is a professor at Varlen University. She studies how children play, Dara ' +
          'Venn said.',
      ),
    ).toEqual({ people: ['Dara Venn', 'Helen Marrow'], organizations: ['Varlen University'] });
    // A reporter the story is about, in a paragraph that does not close it.
    expect(
      namesInParagraphs(
        'Police detained two people on Monday. Helen Marrow is a reporter at the Quellbank ' +
          'Gazette, and Dara Venn is her editor.',
        'The charges were false, the paper said. The trial opens in May.',
      ),
    ).toEqual(['Dara Venn', 'Helen Marrow', 'Quellbank Gazette']);
  });
});

describe('an invitation to follow a writer by name', () => {
  const body = 'Dara Venn said the plant would close in May. ';

  it('is furniture: the writer is not what the story reports on', () => {
    expect(
      names(body + 'On Twitter: Follow Helen Marrow and get more energy coverage at VarlenEnergy.'),
    ).toEqual({ people: ['Dara Venn'], organizations: [] });
    expect(names(body + 'Follow Helen Marrow on Twitter.').people).toEqual(['Dara Venn']);
  });

  it('is not a body sentence that opens with the verb', () => {
    expect(names(body + 'Follow Helen Marrow, the mayor said, and you will see.').people).toEqual([
      'Dara Venn',
      'Helen Marrow',
    ]);
  });
});

/** Round 18 (issue 14): a note on who owns the site names its owners, not the story's subjects. */
describe('a disclosure of ownership', () => {
  it('leaves out the owners an asterisked note names', () => {
    expect(
      names(
        'Verizon said it would sue. * Quellan’s Varlen Studios is a minority investor in Dorwin Media, which owns this site.',
      ).organizations,
    ).toEqual(['Verizon']);
  });

  it('leaves out a "Disclosure:" line', () => {
    expect(
      names('Verizon said it would sue. Disclosure: Dara Venn owns Dorwin Media, our publisher.'),
    ).toEqual({ people: [], organizations: ['Verizon'] });
  });
});
