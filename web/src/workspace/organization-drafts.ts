import { ORGANIZATION_KINDS, ORGANIZATION_SUBKINDS } from '../../../src/organizations/kinds.ts';
import { UI_LANGUAGES } from '../../../src/shared/languages.ts';
import type { Organization, OrganizationChanges, OrganizationInput } from '../api/types.ts';
import { type FormState, filledTexts, type LanguageTexts, languageTexts, oneOf } from '../ui/forms.ts';
import type { FormFields } from './ConflictNote.tsx';

export const NAME_LABELS = {
  ar: 'organization_form.name_ar',
  fr: 'organization_form.name_fr',
  en: 'organization_form.name_en',
} as const;

type Kind = OrganizationInput['kind'];
type Subkind = NonNullable<OrganizationInput['subkind']>;

/** What the organization form holds: a name in each language, the country and website as typed. */
export type OrganizationDraft = FormState<
  OrganizationInput,
  { name: LanguageTexts; countryCode: string; website: string },
  // Recorded through the API.
  'acronym' | 'alternateNames' | 'description' | 'foundedOn' | 'parentId' | 'placeId' | 'sources'
>;

/** `value` if it is a subkind of `kind`, else none. */
export function subkindOf(kind: Kind, value: string | null | undefined): Subkind | null {
  const subkinds: readonly Subkind[] = ORGANIZATION_SUBKINDS[kind];
  return oneOf(subkinds, value) ?? null;
}

/** The form of an organization as the server has it, or of a new local authority. */
export function organizationDraft(
  organization: Pick<Organization, 'kind' | 'subkind' | 'name' | 'countryCode' | 'website'> | null,
): OrganizationDraft {
  const kind = oneOf(ORGANIZATION_KINDS, organization?.kind) ?? 'local_authority';
  return {
    kind,
    subkind: subkindOf(kind, organization?.subkind),
    name: languageTexts(organization?.name),
    countryCode: organization?.countryCode ?? '',
    website: organization?.website ?? '',
  };
}

/** The fields the form sends, whether it records the organization or edits it. */
function sentFields(draft: OrganizationDraft) {
  return {
    subkind: draft.subkind,
    name: filledTexts(draft.name),
    countryCode: draft.countryCode || null,
    website: draft.website.trim() || null,
  };
}

/** What recording the organization sends. */
export function organizationInput(draft: OrganizationDraft): OrganizationInput {
  return { kind: draft.kind, ...sentFields(draft) };
}

/** What an edit of the organization sends (its kind is fixed once recorded). */
export function organizationChanges(draft: OrganizationDraft): OrganizationChanges {
  return sentFields(draft);
}

/** The organization as it reads, field by field, by the message id of each field's label. */
export function organizationFields(draft: OrganizationDraft): FormFields {
  return {
    'organization_form.subkind': draft.subkind ?? '',
    ...Object.fromEntries(UI_LANGUAGES.map((language) => [NAME_LABELS[language], draft.name[language]])),
    'filters.country': draft.countryCode,
    'organization_form.website': draft.website,
  };
}

/** The organization with these fields' values (as `organizationFields` reads them); its kind from `fallback`. */
export function organizationFrom(fields: FormFields, fallback: OrganizationDraft): OrganizationDraft {
  return {
    kind: fallback.kind,
    subkind: subkindOf(fallback.kind, fields['organization_form.subkind']),
    name: languageTexts(
      Object.fromEntries(UI_LANGUAGES.map((language) => [language, fields[NAME_LABELS[language]]])),
    ),
    countryCode: fields['filters.country'] ?? '',
    website: fields['organization_form.website'] ?? '',
  };
}
