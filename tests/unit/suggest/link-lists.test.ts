// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesInParagraphs as names } from './helpers';

const STORY = 'Dana Kiley joined the Quellan Comets on Monday. Kiley said the Comets will win.';

/** Rules of round 15 (issue 14): boxes of other content between the story's paragraphs. */
describe('links to other stories under capitalised kickers', () => {
  it('leaves out two or more short lines opened by a kicker in capitals', () => {
    expect(
      names(
        STORY,
        'RIVALS: Harbor Owls raise heat on Comets with counter',
        'KILEY: His cool tribute with jersey number',
        'COMETS: Varno says they won’t be tanking',
        'The crowd applauded, Mira Osk said.',
      ),
    ).toEqual(['Dana Kiley', 'Mira Osk', 'Quellan Comets']);
  });

  it('keeps one labelled paragraph, and lines that end in a stop', () => {
    expect(names(STORY, 'UPDATE: Mira Osk said the Harbor Owls will play')).toContain('Mira Osk');
    expect(
      names(
        STORY,
        'FIRST: Mira Osk joined the team in May.',
        'SECOND: Lena Varno left the team in June.',
      ),
    ).toEqual(['Dana Kiley', 'Lena Varno', 'Mira Osk', 'Quellan Comets']);
  });
});

describe('a page’s script data left in the text', () => {
  it('leaves out a block of JSON keys and values', () => {
    expect(
      names(
        STORY,
        '{ "assetid": "2552547", "seotitle": "Quellan Comets sign Dana Kiley", ' +
          '"taxonomykeywords":"Dana Kiley,Mira Osk,Harbor Owls,New Quellan Comets", "topic":"dana-kiley" }',
      ),
    ).toEqual(['Dana Kiley', 'Quellan Comets']);
  });
});
