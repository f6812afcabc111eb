import { it } from 'vitest';
import { suggestedNames as names } from './helpers';
it('x', () => {
  for (const s of [
    'He famously said he knew more than the generals about battling the Islamic State ― they “don’t know much.”',
    'Two Republican electors also bucked the GOP ticket, leaving Ohio Gov. John Kasich with one vote.',
    'The interview is set to air on CBS Monday, she said.',
    'He bought 21st Century Fox last year. The deal closed.',
  ])
    console.log(JSON.stringify(names(s)));
});
