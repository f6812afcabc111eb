// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest, type SuggestResult } from '../../../utils/suggest';
import { splitSentences } from '../../../utils/suggest/sentences';
import { captionBlocks, reporterNotes, signOffRanges } from '../../../utils/suggest/sign-offs';

/** Paragraphs joined as extraction joins blocks (one space), with the offsets where each begins. */
function blocks(...paragraphs: string[]) {
  const text = paragraphs.join(' ');
  const breaks = paragraphs.slice(1).map((_, i) => paragraphs.slice(0, i + 1).join(' ').length + 1);
  return { text, breaks };
}

function names(r: SuggestResult) {
  if (!r.supported) throw new Error(r.reason);
  return [...r.people, ...r.organizations].map((e) => e.name).sort();
}

const signedOff = (sentence: string) => signOffRanges(splitSentences(sentence)).length > 0;

describe('sentences and blocks', () => {
  it('ends a sentence at every block, and tells prose from lines', () => {
    const { text, breaks } = blocks(
      'Penguin Post Office Is Hiring',
      'Vanessa Hicks took the photo. She said so.',
      'A long heading without a stop that goes on and on for more than fourteen words in all of it',
    );
    const s = splitSentences(text, breaks);
    expect(s.map((x) => [x.text, x.prose])).toEqual([
      ['Penguin Post Office Is Hiring', false],
      ['Vanessa Hicks took the photo.', true],
      ['She said so.', true],
      [text.slice(breaks[1]), true],
    ]);
    // Without blocks nothing says where a line ends: all of it is prose.
    expect(splitSentences('Penguin Post Office Is Hiring').map((x) => x.prose)).toEqual([true]);
  });

  it('reads on past a block edge inside a sentence', () => {
    const { text, breaks } = blocks('In the past, the', 'Supreme Court', 'has found it lawful.');
    expect(splitSentences(text, breaks).map((x) => x.text)).toEqual([
      'In the past, the',
      'Supreme Court has found it lawful.',
    ]);
    expect(names(suggest({ text, breaks }))).toEqual(['Supreme Court']);
    // A heading may end in a lower-case word; what follows it still starts a sentence.
    const heading = blocks('Pricing and the competition', 'Jane Doe said the price was high.');
    expect(splitSentences(heading.text, heading.breaks)).toHaveLength(2);
  });

  it('never joins a heading to the name that opens the next paragraph', () => {
    const { text, breaks } = blocks(
      'Tarot Cards Explained',
      'Pamela Colman Smith painted the deck, Arthur Waite said.',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Arthur Waite', 'Pamela Colman Smith']);
  });

  it('offers no name met only in headings and links, but keeps their mentions of names in the prose', () => {
    const { text, breaks } = blocks(
      'Zorvix Labs Opens in Ohio',
      'Zorvix Labs said on Monday that Dana Kiley will lead it. Kiley agreed.',
      'Related: Quellan Group Names New Chief',
    );
    const r = suggest({ text, breaks });
    expect(names(r)).toEqual(['Dana Kiley', 'Zorvix Labs']);
    if (r.supported) expect(r.organizations[0].mentions).toHaveLength(2);
  });
});

/** Rule of round 9 (issue 14): a list of related headlines, written in title case. */
describe('headlines in title case', () => {
  it('takes a headline that asks, or a long one that capitalises its small words, for a line', () => {
    const { text, breaks } = blocks(
      'Dana Kiley said on Monday that Quellan Group would grow.',
      'What Is Zorvix Timeline?',
      'Here Is The Big Plan Quellan Had In Mind When It Hired Zorvix Labs Founder Mira Osk Last Week',
    );
    expect(splitSentences(text, breaks).map((x) => x.prose)).toEqual([true, false, false]);
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Quellan Group']);
  });

  it('keeps questions and long sentences of prose as prose', () => {
    const { text, breaks } = blocks(
      'Who will lead Zorvix Labs now?',
      'Dana Kiley said in an interview on Monday that Mira Osk will run it from Ohio next year',
    );
    expect(splitSentences(text, breaks).map((x) => x.prose)).toEqual([true, true]);
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Mira Osk', 'Zorvix Labs']);
  });
});

describe('sign-offs', () => {
  it('takes contributor lines for staff lines, however the wire writes them', () => {
    expect(
      signedOff('Associated Press writer Vladimir Roe in Moscow contributed to this report.'),
    ).toBe(true);
    expect(signedOff('Jane Doe contributed reporting from Seoul.')).toBe(true);
    expect(signedOff('Jane Doe and Li Wei contributed.')).toBe(true);
    expect(signedOff('Jane Doe contributed additional research.')).toBe(true);
    expect(signedOff('Red Hat, Zorvix Labs and others contributed.')).toBe(false);
    // Money and help given are reported, not signed off.
    expect(signedOff('Jane Doe contributed $5 million to the Zorvix Foundation.')).toBe(false);
    expect(signedOff('Workers contributed to the decline, Jane Doe said.')).toBe(false);
  });

  it('takes invitations to follow, like and write to someone for boilerplate', () => {
    for (const line of [
      'Follow Jane Doe on Twitter.',
      'Follow him on Instagram @jdoe',
      'Like us on Facebook',
      'Follow us for more news.',
      'Contact John Roe at jroe@example.com.',
      'Reach her at 555-0100.',
      'Email the reporter',
      'Write to the editors about this story.',
      'John Roe can be reached at jroe@example.com.',
      'Sign up for our daily newsletter here.',
      'Tips: tips@example.com',
      'Sign up for Quill Notes, a weekly newsletter from Marta Quill.',
      'Stella Roe reported from Seoul, and Jane Doe from Hong Kong.',
      'By Jane Doe and John Roe',
      'By JANE DOE, Associated Press',
      'Copyright 2016 The Daily Planet.',
      'All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Read more: Zorvix Labs hires Jane Doe',
      'Click here to see what Jane Doe said.',
      // Round 8 (issue 14): a byline without its "By", and a newsletter's promo.
      'Jane Doe and John Roe, USA TODAY',
      'Jane Doe, Associated Press',
      'Jane Doe, John Roe and Li Wei, The Daily Planet Staff',
      'Keep up with the Quill Daily newsletter.',
      'Contributing: Jane Doe and John Roe, USA TODAY; Li Wei, The Daily Planet',
      'Get our Morning Brief newsletter',
      // Round 9: asked politely, with the outlet's channel, or listed in a reporter's box.
      'Please follow Quill Money on Twitter and Facebook.',
      'Get Quill Business On Twitter, Facebook, and Zorvix Buzz!',
      'You can send him an e-mail; follow him on Twitter; friend him on Facebook; become a fan.',
      'Share this article on Twitter',
    ])
      expect(signedOff(line), line).toBe(true);
    for (const line of [
      'Follow-up talks with Zorvix Labs are set for May.',
      'Email records on the server showed that Jane Doe knew.',
      'Contact between the two firms ended in 2019.',
      'Readers liked the Zorvix Labs report on Facebook, Jane Doe said.',
      'Police reported from the scene that Jane Doe had left.',
      'By Monday Zorvix Labs had hired Jane Doe.',
      'Readers of The Daily Planet wrote in.',
      'Jane Doe, Ph.D.',
      'Jane Doe, Chief Executive',
      'Jane Doe and John Roe, both of Zorvix Labs, declined to comment.',
      'Get this: Jane Doe ran the newsletter for ten years.',
      'Keep up with Jane Doe, who writes the Zorvix newsletter, on Mondays.',
      'Please note that Zorvix Labs shut its page on Facebook.',
      'Jane Doe said she would like more users on Facebook.',
      'Shares of Zorvix rose on Twitter news.',
    ])
      expect(signedOff(line), line).toBe(false);
  });

  it('takes a call to post or connect with a handle or a hashtag on a network for boilerplate (round 15)', () => {
    for (const line of [
      'Connect with the Quill Log community by "liking" the Quill News Science Facebook page, ' +
        'following @qlog on Twitter and adding the Quill Log page to your Google+ presence.',
      'Take a picture of yourself waving to Saturn and post it to Instagram with the hashtag ' +
        '#waveatsaturn to have it post to The Quill Tribune’s Instagram page.',
    ])
      expect(signedOff(line), line).toBe(true);
    for (const line of [
      // Reported, not asked of the reader.
      'Jane Doe posted it to Instagram with the hashtag #waveatsaturn on Friday.',
      'Take the case of Zorvix Labs, which posted to Instagram on Friday.',
      'Post offices in Quill County closed on Friday after the storm, and residents shared photos ' +
        'with the hashtag #quillstorm on Twitter all weekend, Jane Doe said in an interview.',
    ])
      expect(signedOff(line), line).toBe(false);
  });

  it('leaves the names of a sign-off out of the suggestions', () => {
    const { text, breaks } = blocks(
      'MOSCOW (AP) — Zorvix Labs lost a cargo ship, Dana Kiley said on Monday.',
      'Associated Press writer Vladimir Roe in Moscow contributed to this report.',
      'Follow Marta Quill on Twitter @mquill',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Zorvix Labs']);
  });
});

describe('captions that reached the text as paragraphs', () => {
  it('takes a short block with a photo credit for a caption, and a long one or a dateline for prose', () => {
    const caption = 'Dana Kiley, left, and Marta Quill at the launch. (AP Photo/Jane Doe)';
    const dateline = 'LONDON (Reuters) - Zorvix Labs said on Monday it would close.';
    const { text, breaks } = blocks(dateline, caption, 'Photo: Jane Doe for Zorvix Labs');
    expect(captionBlocks(text, breaks).map((r) => text.slice(r.start, r.end).trim())).toEqual([
      caption,
      'Photo: Jane Doe for Zorvix Labs',
    ]);
    const long = `${'Zorvix Labs hired more staff this year than last. '.repeat(8)}(Jane Doe/Reuters)`;
    const prose = blocks(dateline, long);
    expect(captionBlocks(prose.text, prose.breaks)).toEqual([]);
    expect(captionBlocks(caption, [])).toEqual([]);
  });

  it('takes a block in the wires’ caption formula for a caption, after its credit or not', () => {
    const captions = [
      'AP This citizen journalism image provided by Quellan News Network, QNN, shows smoke rising from a village on Thursday.',
      'In this Jan. 9, 2013 file photo, Dana Kiley speaks at the Zorvix Labs plant in Varnow.',
      'This undated handout photo released by Zorvix Labs shows its new engine.',
      'In this image made from video, Marta Quill waves to the crowd.',
    ];
    const prose = [
      'This photo of Dana Kiley went around the world within a day, and Zorvix Labs used it for years.',
      'In this picture of the economy, Zorvix Labs is the exception, Marta Quill said on Monday.',
    ];
    const { text, breaks } = blocks(
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
      ...captions,
      ...prose,
    );
    expect(captionBlocks(text, breaks).map((r) => text.slice(r.start, r.end).trim())).toEqual(
      captions,
    );
    expect(names(suggest({ text, breaks }))).not.toContain('Quellan News Network');
  });

  it('knows a credit glued to the caption, and a wire’s name closing it', () => {
    const { text, breaks } = blocks(
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
      'Workers at a plant in Queens.CreditMarta Quill/The Daily Planet',
      'A sign on the Zorvix-run plant in 1989. (AP)',
    );
    expect(captionBlocks(text, breaks)).toHaveLength(2);
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Zorvix Labs']);
  });

  it('ends a credit at its block: the name that opens the next paragraph is the story’s', () => {
    const { text, breaks } = blocks(
      '© Provided by Quill Media Inc',
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Zorvix Labs']);
  });

  it('suggests nobody named only in such a caption', () => {
    const { text, breaks } = blocks(
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
      'Marta Quill poses with the flag in Ohio. (AP Photo/Jane Doe)',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Zorvix Labs']);
  });
});

describe('notes about the reporter that closed the article without a byline', () => {
  const note = (last: string) => {
    const { text, breaks } = blocks(
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
      'Kiley has run the lab since 2019.',
      last,
    );
    return reporterNotes(text, breaks).map((r) => text.slice(r.start, r.end).trim());
  };

  it('takes a closing block that introduces a reporter for a note', () => {
    for (const last of [
      'Marta Quill is a Metro reporter covering news and human interest stories. @mquill',
      'Marta Quill covers the White House. Since joining The Planet, she has covered energy.',
      'Marta Quill has covered economics since 2012.',
      'Marta Quill is an economics correspondent for The Daily Planet.',
    ])
      expect(note(last), last).toEqual([last]);
  });

  it('reads other closing blocks, and notes far from the end, as the story', () => {
    expect(note('Marta Quill is a farmer in Ohio who sued Zorvix Labs.')).toEqual([]);
    expect(note('Marta Quill said the lab would reopen.')).toEqual([]);
    const { text, breaks } = blocks(
      'Marta Quill is a reporter for The Daily Planet who broke the story.',
      `${'Zorvix Labs hired more staff this year than last. '.repeat(40)}`,
    );
    expect(reporterNotes(text, breaks)).toEqual([]);
  });

  it('leaves the names of the note out of the suggestions', () => {
    const { text, breaks } = blocks(
      'Zorvix Labs said on Monday that Dana Kiley will lead it.',
      'Marta Quill is a reporter for The Daily Planet. Follow her on Twitter @mquill',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Kiley', 'Zorvix Labs']);
  });
});

describe('names in headings and labels', () => {
  it('counts a line’s mention only in the words the prose uses', () => {
    const { text, breaks } = blocks(
      'West Merica Police',
      'Eloise Parry was taken to hospital. West Mercia police said the tablets were toxic.',
    );
    const r = suggest({ text, breaks });
    if (!r.supported) throw new Error(r.reason);
    expect([...r.people, ...r.organizations].flatMap((e) => e.mentions.map((m) => m.text))).toEqual(
      ['Eloise Parry', 'West Mercia police'],
    );
  });
});

/** Rule of round 9 (issue 14): captions and sponsors labelled as such. */
describe('labelled captions and sponsors', () => {
  it('suggests nobody named only in them', () => {
    for (const line of [
      'Image caption, Mira Osk spoke at the rally',
      'Photo illustration by Mira Osk',
      'Sponsored content by Mira Osk Inc',
    ]) {
      const { text, breaks } = blocks(
        'Zorvix Labs said on Monday that it would close, Dana Kiley said.',
        line,
        'Kiley said more on Tuesday.',
      );
      expect(names(suggest({ text, breaks })), line).toEqual(['Dana Kiley', 'Zorvix Labs']);
    }
  });
});

describe('closing credits', () => {
  it('takes "compiled by" and "You can follow … on Twitter" for the publisher’s lines', () => {
    expect(signedOff('Comments compiled by Dana Quell and Varlen Monitoring.')).toBe(true);
    expect(signedOff('Written by Dana Quell')).toBe(true);
    expect(signedOff('You can follow Varlen Monitoring on Twitter and Facebook.')).toBe(true);
  });

  it('keeps sentences that report on what was compiled or followed', () => {
    expect(signedOff('The list was compiled by the ministry last year.')).toBe(false);
    expect(signedOff('Millions follow the singer on Twitter.')).toBe(false);
  });
});

describe('a publisher’s notices', () => {
  it('leaves out a citation entry and a copyright line', () => {
    const { text, breaks } = blocks(
      'Dana Quell of the Varlen Institute said the virus could spread.',
      'Copyright: Quellan Health Daily',
      'Not to be reproduced without permission of Quellan Health Daily',
      'Quell, Dana. "Virus Could Spread." Quellan Health Daily. Zorvex Media, Intl., 7 Jun. 2013. Web.',
    );
    expect(names(suggest({ text, breaks }))).toEqual(['Dana Quell', 'Varlen Institute']);
  });
});

/** Rule of round 13 (issue 14): a short caption of two sentences whose last has no stop. */
describe('captions left without their final stop', () => {
  it('leaves out a short two-sentence block that ends without a stop, and keeps prose', () => {
    const r = suggest(
      blocks(
        'Dana Kiley said on Monday that the whale recovery would go on. Kiley said the team is ready.',
        'Tovin Ashgrove with his daughter in his backyard, where he stores a pair of jawbones. ' +
          'Ashgrove is a member of the Varlen Taupunga group',
        'Kiley said the work would take weeks.',
      ),
    );
    expect(names(r)).toEqual(['Dana Kiley']);
  });
});
