// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 13 (issue 14), each on a made-up sentence: how sports pages write their bodies. */
describe('sports names', () => {
  it('keeps the game a league is named for ("Major League Baseball")', () => {
    const n = names(
      "Vrell came through Major League Lacrosse's youth academy and Major League Softball's camp.",
    );
    expect(n.organizations).toEqual(['Major League Lacrosse', 'Major League Softball']);
  });

  it('takes a final, a series or a draft for an event, not a person or a body', () => {
    const n = names(
      'The Quellport Anchors beat the Vrell Ravens in the Marlow Cup Final on Monday. Quellport ' +
        'coach Dara Venn said the Garrow Series mattered more than the Draft. The Draft opens ' +
        'today, and the Anchors hold the first pick of the Draft.',
    );
    expect(n.people).toEqual(['Dara Venn']);
    expect(n.organizations).not.toContain('Draft');
    expect(n.organizations).not.toContain('Garrow Series');
    expect(n.people).not.toContain('Marlow Cup Final');
  });

  it("takes a name before a player's position for his team, a person's name for a school too", () => {
    const n = names(
      'Ulmar took Harlan Whitby righty Joss Trevane at No. 23 and Varlen lefty Cade Morrow. ' +
        'Brennick third baseman Tovin Ashgrove went next.',
    );
    expect(n.organizations).toEqual(['Brennick', 'Harlan Whitby', 'Varlen']);
    expect(n.people).toEqual(['Cade Morrow', 'Joss Trevane', 'Tovin Ashgrove']);
  });

  it("takes a people's plural after a city for a team, on a page that names teams", () => {
    const text = 'Dara Venn went fifth to the Denver Indians on Friday.';
    expect(names(text).organizations).toEqual([]);
    const n = names(`${text} Ulmar coach Tovin Ashgrove said so. Many Cleveland residents came.`);
    expect(n.organizations).toEqual(['Denver Indians', 'Ulmar']);
  });

  it('folds a team\'s clipped plural into its full name ("the Nats")', () => {
    const n = names(
      'The Denver Marauders got Dara Venn. But neither the Rays nor the Maras had a chance, ' +
        'and Marauders coach Tovin Ashgrove said so.',
    );
    expect(n.organizations).toEqual(['Denver Marauders', 'Rays']);
  });

  it('reads an institution noun that qualifies a position as no apposition ("college third basemen")', () => {
    const n = names(
      'Five candidates: Varlen pitcher Tovin Ashgrove, college third basemen Kris Bellam and ' +
        'Colin Harvane.',
    );
    expect(n.people).toEqual(['Colin Harvane', 'Kris Bellam', 'Tovin Ashgrove']);
  });

  it('takes a place and a name before a fan for a team ("a Boston Red Sox fan")', () => {
    const n = names('Dara Venn grew up a Denver Blue Sox fan, as did his father.');
    expect(n.organizations).toEqual(['Denver Blue Sox']);
  });

  it('takes two ordinary words after "the" for a team on a page of teams, when written twice', () => {
    const n = names(
      'When the Grey Owls took Phil Bickford, Ulmar coach Dara Venn smiled. Grey Owls director ' +
        'Brian Parker said so. The Founding Fathers were cited, and ships sailed to the Dry Tortugas.',
    );
    expect(n.organizations).toEqual(['Grey Owls', 'Ulmar']);
  });

  it('folds a clipped plural into a team named by its nickname alone ("the Mavs")', () => {
    const n = names(
      'The Spurs stand where the Surge and Marauders stood. Unlike the Maras, who had a great ' +
        'player, the Spurs have three. Spurs coach Dara Venn said so.',
    );
    expect(n.organizations).toEqual(['Marauders', 'Spurs']);
  });

  it("takes a team the lexicon knows for a body, and folds its nickname into its city's name", () => {
    const n = names(
      'It is the same time as the modern Celtics have been together. The Houston Astros hold ' +
        'the first pick, and the Astros were still looking at five candidates on Monday.',
    );
    expect(n.organizations).toEqual(['Celtics', 'Houston Astros']);
  });

  it('takes a name that a number and an event head go on from for part of the event', () => {
    const n = names(
      'Dara Venn led his school to its first Varlen Section Division 4 Championship.',
    );
    expect(n.organizations).toEqual([]);
  });
});
