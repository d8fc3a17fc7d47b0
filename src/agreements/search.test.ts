import { describe, expect, it } from 'vitest';
import { agreementTitleSearch } from './search.ts';

describe('the title search key', () => {
  it('holds every language’s title normalized as names are, and none of the language codes', () => {
    expect(
      agreementTitleSearch({
        fr: 'Coopération décentralisée',
        en: 'Decentralised Co-operation',
        ar: 'اتفاقيَّة الشراكة بين أكادير وطنجة',
      }),
    ).toBe('cooperation decentralisee | decentralised co operation | اتفاقيه الشراكه بين اكادير وطنجه');
  });

  it('keeps one copy of titles that normalize alike, and is empty for an empty title', () => {
    expect(agreementTitleSearch({ fr: 'Smara – Tombouctou', en: 'SMARA TOMBOUCTOU' })).toBe(
      'smara tombouctou',
    );
    expect(agreementTitleSearch({})).toBe('');
  });
});
