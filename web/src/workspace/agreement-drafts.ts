import { UI_LANGUAGES } from '../../../src/shared/languages.ts';
import type { Agreement, AgreementChanges, AgreementInput } from '../api/types.ts';
import { type FormState, filledTexts, type LanguageTexts, languageTexts, oneOf } from '../ui/forms.ts';
import type { FormFields } from './ConflictNote.tsx';
import type { PickedOrganization } from './OrganizationPicker.tsx';

export type Visibility = NonNullable<AgreementInput['visibility']>;

/** Who may read an agreement, from the widest. */
export const VISIBILITIES = ['public', 'members', 'restricted'] as const satisfies readonly Visibility[];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'visibility.public',
  members: 'visibility.members',
  restricted: 'visibility.restricted',
};

export const TITLE_LABELS = { ar: 'form.title_ar', fr: 'form.title_fr', en: 'form.title_en' } as const;

/** What the form recording a new agreement holds: the parties as chosen, a title in each language. */
export type NewAgreement = FormState<
  AgreementInput,
  { title: LanguageTexts; parties: Array<PickedOrganization | null> },
  // Recorded later, in the editor, or through the API.
  | 'approvals'
  | 'description'
  | 'endsOn'
  | 'parts'
  | 'readers'
  | 'renewal'
  | 'sources'
  | 'startsOn'
  | 'status'
  | 'statusReason'
  | 'termMonths'
>;

/** A new agreement as its form starts: a twinning between two parties still to choose. */
export function newAgreement(): NewAgreement {
  return {
    type: 'twinning',
    title: languageTexts(),
    parties: [null, null],
    themes: [],
    visibility: 'public',
  };
}

/** What recording the agreement sends: the titles written, the parties chosen. */
export function agreementInput(draft: NewAgreement): AgreementInput {
  return {
    type: draft.type,
    title: filledTexts(draft.title),
    themes: draft.themes,
    visibility: draft.visibility,
    parties: draft.parties.flatMap((party) => (party ? [{ organizationId: party.id }] : [])),
  };
}

/** What the editor's details form holds: the title, who may read it, and the bodies among its readers. */
export type AgreementDetails = FormState<
  AgreementChanges,
  { title: LanguageTexts; readers: { bodyIds: string[] } },
  // Edited through the API; the editor's other forms record parts, approvals, documents and sources.
  'description' | 'endsOn' | 'parties' | 'renewal' | 'startsOn' | 'termMonths' | 'themes' | 'type'
>;

/** The details form of an agreement as the server has it. */
export function detailsOf(agreement: Pick<Agreement, 'title' | 'visibility' | 'readers'>): AgreementDetails {
  return {
    title: languageTexts(agreement.title),
    visibility: agreement.visibility,
    readers: { bodyIds: agreement.readers.bodyIds },
  };
}

/**
 * What saving the details sends. The accounts named as readers are not in the form: they go as
 * the agreement has them now (`readerUserIds`), so the edit never takes any away.
 */
export function agreementChanges(details: AgreementDetails, readerUserIds: string[]): AgreementChanges {
  return {
    title: filledTexts(details.title),
    visibility: details.visibility,
    readers: { userIds: readerUserIds, bodyIds: details.readers.bodyIds },
  };
}

/** The details as they read, field by field, by the message id of each field's label. */
export function detailFields(details: AgreementDetails): FormFields {
  return {
    ...Object.fromEntries(UI_LANGUAGES.map((language) => [TITLE_LABELS[language], details.title[language]])),
    'form.visibility': details.visibility,
    'editor.reader_bodies': [...details.readers.bodyIds].sort().join(' '),
  };
}

/** The details with these fields' values (as `detailFields` reads them); `fallback` for a value unknown. */
export function detailsFrom(fields: FormFields, fallback: AgreementDetails): AgreementDetails {
  return {
    title: languageTexts(
      Object.fromEntries(UI_LANGUAGES.map((language) => [language, fields[TITLE_LABELS[language]]])),
    ),
    visibility: oneOf(VISIBILITIES, fields['form.visibility']) ?? fallback.visibility,
    readers: { bodyIds: (fields['editor.reader_bodies'] ?? '').split(' ').filter(Boolean) },
  };
}
