// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 7 (issue 14), each on a synthetic sentence: sports conferences are bodies. */
describe('sports conferences', () => {
  it('takes a conference named for its region for a league, one named for its subject for an event', () => {
    const n = names(
      'Ulmar State won the Northwestern Conference, and the Gulf Coast Conference said so. ' +
        'The Quellbank Security Conference opened on Monday.',
    );
    expect(n.organizations).toEqual(['Gulf Coast Conference', 'Northwestern Conference']);
  });

  it('keeps a capitalised number word in a name ("Big Ten"), and drops a division', () => {
    const n = names(
      'Critics were down on the Big Eleven this year. Ulmar leads the Mid-Varlen Conference ' +
        'East Division.',
    );
    expect(n.organizations).toEqual(['Big Eleven', 'Mid-Varlen Conference']);
  });
});

/** Rule of round 13 (issue 14): a conference with officers is a standing body. */
describe('conferences with officers', () => {
  it('takes a conference that has a head for a body, one without for a meeting', () => {
    const n = names(
      'The petition surprised Dara Venn, head of the Varlen Circumpolar Conference. Many came ' +
        'to the Quellbank Design Conference.',
    );
    expect(n.organizations).toEqual(['Varlen Circumpolar Conference']);
  });

  it('takes "the Big Three" for a few spoken of together, "the Big Ten" for a conference', () => {
    const n = names(
      'Dara Venn and two teammates are the Big Three of Ulmar State, who won the Big Ten.',
    );
    expect(n.organizations).not.toContain('Big Three');
    expect(n.organizations).toContain('Big Ten');
  });

  it('takes "the Big Six" or a member "of the Big Three" for a few, not a body, whatever acts', () => {
    const n = names(
      'Quellco conspired with the Big Six publishers. Venn, the third member of Ulmar’s Big Three ' +
        'that has won 99 games together, scored 13 points.',
    );
    expect(n.organizations).not.toContain('Big Six');
    expect(n.organizations).not.toContain('Big Three');
  });

  it('takes a game with its own name for an event, not a person ("the All-Star Game")', () => {
    const n = names(
      'Fans booed the Quellans during the All-Star Game at Varl Field, Dara Venn said.',
    );
    expect(n.people).toEqual(['Dara Venn']);
    expect(n.organizations).toEqual([]);
  });

  it('takes a conference whose leader is named after it for a standing body (round 14)', () => {
    const n = names(
      'The legislator Mira Osk and senior Quellan Conference leader Dara Venn stayed overnight.',
    );
    expect(n.organizations).toEqual(['Quellan Conference']);
    expect(n.people).toEqual(['Dara Venn', 'Mira Osk']);
  });

  it('keeps "Gaming" after a league’s head: video games played as a sport (round 16)', () => {
    const n = names('In 2015, the company purchased Brantis League Gaming for $46 million.');
    expect(n.organizations).toEqual(['Brantis League Gaming']);
  });
});
