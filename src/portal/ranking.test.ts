import { describe, expect, it } from 'vitest';
import { matchQuality, type Rankable, rankSuggestions } from './ranking.ts';

describe('how well a name matches what was typed', () => {
  it('an equal name, across case, accents and Arabic letter forms, is exact', () => {
    expect(matchQuality('bouyssou', ['Bouyssou'])).toBe('exact');
    expect(matchQuality('Tombouctou', ['Tombouctóu'])).toBe('exact');
    expect(matchQuality('السمارة', ['السماره'])).toBe('exact');
    expect(matchQuality('أوسرد', ['اوسرد'])).toBe('exact');
  });

  it('a name, or a word of it, that begins with the query is a prefix match', () => {
    expect(matchQuality('Bouyssou', ['Philippe Bouyssou'])).toBe('prefix');
    expect(matchQuality('Ivry', ['Ivry-sur-Seine'])).toBe('prefix');
    expect(matchQuality('سمار', ['مخيم السمارة'])).toBe('contains');
  });

  it('the query inside a word is contained; anything else found was a close spelling', () => {
    expect(matchQuality('ssou', ['Philippe Bouyssou'])).toBe('contains');
    expect(matchQuality('Bouyssou', ['Bousso', 'Boussou'])).toBe('fuzzy');
    expect(matchQuality('', ['Bouyssou'])).toBe('fuzzy');
  });

  it('takes the best of all names, null ones left out', () => {
    expect(matchQuality('Mijek', [null, 'Daira of Mejik', undefined, 'Mijek'])).toBe('exact');
    expect(matchQuality('Auserd', ['Wilaya of Auserd', 'ولاية أوسرد'])).toBe('prefix');
  });
});

describe('the order of suggestions', () => {
  const item = (kind: Rankable['kind'], id: string, match: Rankable['match']): Rankable => ({
    kind,
    id,
    match,
  });

  it('puts a person named as typed before the organizations of places that only look alike', () => {
    const ranked = rankSuggestions([
      item('organization', 'p1', 'fuzzy'),
      item('organization', 'p2', 'fuzzy'),
      item('organization', 'p3', 'fuzzy'),
      item('organization', 'p4', 'fuzzy'),
      item('organization', 'p5', 'fuzzy'),
      item('person', 'bouyssou', 'prefix'),
    ]);
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['bouyssou', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('orders exact, then prefix, then contained, then close spellings, whatever the kind', () => {
    const ranked = rankSuggestions([
      item('organization', 'o', 'fuzzy'),
      item('agreement', 'a', 'contains'),
      item('network', 'p', 'exact'),
      item('event', 'e', 'prefix'),
    ]);
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['p', 'e', 'a', 'o']);
  });

  it('among equal matches, goes by kind, then keeps the order each search gave', () => {
    const ranked = rankSuggestions([
      item('agreement', 'a', 'exact'),
      item('event', 'e2', 'exact'),
      item('person', 'x', 'exact'),
      item('event', 'e1', 'exact'),
      item('organization', 'o', 'exact'),
    ]);
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['o', 'x', 'e2', 'e1', 'a']);
  });

  it('keeps a record found twice once, where it ranks best', () => {
    const ranked = rankSuggestions([
      item('organization', 'smara', 'fuzzy'),
      item('organization', 'smara', 'exact'),
      item('person', 'smara', 'exact'),
    ]);
    expect(ranked).toEqual([item('organization', 'smara', 'exact'), item('person', 'smara', 'exact')]);
  });
});
