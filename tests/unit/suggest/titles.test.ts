// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { suggestedNames as names } from './helpers';

/** Rules of round 5 (issue 14), each on a synthetic sentence: titles, roles and the name after them. */
describe('titles and roles written before a name', () => {
  it('knows abbreviated titles by their bare key: "Gov.", "Rep.", "Lt. Col."', () => {
    const n = names(
      'In Ulmar, Varlen Gov. Dorian Quell has made the most visits. Rep. Talia Brund disagreed, ' +
        'and Lt. Col. Mira Osk said so too.',
    );
    expect(n.people).toEqual(['Dorian Quell', 'Mira Osk', 'Talia Brund']);
    expect(n.organizations).toEqual([]);
  });

  it('takes a lone name a role is said of for a person, though it speaks as bodies do', () => {
    const n = names(
      'Quorvan, head of the Ulmar search agency, told local television the plane sank. It is ' +
        'there, Quorvan said on Monday. Brantis said on Monday it would hire.',
    );
    expect(n.people).toEqual(['Quorvan']);
    expect(n.organizations).toEqual(['Brantis']);
  });

  it('leaves a lone word two named people share, and a first name, unplaced', () => {
    const n = names(
      'Maria Dorn met Peter Dorn. Dorn, the party leader, said no. Her daughter, Sarah, agreed.',
    );
    expect(n.people).toEqual(['Maria Dorn', 'Peter Dorn']);
  });

  it('cuts a run at role words written as titles before a first name', () => {
    const n = names(
      'Ulmar State Park Ranger Supervisor Robert Quell said the shark left. It was gone, Quell ' +
        'said. The Ulmar Park Ranger Station stayed open.',
    );
    expect(n.people).toEqual(['Robert Quell']);
  });

  it('drops a role that only starts the sentence before one family name', () => {
    const n = names(
      '"Move quickly," said Brant Osterhagen, an oceanographer at the Ulmar Institute. Oceanographer ' +
        'Osterhagen said debris floats.',
    );
    expect(n.people).toEqual(['Brant Osterhagen']);
  });

  it('keeps a family name that is also a modal verb after a first name', () => {
    const n = names(
      'Analysts Lou Brantz and Mark May disagree. "Ask Mark May," Brantz said. It may rain in May.',
    );
    expect(n.people).toEqual(['Lou Brantz', 'Mark May']);
  });

  it('cuts an owner off a name before "of" ("Gov. X’s State of the State speech")', () => {
    const n = names('Gov. Dorian Quell’s State of the Union speech on Tuesday pushed it.');
    expect(n.people).toEqual(['Dorian Quell']);
  });

  it('keeps a quoted nickname inside the name, and a quoted word after a name out of it', () => {
    const n = names(
      'Ulmar President Dorian “Dori” Quellvan ordered a review. Quellvan said so. The ' +
        'minister called it "Brantis" Tuesday.',
    );
    expect(n.people).toEqual(['Dorian “Dori” Quellvan']);
  });

  it('strips a player’s position and an insider’s role from the name after it', () => {
    const n = names(
      'Defenseman Dorian Quell scored twice. Quell was happy. According to BRX Sports ' +
        'Insider Maria Osk, the ban stands. Osk said so.',
    );
    expect(n.people).toEqual(['Dorian Quell', 'Maria Osk']);
  });

  it('cuts a beat’s acronym between an outlet and a role off both', () => {
    const n = names(
      'According to CBS Sports NFL Insider Maria Osk, the ban stands. The NFL agreed.',
    );
    expect(n.people).toEqual(['Maria Osk']);
    expect(n.organizations).toEqual(['CBS Sports', 'NFL']);
  });

  it('leaves a title’s qualifier ("Press Secretary") off the body’s name before it', () => {
    const n = names(
      'Ulmar Council Press Secretary Dana Kiley said on Monday the Ulmar Council would meet. ' +
        'Brantis Foundation Communications Director Tom Quell agreed.',
    );
    expect(n.organizations).toEqual(['Brantis Foundation', 'Ulmar Council']);
    expect(n.people).toEqual(['Dana Kiley', 'Tom Quell']);
  });

  // Round 8 (issue 14).
  it('leaves a title’s area ("of State") off the name of the person after it', () => {
    const n = names(
      'Ulmarian Secretary of State Dana Rose Kiley met Minister of Finance Tom Quell. ' +
        'The Secretary of the Brantis Leadership Group was not there.',
    );
    expect(n.people).toEqual(['Dana Rose Kiley', 'Tom Quell']);
    expect(n.organizations).toEqual(['Brantis Leadership Group']);
  });
});

/** Rule of round 9 (issue 14): a body's office inside a run, then a family name alone. */
describe('an office between a body and a family name', () => {
  it('cuts "<body> President <Name>" into the body and the person', () => {
    const n = names(
      'Ulmar Bank President Quorvan, Varlen Trust Chairman Brantis and Osk dissented, Dana Kiley said.',
    );
    expect(n.people).toEqual(['Brantis', 'Dana Kiley', 'Quorvan']);
    expect(n.organizations).toEqual(['Ulmar Bank', 'Varlen Trust']);
  });

  it('keeps an adjective before the office off the organisations', () => {
    const n = names('Former President Quorvan and Dana Kiley met on Monday.');
    expect(n.people).toEqual(['Dana Kiley', 'Quorvan']);
    expect(n.organizations).toEqual([]);
  });
});

/** Rule of round 9 (issue 14): a job, then the body it is held in. */
describe('a job written with its body', () => {
  it('suggests the body of "Chief Information Officer for <body>", without the job', () => {
    const n = names('Dana Kiley is Chief Information Officer for Zorvix Communications.');
    expect(n.organizations).toEqual(['Zorvix Communications']);
  });
});

/** Rules of round 9 (issue 14): a role before a first name that is also a word; a negation. */
describe('a person named after a role', () => {
  it('takes "spokesperson <first name> <word>" for a person, whatever the family name is as a word', () => {
    const n = names(
      'The team will take its time, Ulmar Parks Service spokesperson Bill Line said.',
    );
    expect(n.people).toEqual(['Bill Line']);
    expect(n.organizations).toEqual(['Ulmar Parks Service']);
  });

  it('leaves a negation off the name after it', () => {
    const r = suggest({
      text: 'Mira Osk joined the show in 2006. Not Osk, the fans said. Osk left in 2012.',
    });
    if (!r.supported) throw new Error(r.reason);
    expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([['Mira Osk', 3]]);
  });
});

/** Rule of round 9 (issue 14): a first name that is also a modal. */
describe('a first name that is also a modal', () => {
  it('opens a name inside a sentence, but not at its start', () => {
    const n = names(
      '“It was wrong,” Will Osk, chief executive of Zorvix Labs, said. Later, said May Brant, it ended.',
    );
    expect(n.people).toEqual(['May Brant', 'Will Osk']);
    expect(names('Will Zorvix Labs hire again? Dana Kiley said no.').people).toEqual([
      'Dana Kiley',
    ]);
  });
});

describe('a first name that the lexicon knows as a small word (round 14)', () => {
  it('opens a name after a role in lower case', () => {
    const n = names('According to co-author Til Varnstedt, a researcher in Quellia, it holds.');
    expect(n.people).toEqual(['Til Varnstedt']);
  });
});

describe('monarchs and church leaders', () => {
  it('takes given names and a regnal number for a person', () => {
    const n = names('While Nicholas II and Louis XIV loved their palaces, World War II came.');
    expect(n.people).toEqual(['Louis XIV', 'Nicholas II']);
    expect(n.organizations).toEqual([]);
  });

  it('reads a patriarch, a tsar or an emir as a title', () => {
    const n = names('Will Patriarch Varlon approve? Emir Quellan said he would not.');
    expect(n.people).toEqual(['Quellan', 'Varlon']);
  });
});

describe('a named chair', () => {
  it('holds a subject after "Professor of", not a body', () => {
    const n = names(
      'The Alfred H. Quellan Professor of Biological Engineering, Dana Roe, said so. Lisa Quell, ' +
        'Professor of Law at the Varlen Institute of Technology, agreed.',
    );
    expect(n.organizations).toEqual(['Varlen Institute of Technology']);
    expect(n.people).toEqual(['Dana Roe', 'Lisa Quell']);
  });
});

/** Rules of round 13 (issue 14): a title word as a family name, and a hall-of-famer's title. */
describe('title words in names', () => {
  it('takes a title word after a first name for a family name ("Aaron Judge")', () => {
    const n = names('Varlen outfielder Aaron Judge went 32nd. Later, Mark Bishop spoke.');
    expect(n.people).toEqual(['Aaron Judge', 'Mark Bishop']);
  });

  it('leaves "Hall of Famer" off the name it comes before', () => {
    const n = names('Vrell counts Hall of Famer Tovin Ashgrove as his favorite pitcher.');
    expect(n.people).toEqual(['Tovin Ashgrove']);
  });

  it('reads a parliament member\'s abbreviation as a title ("MK Robert Ilatov")', () => {
    const n = names('MK Dara Venlov said the comments showed it. The riots prove it, Venlov said.');
    expect(n.people).toEqual(['Dara Venlov']);
    expect(n.organizations).toEqual([]);
  });

  it('takes a given name after an unknown word or a first name that is a word for a family name', () => {
    const n = names('By comparison, Quarmelo Anthony and Ray Allen have played 89 games together.');
    expect(n.people).toEqual(['Quarmelo Anthony', 'Ray Allen']);
  });
});

describe('a police rank written as an acronym (round 14)', () => {
  it('is a role, not a body', () => {
    const n = names('The patrol let him go and informed the police, the IG said on Thursday.');
    expect(n.organizations).toEqual([]);
  });
});

describe('a prosecutor’s title (round 15)', () => {
  it('is left off the name, written in full or with the family name alone', () => {
    const n = names(
      '“Verify the identity of Prosecutor Dara Ivanov,” he said. “It is not Prosecutor Ivanov but his double.”',
    );
    expect(n.people).toEqual(['Dara Ivanov']);
  });
});

describe('a nationality before a name with a phrase (round 15)', () => {
  it('is the name’s first word, not a description of it', () => {
    const n = names(
      'Five were killed, according to the Bolivian Initiative for Water Rights, a rights group. ' +
        'Bolivian President Dara Venlov denied it.',
    );
    expect(n.organizations).toEqual(['Bolivian Initiative for Water Rights']);
    expect(n.people).toEqual(['Dara Venlov']);
  });
});

describe('a role right before a name of two words (round 15)', () => {
  it('makes a person of it, though its last word is a place’s', () => {
    const n = names(
      'The Comets negotiated a deal for coach Quin Rivers, and he left. Later, the autocrat ' +
        'Hosmi Varak fell from power, Dara Venn said.',
    );
    expect(n.people).toEqual(['Dara Venn', 'Hosmi Varak', 'Quin Rivers']);
  });

  it('makes a person of a first name and a city’s name', () => {
    const n = names('Quell Free, a ministry led by Mike Cleveland from Medina, Ohio, says so.');
    expect(n.people).toEqual(['Mike Cleveland']);
  });
});

describe('an affiliation after a name (round 15)', () => {
  it('makes a person of two name-shaped words followed by ", of" and a body', () => {
    const n = names(
      'That is what Quirsty Spalding, of Sweden’s Varlen Institute, and her colleagues found.',
    );
    expect(n.people).toEqual(['Quirsty Spalding']);
  });
});

describe('a first name in a place’s name (round 15)', () => {
  it('is no person after "the" when nothing follows the name', () => {
    const n = names(
      'Our solar system lies in the Orion Quell, an offshoot of the Varlen arm, Dara Venn said.',
    );
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('is no person after a Spanish place word', () => {
    const n = names(
      'It was a settlement known as "la Ciudad Blanca," or the White City. Dara Venn plans a ' +
        'documentary about the search for Ciudad Blanca.',
    );
    expect(n.people).toEqual(['Dara Venn']);
  });
});

describe('an affiliation after a person’s full name (round 15)', () => {
  it('is a body, though the family name is an ordinary word', () => {
    const n = names(
      'Dr. Karen Seal of QU Marrowby and Dr. Murray Stein of QU Varlen also noted that the ' +
        'findings were consistent.',
    );
    expect(n.organizations).toEqual(['QU Marrowby', 'QU Varlen']);
  });
});

describe('a hyphenated description before a name (round 15)', () => {
  it('is no part of the name, as "-based" is not', () => {
    const n = names(
      'Prime Minister Dara Varlan spoke. Protesters called for the resignation of the ' +
        'Islamist-rooted Varlan and the Marxist-inspired Quellan Front.',
    );
    expect(n.people).toEqual(['Dara Varlan']);
    expect(n.organizations).toEqual(['Quellan Front']);
  });
});

describe('"who" after a name whose first word is also a word (round 15)', () => {
  it('makes a person of it when its last word looks like a family name', () => {
    const n = names(
      'That was good news for pundits like Rush Varbaugh, who had been claiming that greens ' +
        'exaggerated it. Grand Central, who knows?',
    );
    expect(n.people).toEqual(['Rush Varbaugh']);
  });
});

describe('a star before one name (round 15)', () => {
  it('is a role, which makes a person of the name', () => {
    const n = names('Quellia star Varmar was among the 12,000 in attendance, and Varmar cheered.');
    expect(n.people).toEqual(['Varmar']);
  });
});

describe('a ruler named after the rule (round 15)', () => {
  it('makes a person of a plain name after "the dictatorship of", "the regime of"', () => {
    const n = names(
      'Some pleaded for intervention in the war between rebels and the dictatorship of Bashir ' +
        'Asdar. Others fled the regime of Tovo Pelkov.',
    );
    expect(n.people).toEqual(['Bashir Asdar', 'Tovo Pelkov']);
  });
});

/** Round 17 (issue 14): a title's area, then a first name that is also a word. */
describe('a title before a first name that is also a word', () => {
  it('makes a person of the name, middle initial and all, whatever bodies the sentence names', () => {
    const n = names(
      'Her first boss at the State Department, former Secretary of State Rex W. Quellan, left. ' +
        'Mr. Quellan spoke to Time magazine.',
    );
    expect(n.people).toEqual(['Rex W. Quellan']);
    expect(n.organizations).toEqual(['State Department', 'Time']);
  });
});

/** Round 19 (issue 14, held-out-19's errors): roles capitalised before a name are not the name's. */
describe('a role before a name', () => {
  it('leaves out an ombudsman’s title and a role that opens the sentence', () => {
    expect(
      names(
        'Public Ombudsman Dara Venn’s office said the deaths were caused by gunshots. Employee ' +
          'Steve Quell tells the paper that he fought.',
      ).people,
    ).toEqual(['Dara Venn', 'Steve Quell']);
  });
});
