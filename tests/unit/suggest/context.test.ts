// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

describe('the words around a name', () => {
  it('cuts a run at an owner: what follows the possessive is a name of its own', () => {
    const n = names(
      'Benjamin Netanyahu spoke. Netanyahu’s Likud party won the vote, and James Gleick’s Chaos ' +
        'appeared in 1987. McDonald’s Corporation said profits rose.',
    );
    expect(n.organizations).toEqual(['Likud', 'McDonald’s Corporation']);
    expect(n.people).toEqual(['Benjamin Netanyahu', 'James Gleick']);
  });

  it('keeps a plural owner inside an institution’s name', () => {
    expect(names('The Baoji Municipal People’s Congress met on Monday.').organizations).toEqual([
      'Baoji Municipal People’s Congress',
    ]);
  });

  it('takes no person’s group, nor a group named before a comma, for an organisation', () => {
    const n = names(
      'Edward Lorenz ran a lab. After leaving Lorenz’s group, Margaret Hamilton moved on. After ' +
        'leaving the group, Hamilton embarked on a different path.',
    );
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Edward Lorenz', 'Margaret Hamilton']);
  });

  it('reads a noun that a role follows as the role’s qualifier, not as what the name is', () => {
    const n = names('“It is rote,” wrote Jennifer Light, the department head for the program.');
    expect(n).toEqual({ people: ['Jennifer Light'], organizations: [] });
    expect(names('Ennahda, the party of the prime minister, won.').organizations).toEqual([
      'Ennahda',
    ]);
  });

  it('offers no adverb or adjective that opens a sentence before a comma', () => {
    expect(
      names('Currently, the department has 25 crews. Still, the agency is busy.').organizations,
    ).toEqual([]);
  });
});

describe('notes about the article and its reporter', () => {
  it('reads the byline up to a date glued to it, and leaves out the reporter’s closing note', () => {
    const n = names(
      'Facebook hired Snopes. Jane Emery tweeted about it. Lucas Nolan is a reporter for ' +
        'Breitbart Tech covering free speech. Follow him on Twitter.',
      'by Lucas Nolan22 Dec 2016651',
    );
    expect(n.people).toEqual(['Jane Emery']);
    expect(n.organizations).not.toContain('Breitbart Tech');
  });

  it('leaves out what the note says after the reporter’s name, only for the byline’s names', () => {
    const text =
      'Martin Indyk, a fellow at the Brookings Institution, said so. Steven Mufson covers the ' +
      'White House. Since joining The Post, he has covered energy.';
    expect(names(text, 'By Steven Mufson').organizations).toEqual(['Brookings Institution']);
    expect(names(text).organizations).toContain('White House');
  });

  it('leaves out the outlet of a republication note', () => {
    expect(names('Google said so. This article was reprinted on Wired.com.').organizations).toEqual(
      ['Google'],
    );
  });
});

describe('what companies do and what is said of them', () => {
  it('takes what a company buys or invests in for a company, under its full name', () => {
    const n = names(
      'Zuckerberg closed the deal to buy Quarnex VR, after the buyout of Zentrigo. He said ' +
        'Quarnex was cheap.',
    );
    expect(n.organizations).toEqual(['Quarnex VR', 'Zentrigo']);
  });

  it('takes a name that its officers follow for a company', () => {
    const n = names(
      'Zentrigo CEO Evan Spiegel rebuffed the offer, as did Fluxly founder Ada Moss.',
    );
    expect(n.organizations).toEqual(['Fluxly', 'Zentrigo']);
    expect(n.people).toEqual(['Ada Moss', 'Evan Spiegel']);
  });

  it('knows publications by their heads, their nouns and their reports', () => {
    const n = names(
      'It was in a transcript reviewed by Business Insider. Emery shared an article by Vulture ' +
        'magazine. The findings were published in the journal Current Biology. As Gizmodex ' +
        'reports, the company cut prices.',
    );
    expect(n.organizations).toEqual(['Business Insider', 'Current Biology', 'Gizmodex', 'Vulture']);
    expect(n.people).toEqual([]);
  });

  it('takes no prize for an organisation, nor a quantifier opening a sentence', () => {
    const n = names(
      'He was on the team that won the 2009 Pulitzer Prize for Breaking News. Many reports ' +
        'suggest drivers are unhappy.',
    );
    expect(n.organizations).toEqual([]);
  });
});

describe('roles', () => {
  it('reads a role before a name or in its appositive as a person’s', () => {
    const n = names(
      'The site was founded by US-based blogger Avijit Roy. On March 30, Washiqur Rahman, another ' +
        'secular blogger, was killed.',
    );
    expect(n.people).toEqual(['Avijit Roy', 'Washiqur Rahman']);
  });
});

describe('one name, one type across the article', () => {
  it('types a name by most of its mentions: its officials and "which" outweigh a surname’s look', () => {
    const n = names(
      'Con Edison, which maintains 90,000 miles of cable, was busy. Later Con Edison officials ' +
        'said the work was done. A man thanked Con Edison.',
    );
    expect(n).toEqual({ people: [], organizations: ['Con Edison'] });
  });

  it('still takes "which" for no organisation when nothing says person', () => {
    expect(names('Fungi threaten the giant Tāne Mahuta, which may be 2,000 years old.')).toEqual({
      people: [],
      organizations: [],
    });
  });

  it('keeps a family name with the person named in full, whatever context it picks up', () => {
    const n = names('Edward Lorenz taught here. The Lorenz group ran the machine for years.');
    expect(n).toEqual({ people: ['Edward Lorenz'], organizations: [] });
  });

  it('joins an organisation’s shorter name to its full one', () => {
    const n = names('Whole Foods Market opened a store. The Whole Foods company said prices fell.');
    expect(n.organizations).toEqual(['Whole Foods Market']);
  });
});

describe('names listed with organisations', () => {
  it('takes an unknown word joined to an organisation by "and" or "or" for one', () => {
    expect(
      // (Politifact and Snopes are listed outlets now: outlet-names.ts.)
      names('Snopes will label fake news alongside ABC News and Varlenfact.').organizations,
    ).toEqual(['ABC News', 'Snopes', 'Varlenfact']);
  });

  it('not across a comma, nor a product with its model number, nor a person’s name', () => {
    const n = names(
      'She heads MIT’s Science, Technology and Society program. The Xbox Corporation and ' +
        'PlayStation 4 owners agree. Microsoft Corporation and Mr. Brandt met.',
    );
    for (const name of ['Science', 'PlayStation', 'Brandt', 'Mr. Brandt'])
      expect(n.organizations).not.toContain(name);
    expect(n.organizations).toContain('Xbox Corporation');
  });
});

describe('schools and sources', () => {
  it('keeps a campus’s city with its university, and nothing after it', () => {
    expect(
      names('Sarah Gille, an oceanographer at the University of California, San Diego, said so.')
        .organizations,
    ).toEqual(['University of California, San Diego']);
    expect(
      names('She moved from the University of Texas, Austin Smith said.').organizations,
    ).toEqual(['University of Texas']);
  });

  it('takes where someone graduated or studied, and whom a source wrote to, for bodies', () => {
    const n = names(
      'Fetter was a recent graduate of Mount Holyoke. She studied at Brindlewood too. “It was ' +
        'rote,” she said in an email to Quanta.',
    );
    expect(n.organizations).toEqual(['Brindlewood', 'Mount Holyoke', 'Quanta']);
  });
});

describe('more evidence', () => {
  it('keeps dotted initials after a first name inside a person’s name', () => {
    expect(names('President George H.W. Bush held back loan guarantees.').people).toEqual([
      'George H.W. Bush',
    ]);
  });

  it('takes a name whose chief executive, shareholders or CEO are named for a company', () => {
    const n = names(
      'Zentrigo’s chief executive quit, and Fluxly’s shareholders voted. Obama’s spokesman ' +
        'declined to comment.',
    );
    expect(n.organizations).toEqual(['Fluxly', 'Zentrigo']);
  });
});

describe('kinds named around a name', () => {
  it('reads ", who" as said of a person', () => {
    expect(names('Ayo Brindlewood, who aired his outrage online, was killed.').people).toEqual([
      'Ayo Brindlewood',
    ]);
  });

  it('takes a name that a place’s "-based" opens, or a kind of business in its appositive, for a company', () => {
    const n = names(
      'Seattle-based Zorvix cut jobs. Quorvant, a Berlin startup, hired them, and Treyco, the ' +
        'automaker, did not.',
    );
    expect(n.organizations).toEqual(['Quorvant', 'Treyco', 'Zorvix']);
  });

  it('reads no body in an apposition whose body word is part of another name', () => {
    const n = names(
      'The clip showed an interview with Dorian Quell, a senior Ulmar Party figure. Quell said ' +
        'it was false.',
    );
    expect(n.people).toEqual(['Dorian Quell']);
    expect(n.organizations).toEqual(['Ulmar Party']);
  });
});

/** Rule of round 11: a role after "in <word>," is the person's named before. */
describe('a place after "in" before a role', () => {
  it('is not the person the role is said of', () => {
    const n = names(
      'Dr Dana Kiley at the Varlen Propulsion Laboratory in Quellbrook, lead author on one of ' +
        'the studies, said the data were clear.',
    );
    expect(n.people).toEqual(['Dana Kiley']);
  });
});
