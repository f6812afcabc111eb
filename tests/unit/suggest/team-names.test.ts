// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';
import { isClubName, isClubNickname, isPlainClubNickname } from '@/utils/suggest/team-names';

/** The major leagues' clubs (issue 14): sports pages name them by nickname, with no cue around. */
describe('the clubs list', () => {
  it('knows a club by city and nickname, and its nickname alone', () => {
    expect(isClubName('St. Louis Blues')).toBe(true);
    expect(isClubName('Denver Quellers')).toBe(false);
    expect(isClubNickname('Red Sox')).toBe(true);
    expect(isClubNickname('Heat')).toBe(true);
  });

  it('takes a nickname alone for its club only when it names nothing else', () => {
    expect(isPlainClubNickname('Seahawks')).toBe(true);
    expect(isPlainClubNickname('Trail Blazers')).toBe(true);
    // a family's plural, a people's, an ordinary word
    expect(isPlainClubNickname('Browns')).toBe(false);
    expect(isPlainClubNickname('Texans')).toBe(false);
    expect(isPlainClubNickname('Heat')).toBe(false);
  });
});

describe('a club named by its nickname', () => {
  it('is an organisation with no team named in full on the page', () => {
    const n = names(
      'The Packers beat the Seahawks on Sunday, and Aaron Rodgers threw three touchdowns.',
    );
    expect(n.organizations).toEqual(['Packers', 'Seahawks']);
    expect(n.people).toEqual(['Aaron Rodgers']);
  });

  it('is an organisation in full, whatever its city’s words are', () => {
    expect(names('Dana Kiley joined the Tampa Bay Lightning in May.').organizations).toEqual([
      'Tampa Bay Lightning',
    ]);
  });

  it('makes the page’s other nicknames clubs: “the Heat” and “the Browns” beside a listed club', () => {
    const page =
      'The Heat lost to the Celtics again. Dana Kiley said the Browns would trade him by Friday.';
    expect(names(page).organizations).toEqual(['Browns', 'Celtics', 'Heat']);
  });

  it('is a league by its acronym, which nothing else marks as a body', () => {
    expect(names('MLB owners met in May, Dana Kiley said.').organizations).toEqual(['MLB']);
  });

  it('is no club where it opens a sentence: the word is capitalised for that', () => {
    expect(names('Sharks are native to the area, Dana Kiley said.').organizations).toEqual([]);
  });

  it('is no club on a page with no sport in it', () => {
    expect(names('Dinner with the Browns ran late, said Dana Kiley.').organizations).toEqual([]);
    expect(names('The Heat came early to Seville this year.').organizations).toEqual([]);
  });
});
