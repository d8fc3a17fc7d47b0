import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors.ts';
import {
  assertPlausibleParts,
  assertPlausibleSigning,
  latestToday,
  signingWarnings,
  termAfterCorrection,
} from './plausibility.ts';

const TODAY = '2026-12-01';

function refusal(check: () => void): ValidationError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('the check accepted what it should refuse');
}

describe('a date of signature', () => {
  it('is refused in the future, naming the field', () => {
    const error = refusal(() =>
      assertPlausibleSigning({ number: 2, signedOn: '2031-02-15' }, [], TODAY, '/signedOn'),
    );
    expect(error.code).toBe('date.signed_in_future');
    expect(error.field).toBe('/signedOn');
    expect(error.params).toEqual({ date: '2031-02-15' });
  });

  it('is accepted today and in the past', () => {
    expect(() =>
      assertPlausibleSigning({ number: 1, signedOn: TODAY }, [], TODAY, '/signedOn'),
    ).not.toThrow();
    expect(() =>
      assertPlausibleSigning({ number: 1, signedOn: '1984-06-01' }, [], TODAY, '/signedOn'),
    ).not.toThrow();
  });

  it('is refused before the date of a part recorded ahead of it', () => {
    const error = refusal(() =>
      assertPlausibleSigning(
        { number: 2, signedOn: '2010-03-01' },
        [{ number: 1, signedOn: '2010-05-20' }],
        TODAY,
        '/value',
      ),
    );
    expect(error.code).toBe('part.signed_before_earlier_part');
    expect(error.params).toEqual({ date: '2010-03-01', number: 1, earlier: '2010-05-20' });
    expect(error.field).toBe('/value');
  });

  it('is refused after the date of a part recorded behind it', () => {
    const error = refusal(() =>
      assertPlausibleSigning(
        { number: 1, signedOn: '2011-01-01' },
        [{ number: 2, signedOn: '2010-05-20' }],
        TODAY,
        '/value',
      ),
    );
    expect(error.code).toBe('part.signed_after_later_part');
  });

  it('may share its day with another part, and ignores unsigned parts and itself', () => {
    expect(() =>
      assertPlausibleSigning(
        { number: 2, signedOn: '2010-05-20' },
        [
          { number: 1, signedOn: '2010-05-20' },
          { number: 2, signedOn: '2031-01-01' },
          { number: 3, signedOn: null },
        ],
        TODAY,
        '/signedOn',
      ),
    ).not.toThrow();
  });

  it('is checked part by part in a new agreement, naming the part', () => {
    const error = refusal(() =>
      assertPlausibleParts(
        [
          { number: 1, signedOn: '2015-06-01' },
          { number: 2, signedOn: '2015-04-01' },
        ],
        TODAY,
        '/parts',
      ),
    );
    expect(error.field).toBe('/parts/1/signedOn');
  });
});

describe('today', () => {
  it('is the latest calendar day anywhere', () => {
    expect(latestToday(new Date('2026-12-01T09:59:00Z'))).toBe('2026-12-01');
    expect(latestToday(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
  });
});

describe('warnings', () => {
  const parts = [
    { number: 1, signedOn: '2031-02-15' },
    { number: 2, signedOn: '2024-03-01' },
    { number: 3, signedOn: null },
  ];

  it('point out a signature more than two years from every dated source', () => {
    expect(signingWarnings(parts, [{ publishedOn: '2024-03-10' }])).toEqual([
      {
        code: 'date.far_from_source',
        params: { date: '2031-02-15', published: '2024-03-10', number: 1 },
        field: '/parts/0/signedOn',
      },
    ]);
  });

  it('name the nearest source, and stay silent when one source is close', () => {
    const sources = [{ publishedOn: '2000-01-01' }, { publishedOn: '2030-06-01' }, { publishedOn: null }];
    expect(signingWarnings([{ number: 1, signedOn: '2031-02-15' }], sources)).toEqual([]);
    expect(signingWarnings([{ number: 1, signedOn: '2010-01-01' }], sources)[0]?.params.published).toBe(
      '2000-01-01',
    );
  });

  it('need a dated source', () => {
    expect(signingWarnings(parts, [{ publishedOn: null }])).toEqual([]);
  });
});

describe('a corrected date of signature', () => {
  it('moves a start and an end that followed from the wrong date', () => {
    expect(
      termAfterCorrection(
        { startsOn: '2031-02-15', endsOn: '2036-02-15', termMonths: 60 },
        '2031-02-15',
        '2021-02-15',
      ),
    ).toEqual({ startsOn: '2021-02-15', endsOn: '2026-02-15' });
  });

  it('keeps an end stated on its own, and a start that did not follow the signature', () => {
    expect(
      termAfterCorrection(
        { startsOn: '2031-02-15', endsOn: '2040-01-01', termMonths: 60 },
        '2031-02-15',
        '2021-02-15',
      ),
    ).toEqual({ startsOn: '2021-02-15', endsOn: '2040-01-01' });
    expect(
      termAfterCorrection(
        { startsOn: '2021-03-01', endsOn: null, termMonths: null },
        '2031-02-15',
        '2021-02-15',
      ),
    ).toEqual({ startsOn: '2021-03-01', endsOn: null });
  });
});
