// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules from held-out-15's errors (issue 14), each on a made-up sentence. */
describe('capitalised words that name nothing', () => {
  it('takes a month or a day with its qualifier for a date ("Last July, Vrell magazine…")', () => {
    const n = names('Last July, Quellan magazine ran the story. Early March brought rain.');
    expect(n.organizations).toEqual(['Quellan']);
    expect(n.people).toEqual([]);
  });

  it('takes generations for no one ("Gen Xers", "Boomers and Millennials")', () => {
    const n = names(
      'Teens date later than the average Gen Xer did, said Dara Venn. Boomers and Millennials differ.',
    );
    expect(n.people).toEqual(['Dara Venn']);
    expect(n.organizations).toEqual([]);
  });

  it('takes a lone "Department" for the body named before it, not a body of its own', () => {
    const n = names(
      'The Quellan Department of Public Health issued guidance. The Department said it was final.',
    );
    expect(n.organizations).toEqual(['Quellan Department of Public Health']);
  });

  it('takes an adjective opening a sentence before its comma for no name ("Curious, I asked")', () => {
    const n = names(
      'It rang. Curious, I asked my undergraduate students at Quellan State University what they do.',
    );
    expect(n.people).toEqual([]);
    expect(n.organizations).toEqual(['Quellan State University']);
  });

  it('takes a name before "executive" for a company, not before an executive order', () => {
    const n = names('He became a Quellco executive in May. A Dara Venn executive order followed.');
    expect(n.organizations).toEqual(['Quellco']);
  });
});
