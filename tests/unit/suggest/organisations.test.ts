// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { suggestedNames as names } from './helpers';

/** Rules of round 5 (issue 14), each on a synthetic sentence: what an organisation's name is. */
describe('organisation names', () => {
  it('takes armed services for bodies, with the country or nationality before them', () => {
    const n = names(
      'Ulmarian Air Force spokesman Dorian Quell said the ships would sail. The U.S. Navy sent ' +
        'one, and the Coast Guard another. She is a Navy veteran.',
    );
    expect(n.organizations).toEqual(['Coast Guard', 'U.S. Navy', 'Ulmarian Air Force']);
    expect(n.people).toEqual(['Dorian Quell']);
  });

  it('takes a country’s arm of a named company for a body of its own, and no person', () => {
    const n = names(
      'Indonesia ZentAir is 49 percent owned by the budget carrier ZentAir. The ZentAir group had ' +
        'no crash before. ZentAir said so.',
    );
    expect(n.organizations).toEqual(['Indonesia ZentAir', 'ZentAir']);
    expect(n.people).toEqual([]);
  });

  it('takes no role acronym, compass region or sentence-opening adjective for a body', () => {
    const n = names(
      'Any airline CEO who says so is wrong. In Southeast Ulmaria, the ZentAir group grew. ' +
        'Commercial airline accidents fell.',
    );
    expect(n.organizations).toEqual(['ZentAir']);
  });

  it('keeps an owner inside a name when a head word follows it, unless it is a known person', () => {
    const n = names(
      'The Brantheimer’s Foundation of Ulmaria gave a grant. Obama’s Council of Economic ' +
        'Advisers met, and MIT’s Lorenz Center agreed.',
    );
    expect(n.organizations).toEqual([
      'Brantheimer’s Foundation of Ulmaria',
      'Council of Economic Advisers',
      'Lorenz Center',
      'MIT',
    ]);
  });

  it('keeps a city after a head word, and cuts at an acronym owner', () => {
    const n = names(
      'She studied at Brantis College London. On BRX’s Ulmar Sports Final, Dorian Quell agreed.',
    );
    expect(n.organizations).toContain('Brantis College London');
    expect(n.organizations).not.toContain('BRX’s Ulmar Sports Final');
  });

  it('takes a name of ordinary words that someone "told" for a body, not a person’s name', () => {
    const n = names('Dorian Quell told Live Brantis that it works, and later told Maria Osk so.');
    expect(n.organizations).toEqual(['Live Brantis']);
    expect(n.people).toEqual(['Dorian Quell', 'Maria Osk']);
  });

  it('cuts "and" between two whole names, not inside one', () => {
    const n = names(
      'The Department of Health and Human Services agreed. Grants went to the Rowing Club of ' +
        'Ulmar and Brantis Community Development Corporation of Osk, and to Quellan Women’s ' +
        'Shelter and Self Brantis, Inc.',
    );
    expect(n.organizations).toEqual([
      'Brantis Community Development Corporation of Osk',
      'Department of Health and Human Services',
      'Rowing Club of Ulmar',
      'Self Brantis, Inc.',
    ]);
  });

  // Round 8 (issue 14).
  it('keeps "for an" after a head word inside the name', () => {
    const n = names(
      'The Ulmar Committee for an Effective Senate paid for the ads, Dana Kiley said.',
    );
    expect(n.organizations).toEqual(['Ulmar Committee for an Effective Senate']);
  });
});

/** Rule of round 8 (issue 14): a plural of people capitalised only where its sentence opens. */
describe('a plural that opens a sentence', () => {
  it('is no body when it is capitalised nowhere else', () => {
    const n = names('Legislators said the law would help residents. Dana Kiley said so.');
    expect(n.organizations).toEqual([]);
  });

  it('is a body when a sentence capitalises it inside too', () => {
    const n = names(
      'Brantivers said the strike would go on. Dana Kiley said the Brantivers had voted for it.',
    );
    expect(n.organizations).toEqual(['Brantivers']);
  });
});

/** Rule of round 8 (issue 14): an apposition makes a company of a word that also names places. */
describe('a company named by an ordinary word', () => {
  it('takes a word the apposition calls a company for one, even if it names places too', () => {
    const n = names(
      'The idea became Square, a company that sells card readers. Square has grown, Dana Kiley said.',
    );
    expect(n.organizations).toEqual(['Square']);
  });

  it('keeps a place before a company described by it for a place', () => {
    const n = names('She ran an Albuquerque, New Mexico, contracting company, Dana Kiley said.');
    expect(n.organizations).not.toContain('Albuquerque');
  });
});

/** Rules of round 9 (issue 14): a body named by a past tense with "the", and its clipped name. */
describe('a body written short', () => {
  it('takes a past tense capitalised after "the" for a body, also where "The" opens the sentence', () => {
    const n = names('Crowds waited outside the Met, Dana Kiley said. The Met reopens on Monday.');
    expect(n.organizations).toEqual(['Met']);
    // A past tense that opens the sentence is the verb.
    expect(names('Met by crowds, Dana Kiley smiled.').organizations).toEqual([]);
  });

  it('joins a clipping to the one two-word name it shortens', () => {
    const r = suggest({
      text:
        'A Quellan Reserve official said rates must rise. The Quell said it would wait, Dana ' +
        'Kiley said. The Quellan Open Market Board voted.',
    });
    if (!r.supported) throw new Error(r.reason);
    expect(r.organizations.map((o) => [o.name, o.mentions.length]).sort()).toEqual([
      ['Quellan Open Market Board', 1],
      ['Quellan Reserve', 2],
    ]);
  });

  it('keeps a branch apart from the body whose name opens it', () => {
    const n = names(
      'The Quellan Reserve Bank of Ulmar sued. The Quellan Reserve said it disagrees, Dana Kiley said.',
    );
    expect(n.organizations).toEqual(['Quellan Reserve', 'Quellan Reserve Bank of Ulmar']);
  });
});

/** Rule of round 9 (issue 14): the names of a list that a plural company noun opens. */
describe('companies named like people', () => {
  it('takes every name after "giants", "lenders" or "firms" for a company', () => {
    const n = names(
      'Proceeds from mortgage giants Dana Kiley and Mira Osk went into bonds, Tomas Brant said.',
    );
    expect(n.organizations).toEqual(['Dana Kiley', 'Mira Osk']);
    expect(n.people).toEqual(['Tomas Brant']);
  });

  it('takes the examples of providers, operators or suppliers for companies', () => {
    const n = names(
      'Zorvix is talking to several cable providers, such as Quell Warner, Dana Kiley said.',
    );
    expect(n.organizations).toEqual(['Quell Warner']);
    // The sentence's speaker, after a comma, is no example.
    expect(n.people).toEqual(['Dana Kiley']);
  });
});

/** Rules of round 9 (issue 14): a firm's experts, where they work, and what an apposition says it is. */
describe('a firm named by its staff or its apposition', () => {
  it('takes the name before "analyst <Name>" and after "strategist at" for a firm', () => {
    const n = names(
      'Brantis Morrow analyst Dana Kiley cut her forecast. Mira Osk, a strategist at Quell Capital, agreed.',
    );
    expect(n.organizations).toEqual(['Brantis Morrow', 'Quell Capital']);
    expect(n.people).toEqual(['Dana Kiley', 'Mira Osk']);
  });

  it('takes a name with a model number or a maker for a body when its apposition says so', () => {
    const n = names(
      'The show runs on Q7, a cable network in Ulmar. Dana Kiley drove for Zorvix Cargo, a FedEx contractor, ' +
        'and FedEx Cargo, a shipping company.',
    );
    expect(n.organizations).toContain('Q7');
    expect(n.organizations).toContain('FedEx Cargo');
  });
});

/** Rule of round 9 (issue 14): a name that describes what is bought is no company bought. */
describe('a name before the noun it describes', () => {
  it('is no company for following "to buy"', () => {
    const n = names('Fans will be able to buy Quell HD versions of the films, Dana Kiley said.');
    expect(n.organizations).toEqual([]);
  });

  it('still makes a company of what is bought, or of the board one sits on', () => {
    const n = names(
      'Zorvix agreed to buy Quell Labs for $2 billion. Dana Kiley is a member of the Brantis board.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Quell Labs', 'Zorvix']);
  });
});

/** Rule of round 9 (issue 14): "TV" ends products' names as often as broadcasters'. */
describe('a name ending in "TV"', () => {
  it('is not a body for its last word alone', () => {
    const n = names('By Christmas you will have a Quell TV in your living room, Dana Kiley said.');
    expect(n.organizations).toEqual([]);
  });
});

describe('examples a plural company noun opens', () => {
  it('are companies: "such rivals as …"', () => {
    const n = names(
      'The service will compete with such rivals as Quellify, Varlendo, and Zorbix. It costs $10.',
    );
    expect(n.organizations).toEqual(['Quellify', 'Varlendo', 'Zorbix']);
  });
});

/** Rule of round 11: a unit's number is part of its name. */
describe('a numbered unit', () => {
  it('keeps the ordinal before a unit’s name', () => {
    const n = names(
      'Dana Kiley served with the 14th Varlen Infantry Division, then the 3rd Quellbank Division.',
    );
    expect(n.organizations).toEqual(['14th Varlen Infantry Division', '3rd Quellbank Division']);
  });
});

/** Rules of round 11: a brand's exclamation mark, and the fields a company lists in its name. */
describe('names written with "!"', () => {
  it('keeps a brand’s exclamation mark inside the name', () => {
    const n = names(
      'The trade was first reported by Varlo! Sports on Monday. Readers of q! Science News ' +
        'saw it too. Stop! Police are here.',
    );
    expect(n.organizations).toEqual(['Varlo! Sports', 'q! Science News']);
    expect(n.people).toEqual([]);
  });

  it('keeps the fields a company lists after its head word', () => {
    const n = names(
      'Dana Kiley, owner of Kell Research, Education and Consulting, a research company, said so. ' +
        'Staff at Varlen Research, Google and Apple agreed.',
    );
    expect(n.organizations).toContain('Kell Research, Education and Consulting');
    expect(n.organizations).toContain('Google');
  });
});

describe('names written with "!", and lists that are not a company’s fields', () => {
  it('ends the sentence after a word shouted in capitals', () => {
    const n = names('Is it true? The answer is YES! Quell Nation found the bar on Monday.');
    expect(n.organizations).not.toContain('YES! Quell Nation');
  });

  it('lists companies after a head word when their names are no ordinary words', () => {
    const n = names(
      'Dana Kiley led key acquisitions, including Varlen Entertainment, Quellfilm and BrantTech, ' +
        'the previously little-known firm.',
    );
    expect(n.organizations).toEqual(['BrantTech', 'Quellfilm', 'Varlen Entertainment']);
  });
});

/** Rule of round 11: a title's holders named together. */
describe('a body named for its members’ title', () => {
  it('keeps "… Chiefs of Staff" whole as an organisation, and a title before a name as one', () => {
    const n = names(
      'The vice chairman of the Varlen Chiefs of Staff said so. Chief of Staff Dana Kiley agreed.',
    );
    expect(n.organizations).toEqual(['Varlen Chiefs of Staff']);
    expect(n.people).toEqual(['Dana Kiley']);
  });
});

describe('a state’s legislature', () => {
  it('is an organisation named with its state', () => {
    expect(names('The Varlen Legislature recently legalized dispensaries.').organizations).toEqual([
      'Varlen Legislature',
    ]);
  });
});

/** Rule of round 11: a trophy called by the name it carries. */
describe('an award called by its name alone', () => {
  it('is no organisation when the article writes it before the award’s word', () => {
    const n = names(
      'The reigning Varlen Trophy winner has balanced fame, fortune, Twitter and the Manning ' +
        'Academy. He is the first freshman to balance fame, fortune, the Varlen and Twitter. The ' +
        'FA fined him before the FA Cup final.',
    );
    expect(n.organizations).toEqual(['FA', 'Manning Academy', 'Twitter']);
  });
});

describe('a hotel', () => {
  it('is a building, not an organisation; its chain is one', () => {
    const n = names(
      'There is a back entrance to the Varlen Hotel used by the likes of Dana Kiley. Quell ' +
        'Hotels Corporation owns it.',
    );
    expect(n.organizations).toEqual(['Quell Hotels Corporation']);
  });
});

describe('a collective, a cooperative, a consortium (round 15)', () => {
  it('names a body when its kind follows its name', () => {
    const n = names(
      'One campaign group, the Quellreen collective, has documented the shootings. The Varlo ' +
        'cooperative and the Brantis consortium agreed, Dana Kiley said.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Quellreen', 'Varlo']);
  });
});

describe('a company named for its science (round 15)', () => {
  it('ends in "Scientific"', () => {
    const n = names(
      'Dara Venn, a member of QTL Scientific’s team, said the QTL Scientific crew will dig. ' +
        'Shares of Varlo Scientific rose.',
    );
    expect(n.organizations).toEqual(['QTL Scientific', 'Varlo Scientific']);
  });
});

describe('a house in a list of companies (round 15)', () => {
  it('is a company, not a building, when joined to one by "and"', () => {
    const n = names(
      'The CEOs of Zorvix Labs, Brantis Media and Plover House will testify, Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Brantis Media', 'Plover House', 'Zorvix Labs']);
  });

  it('stays a building alone', () => {
    const n = names('Dara Venn spoke at Plover House on Friday.');
    expect(n.organizations).toEqual([]);
  });
});

describe('a nationality before a kind of body (round 15)', () => {
  it('says where the body is from, and names none', () => {
    const n = names(
      'Dara Venn told the British broadcaster Quell TV that he was well. The Swiss company ' +
        'Varlo Media agreed.',
    );
    expect(n.organizations).not.toContain('British');
    expect(n.organizations).not.toContain('Swiss');
  });
});

describe('a company "called" so (round 15)', () => {
  it('is named after its kind and "called" or "named"', () => {
    const n = names(
      'A vendor of filtering software called Quellmo Eyes claims that 24% of users store it. ' +
        'A man called Tovo Pelkov disagrees.',
    );
    expect(n.organizations).toEqual(['Quellmo Eyes']);
  });
});

describe('an acronym owning a body (round 15)', () => {
  it('is a body too', () => {
    const n = names(
      '“It is extraordinary,” said Dara Venn, program director in QSF’s Division of Earth Sciences.',
    );
    expect(n.organizations).toEqual(['Division of Earth Sciences', 'QSF']);
  });
});

/** Round 18 (issue 14): a registered company's suffix closes its name. */
describe('a company’s suffix and its home', () => {
  it('ends the name at "Inc." and leaves the home town after "of" unsuggested', () => {
    expect(
      names('Makers, including top-seller Varlenco Inc. of Quellburg, said they would comply.')
        .organizations,
    ).toEqual(['Varlenco Inc.']);
  });

  it('takes a bank named in Italian, "Banca … dei …", for one body', () => {
    expect(
      names(
        'Shares of Banca Monte dei Quellani SpA rose 8 percent. Banca Monte dei Quellani said it would ask for more time.',
      ),
    ).toEqual({ people: [], organizations: ['Banca Monte dei Quellani SpA'] });
  });
});

/** Round 18 (issue 14): "on" joins a head word to its subject, not a person to a website. */
describe('"on" inside a name', () => {
  it('keeps "Council on …" whole and leaves "met Jane Doe on Facebook" two names', () => {
    const n = names(
      'Dara Venn had met Lina Quell on Facebook in May. The Council on Varlen Relations agreed.',
    );
    expect(n.organizations).toEqual(['Council on Varlen Relations', 'Facebook']);
    expect(n.people).toEqual(['Dara Venn', 'Lina Quell']);
  });

  it('takes a district that stands for an industry for no one', () => {
    expect(
      names('Dara Venn had just come off doing Cabaret on Broadway, a Broadway sensation.').people,
    ).toEqual(['Dara Venn']);
  });
});

/** Round 19 (issue 14, held-out-19's errors): a tour's dates and venues. */
describe('a list of tour dates', () => {
  it('takes what follows "@" for a venue, a month before a day for a date, and "CO" for a state', () => {
    expect(
      names(
        'Tour dates: June 10 – Tampa, FL @ Quellan Credit Union Amphitheatre June 14 – Denver, CO ' +
          '@ Varlen Center July 3 – Raleigh, NC @ Dorwin Credit Union Music Park',
      ).organizations,
    ).toEqual([]);
  });
});

/** Round 20 (issue 14): rooms and stations named as where things happen. */
describe('a named room or station', () => {
  it('is a place, not a body: "the Oval Office", "the International Space Station"', () => {
    expect(
      names(
        'He spoke from the Oval Office, and astronauts on the International Space Station ' +
          'watched with the Justice Department.',
      ).organizations,
    ).toEqual(['Justice Department']);
  });
});

/** Round 21 (issue 14, from held-out-20's errors, read after its second measurement). */
describe('papers, clubs and two companies joined by "and"', () => {
  it('takes a place and a paper word after "the" for the place\'s paper', () => {
    expect(
      names('The chain owns the Baltimore Sun, and he spoke to the Orange County Register.')
        .organizations,
    ).toEqual(['Baltimore Sun', 'Orange County Register']);
  });

  it('takes a football club by its mark, and a sports broadcaster by its name', () => {
    expect(
      names('He joined FC Porto from Wrexham AFC last year, Sky Sports reported.').organizations,
    ).toEqual(['FC Porto', 'Sky Sports', 'Wrexham AFC']);
  });

  it('splits a known company and a name with its own head at "and", not a suffix after one word', () => {
    expect(
      names(
        'The merger of Gannett and GateHouse Media was approved. Procter and Gamble Co. agreed.',
      ).organizations,
    ).toEqual(['Gannett', 'GateHouse Media', 'Procter and Gamble Co.']);
  });

  it("does not take a vehicle's letters for a body", () => {
    expect(names('The buyer of an SUV pays more, Varlen Motors said.').organizations).toEqual([
      'Varlen Motors',
    ]);
  });
});
