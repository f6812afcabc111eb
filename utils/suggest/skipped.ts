/**
 * Where an article's text is not the story: captions, credits, staff lines, sign-offs and boxes
 * of other content. Names there are the page's, not the story's, and are never suggested.
 */
import { writerBios } from './bios';
import { creditRanges } from './credits';
import { datedDigests, datedTeasers, openingVideo, quoteBoxes, teaserBlurbs } from './embeds';
import { authorNotes, furnitureRanges, type Range } from './furniture';
import { kickerLinks, scriptData } from './link-lists';
import type { Sentence } from './sentences';
import { skipLinks } from './skip-links';
import { captionBlocks, reporterNotes, signOffRanges } from './sign-offs';

export function furnitureOf(
  text: string,
  sentences: readonly Sentence[],
  breaks: readonly number[],
  asides: readonly Range[],
  bylineNames: Set<string>,
): Range[] {
  return [
    ...asides,
    ...furnitureRanges(text, breaks),
    ...authorNotes(text, bylineNames),
    ...signOffRanges(sentences),
    ...captionBlocks(text, breaks),
    ...reporterNotes(text, breaks),
    ...writerBios(text, sentences, breaks),
    ...creditRanges(text, breaks, sentences),
    ...openingVideo(text, breaks),
    ...teaserBlurbs(text, breaks),
    ...datedTeasers(text, breaks),
    ...datedDigests(text, breaks),
    ...quoteBoxes(text, breaks),
    ...kickerLinks(text, breaks),
    ...scriptData(text, breaks),
    ...skipLinks(text),
  ];
}
