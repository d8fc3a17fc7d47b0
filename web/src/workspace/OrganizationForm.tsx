import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import countries from 'i18n-iso-countries';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ORGANIZATION_KINDS, ORGANIZATION_SUBKINDS } from '../../../src/organizations/kinds.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import type { Organization } from '../api/types.ts';
import { savedState } from '../app/Layout.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { oneOf } from '../ui/forms.ts';
import { KIND_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';
import {
  NAME_LABELS,
  type OrganizationDraft,
  organizationChanges,
  organizationDraft,
  organizationFields,
  organizationFrom,
  organizationInput,
  subkindOf,
} from './organization-drafts.ts';
import { useSave } from './useSave.tsx';

/** Records a new organization, or edits one (`/workspace/organizations/:id`). */
export function OrganizationForm() {
  const { id } = useParams();
  const loaded = useLoad(`organization-form/${id ?? 'new'}`, async () =>
    id
      ? api.GET('/api/organizations/{id}', { params: { path: { id } } })
      : { data: null, response: new Response() },
  );
  return <Show loaded={loaded}>{(organization) => <Form organization={organization} />}</Show>;
}

/** The organization's fields as they read, field by field. */
const fieldsOf = (organization: Organization) => organizationFields(organizationDraft(organization));

function Form({ organization }: { organization: Organization | null }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  usePageTitle(t(organization ? 'organization_form.edit' : 'organization_form.new'));
  const [draft, setDraft] = useState<OrganizationDraft>(() => organizationDraft(organization));
  const change = (changes: Partial<OrganizationDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const save = useSave({
    record: organization,
    fieldsOf,
    mine: organizationFields(draft),
    fill: (fields, record) => setDraft(organizationFrom(fields, organizationDraft(record))),
    latest: ({ id }) => send(api.GET('/api/organizations/{id}', { params: { path: { id } } })),
    show: (key, value) => (key === 'filters.country' ? countryName(value, language) : value),
  });
  const fieldError = (field: string) => save.problem?.errors?.find((error) => error.field === field)?.message;
  const countryOptions = useMemo(() => {
    const collator = new Intl.Collator(language);
    return Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);
  const noName = !Object.values(draft.name).some((text) => text.trim() !== '');

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const saved = organization
          ? await save.edit((header) =>
              send(
                api.PATCH('/api/organizations/{id}', {
                  params: { path: { id: organization.id }, header },
                  body: organizationChanges(draft),
                }),
              ),
            )
          : await save.create(organizationInput(draft), (body, headers) =>
              send(api.POST('/api/organizations', { body, headers })),
            );
        if (saved) navigate(`/organizations/${saved.id}`, { state: savedState });
      }}
    >
      <Stack>
        <Title order={1}>{t(organization ? 'organization_form.edit' : 'organization_form.new')}</Title>
        {save.notes}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organization_form.kind')}
            value={draft.kind}
            disabled={Boolean(organization)}
            onChange={(event) =>
              change({
                kind: oneOf(ORGANIZATION_KINDS, event.currentTarget.value) ?? draft.kind,
                subkind: null,
              })
            }
            data={ORGANIZATION_KINDS.map((value) => ({ value, label: t(KIND_LABELS[value]) }))}
          />
          <NativeSelect
            label={t('organization_form.subkind')}
            value={draft.subkind ?? ''}
            onChange={(event) => change({ subkind: subkindOf(draft.kind, event.currentTarget.value) })}
            error={fieldError('/subkind')}
            data={[
              { value: '', label: t('filters.any') },
              ...ORGANIZATION_SUBKINDS[draft.kind].map((value) => ({
                value,
                label: value.replaceAll('_', ' '),
              })),
            ]}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {UI_LANGUAGES.map((code) => (
            <TextInput
              key={code}
              label={t(NAME_LABELS[code])}
              lang={code}
              dir={directionOf(code)}
              value={draft.name[code]}
              error={code === 'fr' ? (fieldError('/name') ?? undefined) : undefined}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setDraft((current) => ({ ...current, name: { ...current.name, [code]: text } }));
              }}
            />
          ))}
        </SimpleGrid>
        {noName ? (
          <Text size="sm" c="dimmed">
            {t('organization_form.name_hint')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('filters.country')}
            value={draft.countryCode}
            onChange={(event) => change({ countryCode: event.currentTarget.value })}
            error={fieldError('/countryCode')}
            data={[{ value: '', label: '—' }, ...countryOptions]}
          />
          <TextInput
            type="url"
            label={t('organization_form.website')}
            value={draft.website}
            error={fieldError('/website')}
            onChange={(event) => change({ website: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" disabled={noName}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
