// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rule of round 15 (issue 14): names paired with a person in a list or a result. */
describe('people paired with a person', () => {
  it('takes a name joined by "and" to a person, or beaten by one, for a person', () => {
    const n = names(
      'The victory came after Mikhail Kukushkin and Alexander Bublik defeated Robin Varsk and ' +
        'Jean-Julien Rojer 6-4, 7-6 (2). Later Denis Shapovalov defeated Taylor Fritz 7-6 (6), 6-3. ' +
        'Kukushkin had beaten Botic van de Zanschulp 6-2, 6-2.',
    );
    expect(n.people).toEqual([
      'Alexander Bublik',
      'Botic van de Zanschulp',
      'Denis Shapovalov',
      'Jean-Julien Rojer',
      'Mikhail Kukushkin',
      'Robin Varsk',
      'Taylor Fritz',
    ]);
  });

  it('reads past where each comes from', () => {
    const n = names(
      'In the final they defeated Raven Klaasen of South Africa and Michael Venus of New Zealand.',
    );
    expect(n.people).toEqual(['Michael Venus', 'Raven Klaasen']);
  });

  it('leaves words and places beside a person alone', () => {
    const n = names(
      'Denis Shapovalov and Grand Central toured, and Denis Shapovalov beat Sunday Best.',
    );
    expect(n.people).toEqual(['Denis Shapovalov']);
  });
});
