// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 14 (issue 14): what officers are "of", and whose office they hold, is a body. */
describe('bodies named by their officers (utils/suggest/introductions.ts)', () => {
  it('takes every name of a list that officers in the plural are "of" for a body', () => {
    const n = names(
      'The filing says the CEOs of Quellmark, Brannow, Tessa Harlow and Varl Books will testify. ' +
        'The presidents of France and Peru will not.',
    );
    expect(n.organizations).toEqual(['Brannow', 'Quellmark', 'Tessa Harlow', 'Varl Books']);
    expect(n.people).toEqual([]);
  });

  it('takes a person-shaped name before an office and another full name for the body', () => {
    const n = names('According to Harper Quill CEO Dara Venn, sales rose in the spring.');
    expect(n.organizations).toEqual(['Harper Quill']);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('takes a company’s word that "and its" takes back for the company (lists.ts)', () => {
    const n = names('The case says Arrow and its late CEO Dara Venn set the prices.');
    expect(n.organizations).toEqual(['Arrow']);
    expect(n.people).toEqual(['Dara Venn']);
  });
});
