/**
 * A long article for tests/e2e/page-edges.e2e.ts: enough paragraphs to put any line at any edge of
 * the window, links around one sentence (where does Tab go after the card closes?), and a claim
 * with a name inside it (overlapping marks).
 */
export const FILLER = Array.from(
  { length: 40 },
  (_, i) =>
    `Paragraph ${i + 1} of the council report covers routine business, from street lighting to the ` +
    `library's opening hours, and the minutes of meeting number ${i + 101} record every vote taken.`,
);

export const NAME = 'Maria Alvarez';
export const CLAIM = `Council member ${NAME} said the plan would add forty buses by the end of next year`;
export const SECOND_CLAIM = 'ridership will double within three years of the new routes opening';
export const TARGET = 'the reader tags this sentence with the keyboard';

export const edgesPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves transit budget</title>
<style>body { font: 18px/1.5 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 0 16px; }</style>
</head><body><article><h1>Council approves transit budget</h1>
<p>Before the vote, <a href="#minutes" id="first-link">the minutes</a> were read aloud.</p>
<p id="claim-paragraph">${CLAIM}. Officials also said ${SECOND_CLAIM}.</p>
<p id="target">Here ${TARGET}, then presses Escape.</p>
<p><a href="#after" id="next-link">The next link</a> follows the sentence.</p>
${FILLER.map((s) => `<p>${s}</p>`).join('\n')}
</article></body></html>`;
