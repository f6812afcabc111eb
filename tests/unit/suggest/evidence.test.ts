// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';

/** The names suggested for a short text (sorted), by type. */
function names(text: string) {
  const r = suggest({ text });
  if (!r.supported) throw new Error(r.reason);
  return {
    people: r.people.map((p) => p.name).sort(),
    organizations: r.organizations.map((o) => o.name).sort(),
  };
}

describe('organisations need evidence', () => {
  it('takes no product for its maker: model numbers, a maker’s name before, a maker noun after', () => {
    const n = names(
      'The Xbox One X beats the PS4 Pro, and Sony’s PlayStation VR lags. Microsoft shipped it with ' +
        'Mozilla Firefox and HTML5 Canvas support. The Xbox One X is fast; the PS4 Pro is not. ' +
        'Players reported the bug to Minecraft developer Mojang. Minecraft servers crashed.',
    );
    expect(n.organizations).toEqual(['Microsoft', 'Mojang', 'Sony']);
  });

  it('takes no licence, law or technical thing for an organisation, only its maker', () => {
    expect(
      names(
        'Netscape released the code under the Netscape Public License; the Gecko Engine and the ' +
          'Linux Kernel use it, as the Investment Company Act allows.',
      ).organizations,
    ).toEqual(['Netscape']);
  });

  it('offers an acronym only when something says it is a body', () => {
    const n = names(
      'Files use MIME types and the SVG format; NSS handles keys. The RSPCA said the dogs were ' +
        'safe. Kroger-owned QFC cut prices, and QFC stores were full.',
    );
    expect(n.organizations).toEqual(['Kroger', 'QFC', 'RSPCA']);
  });

  it('keeps an acronym that ends a run after a name: a dateline needs a dash or a colon', () => {
    expect(names('The Pentagon and NATO held talks.').organizations).toEqual(['NATO', 'Pentagon']);
  });

  it('finds a lone company name from the company list, and an ordinary word only as an owner', () => {
    const n = names(
      'Posts moved to Tumblr last year. Citing Apple’s App Store rules, the team stayed. ' +
        'An apple a day is healthy, and Apple pie sold out at the Alliance fair.',
    );
    expect(n.organizations).toEqual(['Apple', 'Tumblr']);
  });

  it('takes a company name that is also a word when it stands beside a known company', () => {
    expect(names('Apple and Samsung declined to comment. An apple fell.').organizations).toEqual([
      'Apple',
      'Samsung',
    ]);
  });

  it('takes an unknown word listed with two known companies, and one its researchers follow', () => {
    expect(
      names('Users posted on Facebook, YouTube and Quora. The study by Zorbl researchers spread.')
        .organizations,
    ).toEqual(['Facebook', 'Quora', 'YouTube', 'Zorbl']);
  });

  it('names a body from its staff or its members', () => {
    const n = names(
      'A Zenimax spokesperson declined to comment. Militants linked to the Islamic State struck ' +
        'again. Security officials were concerned.',
    );
    expect(n.organizations).toEqual(['Islamic State', 'Zenimax']);
  });

  it('takes every name of a list that a plural company noun opens', () => {
    expect(
      names('U.S. companies OkCupid and CREDO Mobile objected, and Brendan Eich resigned.')
        .organizations,
    ).toEqual(['CREDO Mobile', 'OkCupid']);
  });

  it('keeps a list inside a name after “<head> of”, and a supplier’s whole name beside a slash', () => {
    expect(
      names(
        'The American Academy of Allergy, Asthma and Immunology agreed. Red Hat, Sun ' +
          'Microsystems/Oracle Corporation, Google and others contributed.',
      ).organizations,
    ).toEqual([
      'American Academy of Allergy, Asthma and Immunology',
      'Google',
      'Oracle Corporation',
      // Known bodies since round 20 (known-bodies.ts); before it nothing in the sentence typed them.
      'Red Hat',
      'Sun Microsystems',
    ]);
  });

  it('takes a known company followed by its business arm for an organisation, by a product name for a product', () => {
    expect(
      names('Sony Pictures and Intel Capital invested, and Google Maps added the feature.')
        .organizations,
    ).toEqual(['Intel Capital', 'Sony Pictures']);
  });

  it('takes where people of a role work for a body, and a place’s exchange for one', () => {
    expect(
      names('Analysts at Morgan Stanley raised targets. Shares fell on the London Stock Exchange.'),
    ).toEqual({ people: [], organizations: ['London Stock Exchange', 'Morgan Stanley'] });
  });

  it('does not take a place named with its state for a listed company', () => {
    expect(names('Workers in Aachen and Omaha, Nebraska, protested.').organizations).toEqual([]);
  });

  it('takes names that a partnership, a list of bodies, or a source’s verb introduces', () => {
    expect(
      names(
        'Apple has partnered with Zeiss. Charities such as the RSPCA objected, a vet told ' +
          'Reuters. The country’s ruling Zanu-PF split.',
      ).organizations,
    ).toEqual(['Apple', 'RSPCA', 'Reuters', 'Zanu-PF', 'Zeiss']);
  });

  it('leaves the article off the second name of a pair', () => {
    expect(
      names('The Linux Foundation and the Wikimedia Foundation signed on.').organizations,
    ).toEqual(['Linux Foundation', 'Wikimedia Foundation']);
  });

  it('joins a company’s short name to its full one when only one full name starts with it', () => {
    const r = suggest({
      text:
        'Mozilla signed a deal with Cisco Systems. Cisco would pay the fees. Netscape ' +
        'Communications Corporation sold Netscape Communications products.',
    });
    if (!r.supported) throw new Error(r.reason);
    const cisco = r.organizations.find((o) => o.name === 'Cisco Systems');
    expect(cisco?.mentions.map((m) => m.text)).toEqual(['Cisco Systems', 'Cisco']);
  });
});

describe('people', () => {
  it('leaves a hyphenated title off the name', () => {
    expect(names('Attorney-General George Brandis said the law would pass.').people).toEqual([
      'George Brandis',
    ]);
  });

  it('cuts a title inside a run into an organisation and a person', () => {
    expect(names('West Mercia Police Superintendent Mark Travis said arrests were made.')).toEqual({
      people: ['Mark Travis'],
      organizations: ['West Mercia Police'],
    });
  });

  it('takes a name after a title even when its words are also nouns, but no adjective', () => {
    expect(
      names('Mayor Bill de Blasio spoke. The code is under the GNU General Public License.').people,
    ).toEqual(['Bill de Blasio']);
  });

  it('takes a name after “according to” as a person', () => {
    expect(names('According to Priya Raman, the budget will rise.').people).toEqual([
      'Priya Raman',
    ]);
  });

  it('takes every name of a list that a role opens for a person, and one after “<role>,”', () => {
    expect(
      names(
        'The talks included cabinet ministers Tendai Moyo and Farai Chikwanha. ' +
          'The priest, Tatenda Mukoro, is mediating.',
      ).people,
    ).toEqual(['Farai Chikwanha', 'Tatenda Mukoro', 'Tendai Moyo']);
  });

  it('takes an unknown full name for a person when its family name alone has a title or says something', () => {
    expect(
      names('Elon Musk did not respond. Later, Musk said the cuts were needed.').people,
    ).toEqual(['Elon Musk']);
    expect(names('Kwame Nkrumah arrived. Mr. Nkrumah spoke.').people).toEqual(['Kwame Nkrumah']);
  });

  it('takes a name opened by initials for a person, a role opening a sentence off it, and its affiliation for a body', () => {
    expect(
      names('J.K. Rowling said the book was done. Analyst Tom Forte of D.A. Davidson said so.'),
    ).toEqual({ people: ['J.K. Rowling', 'Tom Forte'], organizations: ['D.A. Davidson'] });
    expect(names('He played Gears of War at home.').organizations).toEqual([]);
  });

  it('takes hyphenated first names, and a plain full name listed with a person’s', () => {
    expect(names('Lawmakers met Jean-Claude Juncker in Brussels.').people).toEqual([
      'Jean-Claude Juncker',
    ]);
    expect(names('Kofi Mensah and George Brown attended.').people).toEqual([
      'George Brown',
      'Kofi Mensah',
    ]);
    expect(names('Whole Foods and John Mackey agreed.').people).toEqual(['John Mackey']);
  });

  it('knows first names from the first-name list', () => {
    expect(names('The fish was bought by Rolfe Gunderson, a buyer in Seattle.').people).toEqual([
      'Rolfe Gunderson',
    ]);
  });

  it('takes a lone word whose request for comment is answered for a newsroom (round 7)', () => {
    const n = names(
      'The city council did not respond to Brantis’s request for comment. Quellbank’s ' +
        'requests for comment went unanswered.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Quellbank']);
  });
});

/** Rule of round 11: a broadcaster by its call letters. */
describe('a station’s call letters', () => {
  it('names the station with its band and frequency, or its service after a hyphen', () => {
    const n = names(
      'The event was heard live on WQRT. Listen for live coverage on AM 1090 WQRT. She spoke to ' +
        'KVLN 88.5 FM and to WXLR-TV on Monday. The WPA rules apply.',
    );
    expect(n.organizations).toEqual(['KVLN', 'WQRT', 'WXLR-TV']);
  });
});
