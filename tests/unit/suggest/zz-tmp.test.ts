import { it } from 'vitest';
import { suggestedNames as names } from './helpers';
import { isPlace, isFirstName, tagsOf } from '../../../utils/suggest/lexicon';
it('x', () => {
  for (const w of ['lee', 'dick', 'bo', 'brit', 'john', 'kerry', 'jerry', 'hall', 'atwater', 'cheney', 'dietl', 'hume', 'elon', 'musk', 'satya', 'nadella', 'andrew', 'hill', 'barack', 'obama', 'ivanka', 'david', 'plouffe'])
    console.log(w, isPlace(w), isFirstName(w), JSON.stringify(tagsOf(w)));
  for (const s of [
    'Luhn had had an affair with Lee Atwater.',
    'Luhn had had an affair with Lee Atwater (which she denies).',
    'Clashes with Republican men, including Dick Cheney, followed.',
    'Kelly met Dick Cheney in May.',
  ])
    console.log(JSON.stringify(names(s)));
});
