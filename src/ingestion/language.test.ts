import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('the language of an article', () => {
  it.each([
    ['Les maires des communes de Bondoukou et de Sikasso signent une convention de jumelage', 'fr'],
    ['The Kumasi Metropolitan Assembly and the City of Praia have signed a sister city agreement', 'en'],
    ['وقعت جماعتا السمارة وأمكالة عشر اتفاقيات توأمة مع مدن دولية', 'ar'],
    [
      'Celebran firma de convenio de intención de hermanamiento entre la ciudad de Quetzaltenango y el municipio',
      'es',
    ],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('says nothing of a text too short to tell', () => {
    expect(detectLanguage('Ok').language).toBeNull();
  });
});
