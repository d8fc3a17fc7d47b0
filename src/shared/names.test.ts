import { describe, expect, it } from 'vitest';
import { distinctNormalizedNames, normalizeName } from './names.ts';

describe('normalizeName', () => {
  it.each([
    ['Tombouctou', 'tombouctou'],
    ['TIMBUKTU', 'timbuktu'],
    ['Timbúktú', 'timbuktu'],
    ['Ivry-sur-Seine', 'ivry sur seine'],
    ["N'Djamena", 'ndjamena'],
    ['N’Djamena', 'ndjamena'],
    ['  Porto–Novo ', 'porto novo'],
    ['Aïssata Tall Sall', 'aissata tall sall'],
    ['Straße', 'strasse'],
  ])('folds Latin %s to %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('strips Arabic harakat and tatweel', () => {
    expect(normalizeName('تِمْبُكْتُو')).toBe('تمبكتو');
    expect(normalizeName('تمبـــكتو')).toBe('تمبكتو');
  });

  it('folds alef and hamza forms, alef maqsura and ta marbuta', () => {
    expect(normalizeName('أمكالة')).toBe(normalizeName('امكاله'));
    expect(normalizeName('إبراهيم')).toBe('ابراهيم');
    expect(normalizeName('آسفي')).toBe('اسفي');
    expect(normalizeName('مصطفى')).toBe('مصطفي');
    expect(normalizeName('السمارة')).toBe('السماره');
    expect(normalizeName('مؤسسة')).toBe('موسسه');
  });

  it('folds Persian and Urdu letter forms to Arabic ones', () => {
    expect(normalizeName('تیمبوکتو')).toBe('تيمبوكتو');
  });

  it('keeps other scripts', () => {
    expect(normalizeName('Тимбукту')).toBe('тимбукту');
    expect(normalizeName('廷巴克图')).toBe('廷巴克图');
  });
});

describe('distinctNormalizedNames', () => {
  it('keeps one spelling per normalized key, the first seen', () => {
    expect(distinctNormalizedNames(['Timbuktu', 'timbuktu', 'Timbúktú', 'Tombouctou', ''])).toEqual([
      { name: 'Timbuktu', normalized: 'timbuktu' },
      { name: 'Tombouctou', normalized: 'tombouctou' },
    ]);
  });
});
