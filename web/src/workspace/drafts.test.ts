import { describe, expect, it } from 'vitest';
import {
  agreementChanges,
  agreementInput,
  detailFields,
  detailsFrom,
  detailsOf,
  newAgreement,
} from './agreement-drafts.ts';
import { keepEdits } from './ConflictNote.tsx';
import {
  organizationChanges,
  organizationDraft,
  organizationFields,
  organizationFrom,
  organizationInput,
} from './organization-drafts.ts';

describe('what the agreement forms send', () => {
  it('sends the titles written, the parties chosen, and nothing for an empty one', () => {
    const draft = {
      ...newAgreement(),
      title: { ar: '', fr: 'Jumelage Smara – Porto-Novo', en: '  ' },
      parties: [{ id: 'p1', name: { fr: 'Smara' }, countryCode: 'EH' }, null],
      themes: ['culture' as const],
    };
    expect(agreementInput(draft)).toEqual({
      type: 'twinning',
      title: { fr: 'Jumelage Smara – Porto-Novo' },
      themes: ['culture'],
      visibility: 'public',
      parties: [{ organizationId: 'p1' }],
    });
  });

  const agreement = {
    title: { fr: 'Jumelage', en: 'Twinning' },
    visibility: 'restricted' as const,
    readers: { userIds: ['u1'], bodyIds: ['b2', 'b1'] },
  };

  it('edits the details, leaving the accounts among the readers as the agreement has them now', () => {
    const details = detailsOf(agreement);
    expect(details).toEqual({
      title: { ar: '', fr: 'Jumelage', en: 'Twinning' },
      visibility: 'restricted',
      readers: { bodyIds: ['b2', 'b1'] },
    });
    expect(agreementChanges({ ...details, visibility: 'members' }, ['u1', 'u3'])).toEqual({
      title: { fr: 'Jumelage', en: 'Twinning' },
      visibility: 'members',
      readers: { userIds: ['u1', 'u3'], bodyIds: ['b2', 'b1'] },
    });
  });

  it('reads the details field by field and back, so a conflict keeps one language and takes another', () => {
    const base = detailsOf(agreement);
    const mine = { ...base, title: { ...base.title, en: 'My own title' } };
    const saved = { ...base, title: { ...base.title, fr: 'Renommé' } };
    const kept = detailsFrom(keepEdits(detailFields(base), detailFields(saved), detailFields(mine)), saved);
    // The bodies read as a set: in one order, whatever order the server lists them in.
    expect(kept).toEqual({
      ...base,
      title: { ar: '', fr: 'Renommé', en: 'My own title' },
      readers: { bodyIds: ['b1', 'b2'] },
    });
    expect(detailsFrom({ 'form.visibility': 'nobody' }, base).visibility).toBe('restricted');
  });
});

describe('what the organization form sends', () => {
  const smara = {
    kind: 'local_authority' as const,
    subkind: 'commune',
    name: { ar: 'السمارة', fr: 'Commune de Smara' },
    countryCode: 'EH',
    website: null,
  };

  it('records a new organization with its kind, and edits one without it', () => {
    const draft = { ...organizationDraft(null), name: { ar: '', fr: 'Agadez', en: '' }, website: ' ' };
    expect(organizationInput(draft)).toEqual({
      kind: 'local_authority',
      subkind: null,
      name: { fr: 'Agadez' },
      countryCode: null,
      website: null,
    });
    const existing = organizationDraft(smara);
    expect(organizationChanges({ ...existing, website: 'https://smara.example.org/' })).toEqual({
      subkind: 'commune',
      name: { ar: 'السمارة', fr: 'Commune de Smara' },
      countryCode: 'EH',
      website: 'https://smara.example.org/',
    });
  });

  it('reads its fields and back, keeping only subkinds of its kind', () => {
    const draft = organizationDraft(smara);
    expect(organizationFrom(organizationFields(draft), draft)).toEqual(draft);
    expect(organizationFrom({ 'organization_form.subkind': 'ministry' }, draft).subkind).toBeNull();
  });
});
