/** Pages that change under Gloss: content that arrives late, and a single-page app that navigates. */

export const STORY_A = [
  'The port authority reopened the north terminal on Friday after six weeks of repairs.',
  'Officials said cargo volumes had fallen by a third during the closure.',
];
export const STORY_B = [
  'The school board voted to extend the academic year by five days.',
  'Teachers unions said they had not been consulted before the vote.',
];

const shell = (
  body: string,
  script = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changing page</title></head>
<body><main id="app">${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;

const paragraphs = (story: string[]) => story.map((s) => `<p>${s}</p>`).join('');

export const storyNow = () => shell(`<article>${paragraphs(STORY_A)}</article>`);

/** The same story, rendered by script a while after load (as client-rendered news sites do). */
export const storyLater = (delayMs: number) =>
  shell(
    '<article><p>Loading…</p></article>',
    `setTimeout(() => { document.querySelector('article').innerHTML = ${JSON.stringify(paragraphs(STORY_A))}; }, ${delayMs});`,
  );

/** Two stories at two URLs, switched with history.pushState and back with popstate. */
export const singlePageApp = () =>
  shell(
    `<nav><button id="go-b">Next story</button></nav><article>${paragraphs(STORY_A)}</article>`,
    `const stories = { a: ${JSON.stringify(paragraphs(STORY_A))}, b: ${JSON.stringify(paragraphs(STORY_B))} };
     const show = (key) => { document.querySelector('article').innerHTML = stories[key]; };
     document.getElementById('go-b').onclick = () => { history.pushState({ key: 'b' }, '', 'b'); show('b'); };
     addEventListener('popstate', (e) => show(e.state && e.state.key === 'b' ? 'b' : 'a'));`,
  );

/** A story the site edits after it was annotated: a number changed, a sentence removed. */
export const PORT_STORY = [
  'The port authority reopened the north terminal on Friday after six weeks of repairs to the crane rails and the quay wall.',
  'Officials said cargo volumes had fallen by a third during the closure, and that 18 shipping lines had moved their calls to the southern port.',
  'The harbour master said the terminal would run at full capacity by the end of the month.',
];

export const portStory = () =>
  shell(`<article><h1>North terminal reopens</h1>${paragraphs(PORT_STORY)}</article>`);

/** The same story at the same URL, as the site later edited it. */
export const portStoryEdited = () =>
  shell(
    `<article><h1>North terminal reopens</h1>${paragraphs([
      PORT_STORY[0],
      PORT_STORY[1].replace('18 shipping lines', '16 shipping lines'),
    ])}</article>`,
  );
/*
 * The seed article as a site might edit it after the reader annotated it (issue 12's example): "built
 * 18 national" became "built 16 national-level", and the sentence after it was taken out.
 */
export const BAOJI_CLAIM = 'Baoji has built 18 national intelligent manufacturing enterprises';
export const BAOJI_REMOVED =
  'It said that Baoji will further shoulder its mission, build a carrier platform, strengthen publicity and guidance, lead and drive the broad masses of workers to actively participate in the practice of new quality productivity development, and make Baoji contributions to writing a new chapter of Chinese style modernization in Shaanxi with new achievements of high-quality development.';

/** `seed` (the seed article's HTML) with the site's later edit applied. */
export function editedSeed(seed: string): string {
  const edited = seed
    .replace('built 18 national intelligent', 'built 16 national-level intelligent')
    .replace(` ${BAOJI_REMOVED}`, '');
  // Both edits must have applied: the seed changing under this page would make the test vacuous.
  if (edited.length !== seed.length + '-level'.length - ` ${BAOJI_REMOVED}`.length)
    throw new Error('The seed article no longer reads as editedSeed expects.');
  return edited;
}
