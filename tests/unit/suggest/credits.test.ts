// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest, type SuggestResult } from '../../../utils/suggest';
import { creditRanges } from '../../../utils/suggest/credits';
import { splitSentences } from '../../../utils/suggest/sentences';

/** Paragraphs joined as extraction joins blocks (one space), with the offsets where each begins. */
function blocks(...paragraphs: string[]) {
  const text = paragraphs.join(' ');
  const breaks = paragraphs.slice(1).map((_, i) => paragraphs.slice(0, i + 1).join(' ').length + 1);
  return { text, breaks };
}

function names(...paragraphs: string[]) {
  const { text, breaks } = blocks(...paragraphs);
  const r: SuggestResult = suggest({ text, breaks });
  if (!r.supported) throw new Error(r.reason);
  return [...r.people, ...r.organizations].map((e) => e.name).sort();
}

const credited = (...paragraphs: string[]) => {
  const { text, breaks } = blocks(...paragraphs);
  const ranges = creditRanges(text, breaks, splitSentences(text, breaks));
  return [...new Set(ranges.map((r) => text.slice(r.start, r.end)))];
};

const STORY = 'Talia Brund, who heads the Quellan Foundation, said the search would go on.';

/** Rules of round 5 (issue 14): wire and graphic credit lines, on made-up paragraphs. */
describe('credit lines', () => {
  it('leaves out a bracketed wire credit whole, places and semicolons included', () => {
    const credit =
      '(Additional reporting by Dorian Quell and Mira Osk in ULMAR, Tomas Verl in PARIS and ' +
      'Ines Marr, Oren Falk and Lio Brandt in WASHINGTON; Writing by Sela Hunt; Editing by Ravi Onn)';
    expect(credited(STORY, credit)).toEqual([credit]);
    expect(names(STORY, credit)).toEqual(['Quellan Foundation', 'Talia Brund']);
  });

  it('leaves out a credit that opens its line, after a dash or none', () => {
    for (const credit of [
      'Reporting by Dorian Quell in Ulmar; Editing by Mira Osk',
      '-- Compiled by Dorian Quell',
      '— Written by Dorian Quell. Edited by Mira Osk.',
      'To contact the reporter on this story: Dorian Quell in Ulmar at dq@example.com',
    ])
      expect(names(STORY, credit)).toEqual(['Quellan Foundation', 'Talia Brund']);
  });

  it('keeps a sentence that reports where figures were compiled', () => {
    const line = 'Data compiled by the Brantis Institute show 29 of 50 regions behind.';
    expect(credited(STORY, line)).toEqual([]);
    expect(names(STORY, line)).toContain('Brantis Institute');
  });

  it('leaves out a graphic’s short source line, not a paragraph that opens with "Source:"', () => {
    const line = 'SOURCE: Quellan Safety Network; ICAO; BRANTIS BANK.';
    expect(credited(STORY, line)).toEqual([line]);
    const long =
      'Source: Quellan Safety Network officials, who spoke on condition of anonymity because they ' +
      'were not authorised to talk to the press, said on Tuesday that the search would widen to ' +
      'cover the whole of the coast and the islands to the north of it.';
    expect(credited(STORY, long)).toEqual([]);
  });

  it('leaves out a closing note on who made the story, but not a book in the story', () => {
    const note =
      'The Election Tracker was created for The Ulmar Courier by Dorian Quell, Mira Osk and ' +
      'Sela Hunt using data from the parties.';
    expect(names(STORY, note)).toEqual(['Quellan Foundation', 'Talia Brund']);
    const prose = 'The book was written by Dorian Quell in 1990. ' + STORY;
    expect(names(prose, STORY)).toContain('Dorian Quell');
  });

  it('takes no "Credit Union" in a paragraph for a photo credit', () => {
    const line =
      'PORTLAND -- John W. Quell, managing director of Brantis Financial Services, Inc., said ' +
      'that OnPoint Community Credit Union has partnered with Brantis.';
    expect(names(STORY, line)).toContain('John W. Quell');
    expect(names(STORY, line)).toContain('OnPoint Community Credit Union');
  });

  it('leaves out a caption that says where in the photos people are', () => {
    const caption =
      'Clockwise from top: Dorian Quell, in front of the shed at the Brantis Cultural Centre; ' +
      'Quell holds three teeth.';
    expect(credited(STORY, caption)).toEqual([]);
    expect(names(STORY, caption)).toEqual(['Quellan Foundation', 'Talia Brund']);
    const prose = 'From left to right, the Brantis Cultural Centre fills the square, Quell said.';
    expect(names(STORY, prose)).toContain('Brantis Cultural Centre');
  });
});
