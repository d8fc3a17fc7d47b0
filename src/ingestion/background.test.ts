import { describe, expect, it } from 'vitest';
import { backgroundSpans } from './background.ts';
import { fold } from './text.ts';

const background = (text: string, year: number | null = null) =>
  backgroundSpans(fold(text), { start: 0, end: text.length }, year).map((span) =>
    text.slice(span.start, span.end).trim(),
  );

describe('relationships mentioned as already existing', () => {
  it('keeps an old twinning apart from the news in the same sentence', () => {
    const text =
      'بعد ثلاثة أشهر على دخول اتفاقية التوأمة بين بلدة أميون ومدينة ميشوفسك حيز التنفيذ، وُقعت قبل أسبوع، اتفاقية توأمة جديدة بين مدينة صور ومدينة نوفوروسيسك';
    const spans = background(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toContain('أميون');
    expect(spans.join(' ')).not.toContain('صور');
  });

  it('reads a list of earlier twinnings with their years as background', () => {
    const text =
      'وتعتبر رام الله خامس مدينة توقع توأمة مع دبلن، حيث سبق وأن تمت توأمتها مع سان خوسيه عام 1986، وليفربول في 1997، وبرشلونة في 1998';
    const spans = background(text);
    expect(spans.join(' ')).toContain('ليفربول');
    expect(spans.join(' ')).toContain('برشلونة');
    expect(spans.join(' ')).not.toContain('رام الله');
  });

  it.each([
    ['Notre agglomération entretient depuis 1995 une relation de coopération avec Porto-Novo'],
    ['Dublin, already twinned with San Jose, welcomed the delegation'],
    ['The MoU, an affirmation of an earlier agreement signed in August 2011'],
    ['Ciudad hermanada desde 1986 con Colima'],
  ])('%s', (text) => {
    expect(background(text, 2022).length).toBeGreaterThan(0);
  });

  it('leaves the news alone', () => {
    expect(
      background('Les communes de Bondoukou et de Sikasso ont signé une convention de jumelage'),
    ).toEqual([]);
    expect(background('A new twinning agreement was signed on 3 May 2024', 2024)).toEqual([]);
  });
});
