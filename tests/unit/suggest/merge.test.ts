// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { suggestedNames as names } from './helpers';

describe('one person under the forms the article writes', () => {
  it('joins a family name written first to the one full name it opens', () => {
    const r = suggest({
      text:
        'President Yoon Suk Yeol declared martial law. Yoon apologised on Saturday. Opposition ' +
        'leader Lee Jae-myung said Yoon must resign.',
    });
    if (!r.supported) throw new Error(r.reason);
    expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Yoon Suk Yeol', 3],
      ['Lee Jae-myung', 1],
    ]);
  });

  it('leaves a word that opens two full names, or is a first name, on its own', () => {
    const n = names(
      'Opposition leader Lee Jae-myung and Interior Minister Lee Sang-min spoke. Mr. Lee said no. ' +
        'Margie Kim and Margie Lott agreed, Dana Kiley said. Ms. Margie left.',
    );
    expect(n.people).toEqual([
      'Dana Kiley',
      'Lee',
      'Lee Jae-myung',
      'Lee Sang-min',
      'Margie',
      'Margie Kim',
      'Margie Lott',
    ]);
  });
});

describe("a country's bodies", () => {
  it('stay apart when they share only the country and the head word', () => {
    const n = names(
      'The former head of the U.S. Quellan Research Agency, who also led the U.S. Varlen ' +
        'Security Agency, spoke on Friday.',
    );
    // Named without the country (country-prefix.ts, round 23); the mentions keep it.
    expect(n.organizations).toEqual(['Quellan Research Agency', 'Varlen Security Agency']);
  });
});

describe('a body named after a person', () => {
  it('takes the person-shaped name when nothing says it is a person', () => {
    const n = names(
      'Events were sponsored by the Dallas-based Dana R. Quellan Foundation. The trouble with ' +
        'Dana R. Quellan is the cost, and donors to Quellan have fallen.',
    );
    expect(n.people).toEqual([]);
    expect(n.organizations).toEqual(['Dana R. Quellan Foundation']);
  });

  it('keeps the person when a saying verb or a title says so', () => {
    const n = names(
      'The Dana Quellan Foundation gave money. “We are proud,” Dana Quellan said on Monday.',
    );
    expect(n.people).toEqual(['Dana Quellan']);
    expect(n.organizations).toEqual(['Dana Quellan Foundation']);
  });
});

describe('a head word alone', () => {
  it('is the one organisation whose name it ends', () => {
    const n = names(
      'The head of the Quellan Orthodox Church would react, a blogger wrote. In the event, the ' +
        'head of the Church was said to be calling on Christians to pray.',
    );
    expect(n.organizations).toEqual(['Quellan Orthodox Church']);
  });
});

describe('an acronym and its expansion (round 11)', () => {
  it('joins an acronym to a national body written with its country first', () => {
    const n = names(
      'A panel advised the U.S. Office of Varlen Safety on Monday. The OVS will decide in June, ' +
        'and the OVS rarely disagrees with its panels.',
    );
    expect(n.organizations).toEqual(['Office of Varlen Safety']);
  });

  it('joins an acronym that spells the name before its last "and …" (round 14)', () => {
    const n = names(
      'Cases rose, according to the Centers for Varlen Safety and Prevention. The CVS and the ' +
        'state are still investigating.',
    );
    expect(n.organizations).toEqual(['Centers for Varlen Safety and Prevention']);
  });

  it('joins an acronym that spells a department’s name with its head first (round 14)', () => {
    const n = names(
      'The Fisheries Department asked for the records. The DOF said the Fisheries Department ' +
        'would appeal, Dara Venn wrote.',
    );
    expect(n.organizations).toEqual(['Fisheries Department']);
  });

  it('joins an acronym to a national body written with its nationality first (round 14)', () => {
    const n = names(
      'The couple was quarantined, and the Chilean Center for Varlen Control said it had tested ' +
        'the water. A CVC spokesman said there is no need to worry.',
    );
    expect(n.organizations).toEqual(['Chilean Center for Varlen Control']);
  });
});
