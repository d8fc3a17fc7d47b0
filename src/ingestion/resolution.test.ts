import { describe, expect, it } from 'vitest';
import type { PlaceMatch } from '../places/schemas.ts';
import { choosePlace } from './resolution.ts';

const place = (
  name: string,
  countryCode: string,
  matchReason: PlaceMatch['matchReason'],
  matchedName: string,
  population: number,
  featureCode = 'PPL',
): PlaceMatch => ({
  id: `${name}-${countryCode}`,
  geonamesId: null,
  name,
  names: {},
  countryCode,
  otherCountryCodes: [],
  admin1Code: null,
  featureCode,
  latitude: null,
  longitude: null,
  population,
  elevation: null,
  timezone: null,
  note: null,
  matchedName,
  matchReason,
});

const none = { country: null, camp: false };

describe('which of the search answers an article name is taken to mean', () => {
  it('takes a place named by its own name before one that has it as an alternate name', () => {
    const answers = [
      place('Samara', 'RU', 'alternate_name', 'Smara', 1_163_399),
      place('Smara', 'MA', 'exact', 'Smara', 42_056),
    ];
    expect(choosePlace('Smara', answers, none)?.name).toBe('Smara');
  });

  it('takes the most populous of equally named places, with less confidence', () => {
    const answers = [
      place('Sur', 'OM', 'alternate_name', 'صور', 71_152, 'PPLA'),
      place('Tyre', 'LB', 'alternate_name', 'صور', 135_204),
    ];
    const chosen = choosePlace('صور', answers, none);
    expect(chosen?.name).toBe('Tyre');
    expect(chosen!.confidence).toBeLessThan(choosePlace('صور', [answers[1]!], none)!.confidence);
  });

  it('takes the same sounds in another script only with the country, or for a capital', () => {
    const novorossiysk = [place('Novorossiysk', 'RU', 'transliteration', 'Novorossiysk', 241_856)];
    expect(choosePlace('نوفوروسيسك', novorossiysk, { country: 'RU', camp: false })?.name).toBe(
      'Novorossiysk',
    );
    expect(choosePlace('نوفوروسيسك', novorossiysk, none)).toBeNull();
    expect(
      choosePlace('دكار', [place('Dakar', 'SN', 'transliteration', 'Dakar', 2_476_400, 'PPLC')], none)?.name,
    ).toBe('Dakar');
    expect(
      choosePlace('أمكالة', [place('Machala', 'EC', 'transliteration', 'Macala', 289_141, 'PPLA')], none),
    ).toBeNull();
  });

  it('never takes another Latin spelling for a Latin name', () => {
    expect(
      choosePlace('Xela', [place('Kassel', 'DE', 'transliteration', 'Kassel', 194_501)], none),
    ).toBeNull();
  });

  it('keeps a refugee-camp wilaya out of the city of the same name', () => {
    const laayoune = [place('Laayoune', 'EH', 'exact', 'Laayoune', 217_732, 'PPLA')];
    expect(choosePlace('Laayoune', laayoune, { country: 'DZ', camp: true })).toBeNull();
  });
});
