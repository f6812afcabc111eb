// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../../utils/library/context';

describe('quoteInContext', () => {
  it("cuts the stored context to the quote's sentence", () => {
    expect(
      quoteInContext(
        'on Monday. Officials said that ',
        'Baoji built 18 national',
        ' firms. The list was',
      ),
    ).toEqual({
      before: 'Officials said that ',
      quote: 'Baoji built 18 national',
      after: ' firms.',
    });
  });

  it('keeps closing quotes with the sentence end, and marks context that ran out with an ellipsis', () => {
    expect(quoteInContext('he said. ”Then ', 'we left', ',” she added.” Later')).toEqual({
      before: '”Then ',
      quote: 'we left',
      after: ',” she added.”',
    });
    expect(quoteInContext('a long sentence without an end ', 'quote', ' and on and on')).toEqual({
      before: '…a long sentence without an end ',
      quote: 'quote',
      after: ' and on and on…',
    });
  });

  it('adds nothing after a quote that ends its sentence, or around a quote without context', () => {
    expect(quoteInContext('First. ', 'The whole sentence.', ' Next one.')).toEqual({
      before: '',
      quote: 'The whole sentence.',
      after: '',
    });
    expect(quoteInContext('', 'quote', '')).toEqual({ before: '', quote: 'quote', after: '' });
  });

  it('does not take a decimal point for a sentence end', () => {
    expect(quoteInContext('grew by 3.5 per cent, ', 'said Li', ' on 1.2. Then')).toEqual({
      before: '…grew by 3.5 per cent, ',
      quote: 'said Li',
      after: ' on 1.2.',
    });
  });
});
