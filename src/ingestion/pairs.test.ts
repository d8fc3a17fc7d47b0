import { describe, expect, it } from 'vitest';
import { coordinated, type PairMention, pairsInSentence } from './pairs.ts';
import { fold } from './text.ts';

/** The pairs of a sentence whose place names are written in [brackets]; [@X] marks a place of signing. */
function pairsOf(template: string, signing = true): string[] {
  const mentions: PairMention[] = [];
  let text = '';
  let rest = template;
  for (;;) {
    const match = rest.match(/\[(@?)([^\]]+)\]/);
    if (!match) break;
    text += rest.slice(0, match.index);
    const start = text.length;
    text += match[2]!;
    mentions.push({
      start,
      end: text.length,
      key: match[2]!,
      locative: match[1] === '@',
      nonAuthority: false,
    });
    rest = rest.slice(match.index! + match[0].length);
  }
  text += rest;
  return pairsInSentence(fold(text), { start: 0, end: text.length }, mentions, signing).map(
    (pair) => `${pair.a.key}–${pair.b.key}`,
  );
}

describe('splitting announcements into pairs of parties', () => {
  it('pairs the two sides of "between"', () => {
    expect(
      pairsOf('signé récemment entre la commune de [Tiznit] et la ville française de [Villeneuve]'),
    ).toEqual(['Tiznit–Villeneuve']);
    expect(pairsOf('توأمة بين [صور] و[نوفوروسيسك] الروسية', false)).toEqual(['صور–نوفوروسيسك']);
  });

  it('pairs the two mayors’ cities of a signature, whatever follows with "con el objetivo de"', () => {
    expect(
      pairsOf(
        'Los alcaldes de [Salamanca], Carlos García, y de [Guanajuato], Mario Navarro, han rubricado una carta con el objetivo de impulsar las relaciones',
      ),
    ).toEqual(['Salamanca–Guanajuato']);
    // Co-signers of partners the sentence does not name are no pair.
    expect(pairsOf('[Sunyani] and [Techiman] signed agreements with 3 cities of the United States')).toEqual(
      [],
    );
  });

  it('makes three pairs of a tripartite', () => {
    expect(
      pairsOf(
        'Cities of [Dakar] (Senegal), [Kinshasa] (DRC) and [Brazzaville] (Congo) have signed in [@Kinshasa]',
      ),
    ).toEqual(['Dakar–Kinshasa', 'Dakar–Brazzaville', 'Kinshasa–Brazzaville']);
  });

  it('pairs one city with each partner it signs with', () => {
    expect(
      pairsOf(
        'La commune de [Smara] a conclu des accords avec les villes d’[Niamey] et [Agadez] (Niger), [Banjul] (Gambie)',
      ),
    ).toEqual(['Smara–Niamey', 'Smara–Agadez', 'Smara–Banjul']);
    expect(
      pairsOf('ووقعت جماعة [السمارة] سبع اتفاقيات مع مدن:\n[أنجامينا] (تشاد)، [نيامي] (النيجر)'),
    ).toEqual(['السمارة–أنجامينا', 'السمارة–نيامي']);
  });

  it('does not pair co-signers on one side', () => {
    expect(pairsOf('[Sunyani], [Techiman] municipalities sign MoU with US’ [Tuscaloosa] City')).toEqual([
      'Sunyani–Tuscaloosa',
      'Techiman–Tuscaloosa',
    ]);
    expect(
      pairsOf('Les communes de [Smara] et d’[Amkala] ont signé à [@Smara] des accords avec plusieurs villes'),
    ).toEqual([]);
  });

  it('pairs the first with the others after a plural kind word ("and the cities of")', () => {
    expect(pairsOf('بين المجلس الجماعي لمدينة [مراكش] ومدينتي [دكار] (السينغال) و[مرسيليا] (فرنسا)')).toEqual(
      ['مراكش–دكار', 'مراكش–مرسيليا'],
    );
  });

  it('pairs two lone names in a sentence about a signature, and nothing else', () => {
    expect(pairsOf('Le maire de [Bondoukou], Koné, et celui de [Sikasso], Tangara, ont signé')).toEqual([
      'Bondoukou–Sikasso',
    ]);
    expect(pairsOf('Le maire de [Bondoukou] a reçu celui de [Sikasso]', false)).toEqual([]);
    expect(pairsOf('[A] and [B] signed at [@C], then [D] spoke', true)).toEqual(['A–B']);
  });

  it('does not take the place of signing for a party', () => {
    expect(pairsOf('The mayors of [Kumasi] and [Praia] signed in [@Kumasi]')).toEqual(['Kumasi–Praia']);
  });

  it('tells words that join two names from words that separate them', () => {
    expect(coordinated(fold(' et la ville française de ')).joined).toBe(true);
    expect(coordinated(fold(' Metropolitan Assembly (KMA) and the City of ')).joined).toBe(true);
    expect(coordinated(fold(' des villes et communes de ')).joined).toBe(false);
    expect(coordinated(fold(' ont signé avec ')).joined).toBe(false);
    expect(coordinated(fold(' ومدينتي '))).toEqual({ joined: true, plural: true });
  });
});
