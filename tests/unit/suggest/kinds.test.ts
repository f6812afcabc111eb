// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 4 (issue 14), each on a synthetic sentence: what the words around a name say it is. */
describe('what kind of body the words after a name say it is', () => {
  it('reads a kind noun past a qualifier: a news agency, a think tank, a research group', () => {
    const n = names(
      'The figure was quoted by the Quellan news agency. The Zorvix think tank disagreed, and the ' +
        'Brantis research group said nothing.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Quellan', 'Zorvix']);
  });

  it('takes no family’s firm for a body, nor a name before an unlisted qualifier', () => {
    expect(names('It was the Quillby family firm, and the Dellacroix summer group met.')).toEqual({
      people: [],
      organizations: [],
    });
  });

  it('takes a pollster’s name before "poll" or "survey" for an organisation', () => {
    expect(
      names('A Quellan Korea poll released on Friday showed support at 13%.').organizations,
    ).toEqual(['Quellan Korea']);
  });

  it('takes what an officer is "of" for a body, but not a place or ordinary words', () => {
    const n = names(
      'Sharon is the CEO of Hotelzio, a start-up. Dana Kiley, president of Brantwell, agreed. The ' +
        'president of France and the head of Research spoke.',
    );
    expect(n.organizations).toEqual(['Brantwell', 'Hotelzio']);
    expect(n.people).toEqual(['Dana Kiley']);
  });

  it('takes a hyphenated "start-up" appositive for a company', () => {
    expect(names('Trivex, a start-up in Ohio, raised money.').organizations).toEqual(['Trivex']);
  });

  it('takes where something was posted or published for a source', () => {
    expect(
      names('It was in answers posted on Quorix and a paper published in Natura.').organizations,
    ).toEqual(['Natura', 'Quorix']);
  });

  it('takes a nationality’s police for no named body, and a place’s police for one', () => {
    expect(
      names('South Korean police raided the office. West Mercia police said so.').organizations,
    ).toEqual(['West Mercia police']);
  });
});

describe('what bodies do', () => {
  it('takes what files, fines, quotes or issues for a body, and who its activists are', () => {
    const n = names(
      'Zorvane filed a lawsuit. Then Quellcom fined the broadcaster, Brantis quoted an official ' +
        'and protesters joined Trivex activists outside.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Quellcom', 'Trivex', 'Zorvane']);
  });

  it('takes whom a lawyer acts for or investors put money in, and what raises or delivers, for a body', () => {
    const n = names(
      'A lawyer for Quillmed declined to comment. Investors in Zorvane lost money. Brantair ' +
        'delivered jets and Trivest raised rates.',
    );
    expect(n.organizations).toEqual(['Brantair', 'Quillmed', 'Trivest', 'Zorvane']);
  });

  it('lets a name of ordinary words act as a body, but not a person’s name', () => {
    const n = names('Human Rights Watch documented abuses, and Ammar Askar denied them.');
    expect(n).toEqual({ people: ['Ammar Askar'], organizations: ['Human Rights Watch'] });
  });

  it('takes no product for a body because it has users or developers', () => {
    expect(names('Many Quillfox users and Quillfox developers complained.').organizations).toEqual(
      [],
    );
  });
});

describe('people and what only looks like them', () => {
  it('takes a first name for a person’s only where it opens the name or follows names', () => {
    const n = names(
      'Super Mario Run costs $10, said C. Eugene Steuerle. Players of Grand Theft Auto agreed, ' +
        'Dana Kiley said.',
    );
    expect(n.people).toEqual(['C. Eugene Steuerle', 'Dana Kiley']);
  });

  it('takes streets, bridges, airports and mountains for places, not people or bodies', () => {
    expect(
      names(
        'They marched down Martin Luther King Jr. Boulevard to the George Washington Bridge. The ' +
          'John F. Kennedy International Airport was shut. Mount Everest is tall, and the Marshall ' +
          'Plan helped.',
      ),
    ).toEqual({ people: [], organizations: [] });
  });

  it('still takes a place-shaped name for a body on evidence', () => {
    expect(names('She is a recent graduate of Mount Holyoke.').organizations).toEqual([
      'Mount Holyoke',
    ]);
  });

  it('reads an event’s name after a possessive as one event', () => {
    expect(names('The 1939 World’s Fair and the Paris Motor Show drew crowds.')).toEqual({
      people: [],
      organizations: [],
    });
  });
});

describe('names that start a sentence or a run', () => {
  it('keeps a verb-like first word before a head word: “State Department”', () => {
    expect(
      names('“It matters,” State Department deputy spokesperson Vedant Patel said Thursday.'),
    ).toEqual({ people: ['Vedant Patel'], organizations: ['State Department'] });
  });

  it('still drops a caption label or a past tense before a head word', () => {
    expect(
      names('Watch Party members arrive. Asked Congress, she declined.').organizations,
    ).toEqual(['Congress']);
  });

  it('joins a hyphen after an abbreviation’s period: “U.S.-South Korea …”', () => {
    expect(
      names('Meetings of the U.S.-South Korea Nuclear Consultative Group were postponed.')
        .organizations,
    ).toEqual(['U.S.-South Korea Nuclear Consultative Group']);
  });

  it('keeps "for a" inside a body’s name, and nowhere else', () => {
    const n = names(
      'Marc Goldwein of the Committee for a Responsible Federal Budget said so. Google paid for a ' +
        'New York office.',
    );
    expect(n.organizations).toEqual(['Committee for a Responsible Federal Budget', 'Google']);
  });

  it('splits “X and the Y” into two names', () => {
    expect(
      names('The Museum of Neon Art and the Neon Museum in Las Vegas restore signs.').organizations,
    ).toEqual(['Museum of Neon Art', 'Neon Museum']);
  });

  it('lets "which" outweigh a person-like name, but not a first name opening it', () => {
    const n = names(
      'A sequel from Quentin Varlow, which has been rumored since 2017, is planned. ' +
        'The cables belong to Con Edison, which maintains them.',
    );
    expect(n.people).toEqual(['Quentin Varlow']);
    expect(n.organizations).toEqual(['Con Edison']);
  });
});

/** Rule of round 8 (issue 14): a first name that is also an ordinary word ("Bill", "Ray"). */
describe('a first name that is also a word', () => {
  it('opens a person’s name before an unknown family name where a person is spoken of', () => {
    const n = names(
      'The strike had ended, said Bill Quarnby, president of the Ulmar Builders Guild. The film ' +
        'was shot by Ray Quillfen and Dana Kiley.',
    );
    expect(n.people).toEqual(expect.arrayContaining(['Bill Quarnby', 'Ray Quillfen']));
  });

  it('names nobody before a known word, or without a person’s context', () => {
    const n = names('A Rose Garden stood there. The Ray Quillfen box was empty, Dana Kiley found.');
    expect(n.people).toEqual(['Dana Kiley']);
  });
});

/** Rule of round 11: a middle initial "A." or "I." is no article or pronoun. */
describe('a middle initial that is also a word', () => {
  it('keeps a person whose middle initial is "A." or "I."', () => {
    const n = names(
      'Mira A. Osk said so on Monday. The trial of Dana I. Kiley, a leader of the opposition, ended.',
    );
    expect(n.people).toEqual(['Dana I. Kiley', 'Mira A. Osk']);
  });
});

describe('a name after "<Day> of"', () => {
  it('is no affiliation of the day', () => {
    const n = names(
      'The conviction on Thursday of Mira A. Osk, a leader of the opposition, drew protests.',
    );
    expect(n.people).toEqual(['Mira A. Osk']);
    expect(n.organizations).toEqual([]);
  });
});

/** Round 17 (issue 14): a drive or a parkway is a road’s name, not a person’s, though a first name opens it. */
describe('a name ending in “Drive”', () => {
  it('is a place', () => {
    expect(names('The officer lived on Arno Drive with his wife, Dana Kiley said.').people).toEqual(
      ['Dana Kiley'],
    );
  });
});

/** Round 18 (issue 14): an index is a number, not someone. */
describe('a market index', () => {
  it('is neither a person nor an organisation', () => {
    expect(
      names(
        'The S&P 500 Index rose 0.9 percent. The Stoxx Europe 600 Index added 0.9 percent. The ' +
          'Markit iTraxx Europe Index of swaps dropped one basis point.',
      ),
    ).toEqual({
      people: [],
      organizations: [],
    });
  });
});

/** Round 19 (issue 14): a sentence's first word before "company <Name>" says what kind it is. */
describe('a kind of company before its name', () => {
  it('takes "Beauty company Quellco" for Quellco alone', () => {
    expect(
      names('Beauty company Quellco is breaking out. Dara Venn has a deal with Quellco.')
        .organizations,
    ).toEqual(['Quellco']);
  });
});
