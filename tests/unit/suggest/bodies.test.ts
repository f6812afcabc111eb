// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedMentions, suggestedNames as names } from './helpers';

/** Rules of round 6 (issue 14), each on a synthetic sentence: where a body's name starts and ends. */
describe('names of bodies', () => {
  it('keeps "and" before a right side of head words only, and a list after a head’s "on"', () => {
    const n = names(
      'The Ulmar Securities and Exchange Commission fined a bank. Staff of the Council on ' +
        'Trade, Farming and Water said so.',
    );
    expect(n.organizations).toEqual([
      'Council on Trade, Farming and Water',
      'Ulmar Securities and Exchange Commission',
    ]);
  });

  it('takes grounds and arenas, and a two-word centre said without "the", for places', () => {
    const n = names(
      'The Ulmar Owls won at Brantis Field. Brantis Field was loud. They lost in Quellbank ' +
        'Center, and the Quellbank Center emptied. The Osk Space Flight Center said so, and the ' +
        'Osk Space Flight Center agreed. MIT’s Lorenz Center, said so, and the Lorenz Center agreed.',
    );
    // MIT is a university by its short name (universities.ts): the owner is a body of its own.
    expect(n.organizations).toEqual(['Lorenz Center', 'MIT', 'Osk Space Flight Center']);
  });

  it('takes a centre a city owns for a place, one an institution owns for a body (round 14)', () => {
    const n = names(
      'The theater stands on the grounds of San Francisco’s Quellbank Center, where Dara Venn ' +
        'spoke. MIT’s Lorenz Center agreed with Venn.',
    );
    expect(n.organizations).toEqual(['Lorenz Center', 'MIT']);
  });

  it('keeps a name’s own "The" in its mentions: inside a sentence, and before a paper’s name', () => {
    const text =
      'The Ulmar Times reported on Monday that it works. Staff at The Brantis Company told the ' +
      'Ulmar Times so, and The Brantis Company agreed. The Osk Foundation said so, and the Osk ' +
      'Foundation agreed.';
    expect(names(text).organizations).toEqual(['Brantis Company', 'Osk Foundation', 'Ulmar Times']);
    const mentions = suggestedMentions(text);
    expect(mentions).toContain('The Ulmar Times');
    expect(mentions).toContain('The Brantis Company');
    expect(mentions).not.toContain('The Osk Foundation');
  });

  it('takes a name before a player’s position or a coach, and a name after, for a team', () => {
    const n = names(
      'Wild coach Dorian Quell said so before the Wild’s win over the Owls. Owls pass rusher ' +
        'Maria Osk was banned. A Brantis spokesman, Tom Ulm, agreed.',
    );
    expect(n.organizations).toEqual(['Brantis', 'Owls', 'Wild']);
    expect(n.people).toEqual(['Dorian Quell', 'Maria Osk', 'Tom Ulm']);
  });

  it('takes a paper’s joined name for a body ("Post-Gazette")', () => {
    const n = names('Dorian Quell said so, via Maria Osk of the Ulmar Post-Gazette.');
    expect(n.organizations).toEqual(['Ulmar Post-Gazette']);
    expect(n.people).toEqual(['Dorian Quell', 'Maria Osk']);
  });

  it('joins no name and no nationality across a lone "the"', () => {
    const n = names(
      'A researcher told Brantis.info the Ulmarian Defense Ministry’s claims were false. She ' +
        'told Brantis.info the Russian and Syrian claims were false too.',
    );
    expect(n.organizations).toEqual(['Brantis.info', 'Ulmarian Defense Ministry']);
  });

  it('takes an acronym written with periods for the name it abbreviates', () => {
    const n = names(
      'The Ulmar Nations plan failed. Ulmar Nations spokesman Dorian Quell said the U.N. would ' +
        'try again, and the U.N. did.',
    );
    expect(n.organizations).toEqual(['Ulmar Nations']);
  });

  it('takes a news agency cited bare for a body, even after its dateline', () => {
    const n = names(
      '(Reuters) — The firm grew fast. It said so when contacted by Reuters, in an email that ' +
        'was reviewed by Reuters.',
    );
    expect(n.organizations).toEqual(['Reuters']);
  });

  it('takes a broadcaster’s acronym cited bare for a body', () => {
    const n = names('Both analysts on ESPN disagree. Dorian Quell told the ABC so.');
    expect(n.organizations).toEqual(['ABC', 'ESPN']);
  });

  it('keeps "Forces" at the end of a body’s name', () => {
    const n = names(
      'The UN works with the Ulmar Coalition Forces, who said so. The Ulmar Coalition Forces agreed.',
    );
    expect(n.organizations).toContain('Ulmar Coalition Forces');
    expect(n.organizations).not.toContain('Ulmar Coalition');
  });

  it('keeps an owner inside a registered company’s name, and takes the owner alone for it', () => {
    const n = names(
      'Mark Zandi, chief economist at Ulmar’s Analytics Inc., said so. Ulmar’s forecast fell, ' +
        'Ulmar reported on Monday. Shares of Ulmar rose.',
    );
    expect(n.organizations).toEqual(['Ulmar’s Analytics Inc.']);
  });

  it('takes the last word of a registered company’s name alone for that company', () => {
    const n = names('The Walt Brantis Co. bought it. Brantis said so, and Brantis agreed.');
    expect(n.organizations).toEqual(['Walt Brantis Co.']);
  });

  it('takes a name ranked in a poll for a team ("No. 4 Ohio State")', () => {
    const n = names('As No. 4 Ulmar State prepares to take on No. 1 Brantis, fans wait.');
    expect(n.organizations).toEqual(['Brantis', 'Ulmar State']);
  });

  it('takes a city and a plural nickname for a team, not a place’s own name', () => {
    const n = names(
      'The Pittsburgh Quellers beat the Cleveland Osks on Sunday. Fans flew in from Las Vegas, ' +
        'and Las Vegas cheered.',
    );
    expect(n.organizations).toEqual(['Cleveland Osks', 'Pittsburgh Quellers']);
  });

  it('ends studios’ and labels’ names with their head word (round 7)', () => {
    const n = names(
      'The service has shows from Osk Animation and Quellan Studios. Brantis Records said so, ' +
        'and Varlen Pictures agreed.',
    );
    expect(n.organizations).toEqual([
      'Brantis Records',
      'Osk Animation',
      'Quellan Studios',
      'Varlen Pictures',
    ]);
  });
});
