import { describe, expect, it } from 'vitest';
import { checkAgreement } from './validation.ts';

const smara = '0190a1b2-0000-7000-8000-000000000001';
const portoNovo = '0190a1b2-0000-7000-8000-000000000002';
const agreement = {
  type: 'cooperation_agreement',
  title: { fr: 'Accord de coopération culturelle Smara – Porto-Novo' },
  themes: ['culture'],
  visibility: 'public',
  parties: [{ organizationId: smara }, { organizationId: portoNovo }],
};

describe('checking a new agreement in the browser, with the schema the server validates it with', () => {
  it('finds nothing wrong with a valid agreement (its title a named shape the schema refers to)', () => {
    expect(checkAgreement(agreement)).toEqual({});
  });

  it('says which field is wrong, as the server would', () => {
    expect(checkAgreement({ ...agreement, parties: [{ organizationId: smara }] })).toEqual({
      '/parties': 'form.too_few',
    });
    expect(checkAgreement({ ...agreement, title: {} })).toEqual({ '/title': 'form.title_required' });
    expect(checkAgreement({ ...agreement, title: { fr: 'x'.repeat(20001) } })).toEqual({
      '/title/fr': 'form.too_long',
    });
  });
});
