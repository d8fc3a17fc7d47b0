import { describe, expect, it } from 'vitest';
import { agreementType, documentNames } from './agreement-type.ts';
import { fold } from './text.ts';

const typeOf = (...sentences: string[]) => {
  const text = sentences.join('\n');
  const folded = fold(text);
  let start = 0;
  const spans = sentences.map((sentence) => {
    const span = { start, end: start + sentence.length };
    start += sentence.length + 1;
    return span;
  });
  return agreementType(folded, spans).type;
};

describe('the type of an agreement, from the name the article gives the document', () => {
  it.each([
    ['Les maires signent une convention de jumelage', 'twinning'],
    ['ont signé une convention de jumelage et de partenariat', 'twinning'],
    ['KUMASI, PRAIA SIGN SISTER CITY PACT', 'twinning'],
    ['have signed a twinning agreement on Wednesday', 'twinning'],
    ['دبلن ورام الله توقعان اتفاقية توأمة', 'twinning'],
    ['firma de convenio de hermanamiento', 'twinning'],
    ['signed the memorandum of agreement on behalf of Mandaue', 'cooperation_agreement'],
    ['han rubricado una carta de intenciones', 'memorandum_of_understanding'],
    [
      'A "Protocol of friendship and cooperation" between the city hall of Ivry',
      'friendship_cooperation_protocol',
    ],
    ['un pacte d’amitié a été signé', 'friendship_cooperation_protocol'],
    ['توقيع اتفاقية شراكة بين مجلس جماعة الداخلة', 'cooperation_agreement'],
    ['على اتفاقيتي إطار للتعاون بين المجلس الجماعي', 'cooperation_agreement'],
    ['une convention-cadre de coopération', 'cooperation_agreement'],
    ['Un protocole d’intention de coopération a été signé', 'memorandum_of_understanding'],
    ['firma de Convenio de Intención de Hermanamiento', 'memorandum_of_understanding'],
    ['municipalities sign MoU with US’ Tuscaloosa City', 'memorandum_of_understanding'],
    ['the signing of a memorandum of understanding (MOU)', 'memorandum_of_understanding'],
    ['وقعت مذكرة تفاهم بين البلديتين', 'memorandum_of_understanding'],
  ])('%s → %s', (sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });

  it('takes the document signed, not the relationship it seals', () => {
    expect(
      typeOf(
        'Iloilo City welcomed Dobong-gu as its newest sister city following the signing of a memorandum of understanding',
      ),
    ).toBe('memorandum_of_understanding');
  });

  it('takes the first document named in the news, the title first', () => {
    expect(typeOf('X and Y sign a twinning agreement', 'within a friendship agreement')).toBe('twinning');
  });

  it('falls back on twinning words, then on a bare agreement', () => {
    expect(typeOf('Twinning between Ivry and Mejik')).toBe('twinning');
    expect(typeOf('The two cities signed an agreement')).toBe('cooperation_agreement');
    expect(typeOf('The two mayors met')).toBe('other');
  });

  it('finds the document names with their offsets', () => {
    const text = 'ont signé une convention de jumelage avec';
    const [name] = documentNames(fold(text), { start: 0, end: text.length });
    expect(text.slice(name!.start, name!.end)).toBe('convention de jumelage');
  });
});
