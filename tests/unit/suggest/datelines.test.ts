// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): datelines, weekdays and centuries around a name. */
describe('dates around a name', () => {
  it('opens no name with the place in capitals before "The"', () => {
    const n = names(
      'BRANTISVILLE The Quellan Federal Reserve raised interest rates on Wednesday. ' +
        'The Quellan Federal Reserve said more would follow.',
    );
    expect(n.organizations).toEqual(['Quellan Federal Reserve']);
  });

  it('leaves a weekday after a network’s acronym off its name', () => {
    // A network the lexicon knows (news outlets), named once: the weekday hid it.
    const n = names('The interview is set to air on CBS Monday, she said.');
    expect(n.organizations).toEqual(['CBS']);
  });

  it('keeps the ordinal of a name that opens with a century', () => {
    const n = names(
      'When she filed her suit, 22nd Century Brantis executive chairman Dana Kiley said ' +
        'nothing. The network accounts for 20 percent of 22nd Century Brantis’s profits.',
    );
    expect(n.organizations).toContain('22nd Century Brantis');
    expect(n.organizations).not.toContain('Century Brantis');
  });
});
