// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';

/** Paragraphs joined as extraction joins blocks (one space), with the offsets where each begins. */
function blocks(...paragraphs: string[]) {
  const text = paragraphs.join(' ');
  const breaks = paragraphs.slice(1).map((_, i) => paragraphs.slice(0, i + 1).join(' ').length + 1);
  return { text, breaks };
}

function people(...paragraphs: string[]): string[] {
  const r = suggest(blocks(...paragraphs));
  if (!r.supported) throw new Error(r.reason);
  return r.people.map((e) => e.name).sort();
}

const STORY = 'Dana Kiley said on Monday that the tour would go on. Kiley said the dates stand.';

/** Rule of round 7 (issue 14): a video embedded at the top of the article text. */
describe('a video at the top of the text', () => {
  it('leaves out the names of a video’s title and blurb before the story', () => {
    expect(
      people(
        'Dana Kiley’s big night; Mira Osk’s new pop-up',
        'Studio Nights: Mira Osk opened a pop-up shop on Friday, and fans lined up for hours.',
        STORY,
      ),
    ).toEqual(['Dana Kiley']);
    // After a sentence, a label and a colon open the story.
    expect(
      people(
        'The tour was in doubt for weeks.',
        'Update: Mira Osk opened a pop-up shop on Friday, and fans lined up for hours.',
        STORY,
      ),
    ).toEqual(['Dana Kiley', 'Mira Osk']);
  });
});

/** Rule of round 8 (issue 14): a linked profile's teaser, cut short and followed by "Learn more". */
describe('a teaser box in the text', () => {
  it('leaves out the names of a blurb cut short before a “Learn more” link', () => {
    expect(
      people(
        STORY,
        'Zorvix Labs makes rockets. It was founded by Mira Osk in 2004, first for students at…',
        'Learn more',
      ),
    ).toEqual(['Dana Kiley']);
    expect(
      people(STORY, 'Zorvix Labs was founded by Mira Osk in 2004. It grew fast...', 'Read more »'),
    ).toEqual(['Dana Kiley']);
  });

  it('keeps a paragraph that ends whole, or an ellipsis with no link after it', () => {
    expect(people(STORY, 'Zorvix Labs was founded by Mira Osk in 2004.', 'Learn more')).toEqual([
      'Dana Kiley',
      'Mira Osk',
    ]);
    expect(
      people(STORY, 'Mira Osk paused, then said: “Well...', 'Kiley said the dates stand.'),
    ).toEqual(['Dana Kiley', 'Mira Osk']);
  });
});

/** Rule of round 9 (issue 14): a box of quotations, each quotation a block and its attribution another. */
describe('a quotes box in the text', () => {
  it('leaves out a quotation alone in its block and the dashed attribution after it', () => {
    expect(
      people(
        STORY,
        'Quotes',
        '“I just have to stay focused and stay calm.”',
        '— Mira Osk, a 13-year-old pitcher, after a win at the Quellan Cup final',
      ),
    ).toEqual(['Dana Kiley']);
  });

  it('keeps a quotation attributed in its own paragraph', () => {
    expect(
      people(STORY, '“I just have to stay focused,” Mira Osk said.', '— and then she left.'),
    ).toEqual(['Dana Kiley', 'Mira Osk']);
  });
});

/** Rule of round 11: a list of other stories, each with a dated byline. */
describe('other stories listed after the article', () => {
  const item = (headline: string, writer: string, blurb: string) => [
    headline,
    `Thursday, June 06, 2013 | ${writer}`,
    blurb,
  ];

  it('leaves out every item of a list of dated bylines', () => {
    expect(
      people(
        STORY,
        'Other Stories',
        ...item('Delegate Launches Bid', 'Ann Poe', 'Delegate Mira Osk is the second candidate.'),
        ...item('Leader Steps Down', 'Ann Poe', 'Senate President Ivo Brandt says he will go.'),
      ),
    ).toEqual(['Dana Kiley']);
  });

  it('keeps the story after one dated byline, the article’s own', () => {
    expect(people('Wednesday, June 05, 2013 | Ann Poe', STORY)).toContain('Dana Kiley');
  });
});

/** Rule of round 13 (issue 14): a list of other stories with their times of update. */
describe('stories listed with their times of update', () => {
  it('leaves out the blurbs of a list whose items carry "Updated <time> GMT"', () => {
    const n = people(
      STORY,
      'Life in orbit',
      'July 16, 2013 -- Updated 1825 GMT (0225 HKT)',
      'Astronaut Tova Marren joined us for a live interview from orbit.',
      'Landing on Mars',
      'July 14, 2013 -- Updated 2217 GMT (0617 HKT)',
      'Engineer Pell Osgrove explains how the rover lands.',
    );
    expect(n).toEqual(['Dana Kiley']);
  });
});

/** Rule of round 14 (issue 14): a dated digest of other stories inside the article text. */
describe('a dated digest of other stories', () => {
  it('leaves out the digest’s heading and the block of headlines after it', () => {
    const n = people(
      STORY,
      'World Digest: July 18, 2013',
      'Varlan’s Mira Osk visits Quellia in final tour; Ivo Brandt blamed for delays at port.',
      'Kiley said the tour would visit four cities.',
    );
    expect(n).toEqual(['Dana Kiley']);
  });
});
