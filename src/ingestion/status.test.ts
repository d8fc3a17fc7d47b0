import { describe, expect, it } from 'vitest';
import { agreementStatus, speaksOfSigning } from './status.ts';
import { fold } from './text.ts';

const statusOf = (text: string) => agreementStatus(fold(text), { start: 0, end: text.length }).status;

describe('the status of an agreement, from the verbs of its sentence', () => {
  it.each([
    ['Les communes ont signé une convention de jumelage', 'signed'],
    ['Paraphé par le président de la commune', 'signed'],
    ['ووقع على هاتين الاتفاقيتين بالأحرف الأولى', 'signed'],
    ['la firma de convenio de hermanamiento se llevó a cabo', 'signed'],
    ['The two cities renewed their twinning agreement', 'renewed'],
    ['les deux villes ont renouvelé leur jumelage', 'renewed'],
    ['جدد المجلسان اتفاقية التوأمة', 'renewed'],
    ['The agreement will be signed in October', 'announced_pending'],
    ['la convention sera signée lors du festival', 'announced_pending'],
    ['سيتم التوقيع على الاتفاقية الشهر المقبل', 'announced_pending'],
    ['el convenio se firmará en julio', 'announced_pending'],
    ['The council plans to twin with Colima', 'planned'],
    ['يعتزم المجلس إبرام توأمة مع مدينة', 'planned'],
    ['Los alcaldes han rubricado una carta de intenciones', 'signed'],
    ['El Pleno aprobó por unanimidad el hermanamiento con Sevilla', 'announced_pending'],
    ['Con el objetivo de renovar el convenio de hermanamiento', 'planned'],
    ['Las ciudades renuevan su convenio de hermanamiento', 'renewed'],
    ['وقعت بلديتا حلق الوادي ومراد باشا اتفاقية توأمة', 'signed'],
  ])('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('tells a sentence about a signature from one that is not', () => {
    expect(speaksOfSigning(fold('They signed it'), { start: 0, end: 14 })).toBe(true);
    expect(speaksOfSigning(fold('They met in Dakar'), { start: 0, end: 17 })).toBe(false);
  });
});
