// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names, suggestedMentions } from './helpers';

/** A rule from held-out-15's errors (issue 14), on made-up sentences. */
describe('two people sharing a family name written once', () => {
  it('names the first by the family name the second is given ("Ruth and Harold Knapke")', () => {
    const n = names('Marta and Jorge “Doc” Vellaney met in school. Marta wrote to him often.');
    expect(n.people).toContain('Marta Vellaney');
    expect(suggestedMentions('Marta and Jorge Vellaney met in school.')).toContain('Marta');
  });

  it('leaves a family name of someone on the page alone ("Duncan and Patrick Sawyer")', () => {
    const n = names(
      'Thomas Eric Duncan died. He said people like Duncan and Patrick Sawyer had travelled.',
    );
    expect(n.people).toEqual(['Patrick Sawyer', 'Thomas Eric Duncan']);
  });
});
