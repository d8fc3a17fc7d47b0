import { describe, expect, it } from 'vitest';
import { findDates, isDateline, publicationDateFromText, resolveWeekday } from './dates.ts';
import { fold } from './text.ts';

const first = (text: string, published: string | null, direction: 'past' | 'future' = 'past') =>
  findDates(fold(text), published, direction)[0] ?? null;

describe('dates as press articles write them', () => {
  it.each([
    ['on Wednesday 27 May 2015 in Kinshasa', '2015-05-27'],
    ['on Wednesday June 26, 2024', '2024-06-26'],
    ['le 3 février 2026 à Dakhla', '2026-02-03'],
    ['el 26 de junio de 2024', '2024-06-26'],
    ['صباح يوم الثلاثاء 3 فبراير 2026', '2026-02-03'],
    ['اليوم الجمعة 31 أكتوبر 2025', '2025-10-31'],
    ['يوم ٣ فبراير ٢٠٢٦', '2026-02-03'],
    ['signed on 2019-07-14', '2019-07-14'],
  ])('reads the absolute date in %s', (text, date) => {
    expect(first(text, null)).toMatchObject({ date, kind: 'absolute' });
  });

  it('marks a day and month without the year as partial', () => {
    expect(first('signée le 12 mars à Tiznit', '2022-11')).toMatchObject({ date: null, partial: '03-12' });
    expect(first('signed on March 5 in Praia', null)).toMatchObject({ date: null, partial: '03-05' });
  });

  it('resolves a weekday against the publication date, in each language', () => {
    // Published on Sunday 12 April 2015: "samedi" is the day before.
    expect(first('ont signé, samedi, une convention', '2015-04-12')?.date).toBe('2015-04-11');
    // Published on a Friday: "on Wednesday" is two days before.
    expect(first('on Wednesday sealed their relationship', '2012-10-12')?.date).toBe('2012-10-10');
    // Published on a Tuesday: "on Tuesday" is that day.
    expect(first('signed here on Tuesday', '2024-03-05')?.date).toBe('2024-03-05');
    expect(first('تم التوقيع اليوم الخميس بمراكش', '2013-03-14')?.date).toBe('2013-03-14');
    expect(first('firmaron el viernes', '2022-11-26')?.date).toBe('2022-11-25');
  });

  it('takes "last" as the week before and an act to come as the next such day', () => {
    expect(first('signed last Tuesday', '2024-03-05')?.date).toBe('2024-02-27');
    expect(first('will sign on Friday', '2024-03-05', 'future')?.date).toBe('2024-03-08');
    expect(resolveWeekday(5, new Date(2024, 2, 8), 'future', true)).toBe('2024-03-15');
  });

  it('leaves a weekday unresolved without a full publication date', () => {
    expect(first('ont signé, dans la soirée de lundi', null)).toMatchObject({ date: null, kind: 'weekday' });
    expect(first('ont signé, lundi', '2022-11')).toMatchObject({ date: null });
  });

  it('reads today and yesterday against the publication date', () => {
    expect(first('signed yesterday', '2024-03-05')?.date).toBe('2024-03-04');
    expect(first("signée aujourd'hui", '2024-03-05')?.date).toBe('2024-03-05');
  });

  it('tells a dateline from a date of the story', () => {
    const text = fold('Paris, 26 November 2022 (SPS) - A protocol was signed Friday');
    const [dateline, weekday] = findDates(text, '2022-11-26');
    expect(isDateline(text, dateline!)).toBe(true);
    expect(isDateline(text, weekday!)).toBe(false);
    expect(publicationDateFromText(fold('Région Publié le dimanche 12 avril 2015 | AIP\n\nLes maires'))).toBe(
      '2015-04-12',
    );
  });
});
