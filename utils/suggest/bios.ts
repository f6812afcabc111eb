/**
 * A note about the writer that closes an article: "Jane Doe is an assistant editor at Acme
 * Geographic. Follow her on Twitter.", "Jane Doe writes about science for The Acme Times. Follow
 * her on Instagram." It names the page's own staff and outlet, not the story's subjects. The same
 * shape in the body ("Jane Doe is a professor at Acme University.") reports, so a note counts only
 * before an invitation to follow the writer, or in the text's last paragraph with a newsroom's job
 * ("… covers the White House" alone counts only for the byline's names: furniture.ts, authorNotes).
 * An invitation to follow a writer by name is a note of its own ("On Twitter: Follow Jane Doe").
 * (reporterNotes in sign-offs.ts takes a note that opens a block; this one may stand anywhere in
 * its paragraph, as after an "Editor's note: …".)
 */
import type { Range } from './furniture';
import { blocksOf, type Sentence } from './sentences';
import { NETWORKS } from './sign-offs';

const STAFF = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;

/** "<Name> is a/an/the <role> at/for/of/with <outlet>", "<Name> writes about …", "<Name> covers …". */
const BIO = new RegExp(
  String.raw`^${STAFF}\s+(?:is\s+(?:an?|the)\s+(?<role>(?:[\p{L}'’-]+\s+){0,5}?)(?:at|for|of|with)\s+(?:the\s+)?["“]?\p{Lu}|(?:writes|reports)\s+(?:about|on|for)\s|covers\s)`,
  'u',
);

/** "Follow her on Twitter", "Follow @jdoe on Instagram": the invitation a writer's note ends with. */
const FOLLOW = new RegExp(
  String.raw`^(?:Follow|Find|Connect\s+with)\s+(?:him|her|them|us|me|@\w+|\p{Lu}[\p{L}'’-]*)\s+on\s+${NETWORKS}\b`,
  'u',
);

/** "On Twitter: Follow Jane Doe and get more …", "Follow Jane Doe on Twitter.": an invitation to follow a named writer. */
const FOLLOW_NAMED = new RegExp(
  String.raw`^(?:On\s+${NETWORKS}:\s+Follow\s+${STAFF}|Follow\s+${STAFF}\s+on\s+${NETWORKS}\b)`,
  'u',
);

/** The last word of a newsroom's job: "assistant editor", "staff writer", "contributing producer". */
const NEWSROOM_ROLE =
  /\b(?:editor|reporter|writer|correspondent|columnist|contributor|producer|photographer|journalist|critic|blogger)s?\b/iu;

/** How many sentences a closing note may go on for after its first ("She previously worked at …"). */
const NOTE_SENTENCES = 3;

export function writerBios(
  text: string,
  sentences: readonly Sentence[],
  breaks: readonly number[],
): Range[] {
  const lastBlock = blocksOf(text, breaks).at(-1)?.start ?? 0;
  const out: Range[] = [];
  sentences.forEach((s, i) => {
    if (FOLLOW_NAMED.test(s.text)) out.push({ start: s.start, end: s.end });
    const bio = BIO.exec(s.text);
    if (!bio) return;
    const next = sentences[i + 1];
    if (next && FOLLOW.test(next.text)) out.push({ start: s.start, end: next.end });
    // In the last paragraph the note runs to the end ("… Follow @jdoe on Twitter. This story was
    // not subject to the approval of …").
    if (
      s.start >= lastBlock &&
      sentences.length - i - 1 <= NOTE_SENTENCES &&
      NEWSROOM_ROLE.test(bio.groups?.role ?? '')
    )
      out.push({ start: s.start, end: text.length });
  });
  return out;
}
