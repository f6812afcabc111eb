// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

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
    expect(n.organizations).toEqual(['Lorenz Center', 'Osk Space Flight Center']);
  });
});
