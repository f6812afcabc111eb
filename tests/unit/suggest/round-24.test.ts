// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames } from './helpers';

/*
 * Round 24: kinds of error held-out-23's pages showed once they became tuning data, each tried
 * here on invented sentences.
 */
describe('names round 24', () => {
  it('keeps a body’s whole list of fields when it closes with "and" or "&"', () => {
    expect(
      suggestedNames('Agents of the Office of Salt, Timber, Copper and Quarries came on Monday.')
        .organizations,
    ).toEqual(['Office of Salt, Timber, Copper and Quarries']);
    expect(
      suggestedNames('A spokesman for the Ministry for Harbours, Rail & Coastal Works said so.')
        .organizations,
    ).toEqual(['Ministry for Harbours, Rail & Coastal Works']);
  });

  it('keeps a plural’s apostrophe inside a body of members', () => {
    expect(suggestedNames('The Quellan Weavers’ Union said pay would rise.').organizations).toEqual(
      ['Quellan Weavers’ Union'],
    );
  });

  it('suggests no grand prix, named day or storm', () => {
    const found = suggestedNames(
      'She saw her GP on Monday. Varlen won the Quellmark GP. Shoppers queued for Black Friday ' +
        'deals, and Storm Ilkora closed the ferries.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.people).toEqual([]);
  });

  it('keeps a two-word campus of a state’s university', () => {
    expect(
      suggestedNames('Dana Kell, a professor at the University of Oregon, Santa Quella, said so.')
        .organizations,
    ).toContain('University of Oregon, Santa Quella');
  });

  it('reads a club’s nickname written with its year', () => {
    expect(
      suggestedNames('Dana Kell signed with the San Francisco 49ers on Friday.').organizations,
    ).toContain('San Francisco 49ers');
  });

  it('keeps the city of a state’s "State University" campus', () => {
    expect(
      suggestedNames('Dana Kell, at the Oregon State University, Salem, counted toys.')
        .organizations,
    ).toContain('Oregon State University, Salem');
  });

  it('names a firm for its partners listed with commas and an ampersand', () => {
    expect(
      suggestedNames('Dana Kell, a lawyer at Quelling, Varlow & Ostrander, declined to comment.')
        .organizations,
    ).toEqual(['Quelling, Varlow & Ostrander']);
    expect(
      suggestedNames('Shares of Apple, Google & Amazon rose on Friday.').organizations,
    ).not.toContain('Apple, Google & Amazon');
  });

  it('reads a product’s last word or the thing after a name as a product', () => {
    expect(
      suggestedNames(
        'Traders watch the Varlen Terminal all day. The phone is a Quellish Army knife.',
      ).organizations,
    ).toEqual([]);
    expect(suggestedNames('The Quellish Army said so.').organizations).toEqual(['Quellish Army']);
  });

  it('keeps the first word of a registered name that opens a sentence', () => {
    expect(
      suggestedNames('Banks fell on Tuesday. Credit Suisse Group AG cut 300 jobs in Zurich.')
        .organizations,
    ).toEqual(['Credit Suisse Group AG']);
  });

  it('reads "Shadow" before a minister’s title as the title’s', () => {
    const found = suggestedNames('Labour Shadow Chancellor Dana Kell issued a reply on Friday.');
    expect(found.organizations).not.toContain('Labour Shadow');
    expect(found.people).toEqual(['Dana Kell']);
  });

  it('reads a paper named "<town> Mail" as a body', () => {
    expect(
      suggestedNames('The letter was obtained by the Quellton Mail on Friday.').organizations,
    ).toEqual(['Quellton Mail']);
  });
});
