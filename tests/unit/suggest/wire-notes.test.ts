// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesInParagraphs as names } from './helpers';

/** Rules of round 13 (issue 14): a wire's and a broadcaster's own lines around the story. */
describe("a wire's and a broadcaster's lines", () => {
  it('leaves out a dateline\'s source before the place in capitals ("(CBS News) FORT BRAGG, N.C. --")', () => {
    const n = names(
      '(Quell News) FORT VARLEN, N.C. -- On Thursday, Dana Kiley met refugees in the camp. Kiley said the camp holds many.',
    );
    expect(n).toEqual(['Dana Kiley']);
  });

  it("leaves out a family name that reported from a place, after the wire's separator", () => {
    const n = names(
      'Dana Kiley said on Monday that the talks would go on. Kiley said the dates stand.',
      '___ Ostrander reported from Ramallah, West Bank.',
    );
    expect(n).toEqual(['Dana Kiley']);
  });

  it('leaves out a link to a video about someone else', () => {
    const n = names(
      'Dana Kiley said on Monday that the talks would go on. Kiley said the dates stand.',
      'Video: President Tova Marren to begin arming the rebels',
    );
    expect(n).toEqual(['Dana Kiley']);
  });
});
