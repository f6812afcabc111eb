// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../utils/page/locate-quote';

const TEXT = 'The mayor said no. Later the mayor said yes. Then the mayor said maybe.';
const at = (start: number, length: number) => ({ start, end: start + length });

describe('locateQuote', () => {
  it('finds a quote that occurs once', () => {
    expect(locateQuote(TEXT, { quote: 'said yes', prefix: '', suffix: '' })).toEqual(
      at(TEXT.indexOf('said yes'), 8),
    );
  });

  it('chooses among repeats by the stored prefix and suffix', () => {
    const second = locateQuote(TEXT, {
      quote: 'the mayor said',
      prefix: 'no. Later ',
      suffix: ' yes.',
    });
    expect(second).toEqual(at(TEXT.indexOf('the mayor said yes'), 14));
    const third = locateQuote(TEXT, { quote: 'the mayor said', prefix: 'Then ', suffix: ' maybe' });
    expect(third).toEqual(at(TEXT.indexOf('the mayor said maybe'), 14));
  });

  it('compares whitespace collapsed, as the article text is', () => {
    expect(locateQuote(TEXT, { quote: ' said\n  no. ', prefix: 'mayor\t', suffix: '' })).toEqual(
      at(TEXT.indexOf('said no.'), 8),
    );
  });

  it('is null for a quote not in the text, or an empty one', () => {
    expect(locateQuote(TEXT, { quote: 'the governor', prefix: '', suffix: '' })).toBeNull();
    expect(locateQuote(TEXT, { quote: '  ', prefix: '', suffix: '' })).toBeNull();
  });
});
