import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import countries from 'i18n-iso-countries';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SUBKINDS,
  type OrganizationKind,
} from '../../../src/organizations/kinds.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { KIND_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';
import {
  type Base,
  ConflictNote,
  changedFields,
  type FormFields,
  ifMatch,
  keepEdits,
} from './ConflictNote.tsx';
import { ProblemNote } from './ProblemNote.tsx';

const NAME_LABELS = {
  ar: 'organization_form.name_ar',
  fr: 'organization_form.name_fr',
  en: 'organization_form.name_en',
} as const;

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

type Existing = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/organizations/{id}', { params: { path: { id: string } } }>>>['data']
>;

/** The fields of the form, as the server has them. */
function fieldsOf(organization: Existing): FormFields {
  return {
    'organization_form.subkind': organization.subkind ?? '',
    [NAME_LABELS.ar]: organization.name.ar ?? '',
    [NAME_LABELS.fr]: organization.name.fr ?? '',
    [NAME_LABELS.en]: organization.name.en ?? '',
    'filters.country': organization.countryCode ?? '',
    'organization_form.website': organization.website ?? '',
  };
}

function Form({ organization }: { organization: Existing | null }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  usePageTitle(t(organization ? 'organization_form.edit' : 'organization_form.new'));
  const [kind, setKind] = useState<OrganizationKind>(
    (organization?.kind as OrganizationKind) ?? 'local_authority',
  );
  const [subkind, setSubkind] = useState(organization?.subkind ?? '');
  const [name, setName] = useState({
    ar: organization?.name.ar ?? '',
    fr: organization?.name.fr ?? '',
    en: organization?.name.en ?? '',
  });
  const [countryCode, setCountryCode] = useState(organization?.countryCode ?? '');
  const [website, setWebsite] = useState(organization?.website ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  // The version the form was loaded from: the edit is saved on that version only.
  const [base, setBase] = useState<Base | null>(() =>
    organization ? { version: organization.version, fields: fieldsOf(organization) } : null,
  );
  const [conflict, setConflict] = useState<Existing | null>(null);
  const [kept, setKept] = useState(false);
  const mine = (): FormFields => ({
    'organization_form.subkind': subkind,
    [NAME_LABELS.ar]: name.ar,
    [NAME_LABELS.fr]: name.fr,
    [NAME_LABELS.en]: name.en,
    'filters.country': countryCode,
    'organization_form.website': website,
  });
  /** Puts these values in the form. */
  const fill = (fields: FormFields) => {
    setSubkind(fields['organization_form.subkind'] ?? '');
    setName({
      ar: fields[NAME_LABELS.ar] ?? '',
      fr: fields[NAME_LABELS.fr] ?? '',
      en: fields[NAME_LABELS.en] ?? '',
    });
    setCountryCode(fields['filters.country'] ?? '');
    setWebsite(fields['organization_form.website'] ?? '');
  };
  const submission = useSubmissionKey();
  const fieldError = (field: string) => problem?.errors?.find((error) => error.field === field)?.message;
  const countryOptions = useMemo(() => {
    const collator = new Intl.Collator(language);
    return Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);
  const noName = !Object.values(name).some((text) => text.trim() !== '');

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const fields = {
          subkind: subkind || null,
          name: Object.fromEntries(Object.entries(name).filter(([, text]) => text.trim() !== '')),
          countryCode: countryCode || null,
          website: website.trim() || null,
        };
        setKept(false);
        const { data, error, response } = organization
          ? await api.PATCH('/api/organizations/{id}', {
              params: {
                path: { id: organization.id },
                header: ifMatch(base?.version ?? organization.version),
              },
              body: fields as never,
            })
          : await api.POST('/api/organizations', {
              body: { kind, ...fields } as never,
              headers: submission.headers({ kind, ...fields }),
            });
        if (data) {
          submission.settled();
          navigate(`/organizations/${data.id}`);
        } else if (organization && response.status === 412) {
          // Someone else saved it meanwhile: nothing was written; show them what changed.
          const latest = await api.GET('/api/organizations/{id}', {
            params: { path: { id: organization.id } },
          });
          setProblem(latest.data ? null : (latest.error as unknown as Problem));
          setConflict(latest.data ?? null);
        } else setProblem(error as unknown as Problem);
      }}
    >
      <Stack>
        <Title order={1}>{t(organization ? 'organization_form.edit' : 'organization_form.new')}</Title>
        <ProblemNote problem={problem} />
        {conflict && base ? (
          <ConflictNote
            changes={changedFields(base.fields, fieldsOf(conflict), mine())}
            show={(key, value) => (key === 'filters.country' ? countryName(value, language) : value)}
            onKeepMine={() => {
              fill(keepEdits(base.fields, fieldsOf(conflict), mine()));
              setBase({ version: conflict.version, fields: fieldsOf(conflict) });
              setConflict(null);
              setKept(true);
            }}
            onTakeSaved={() => {
              fill(fieldsOf(conflict));
              setBase({ version: conflict.version, fields: fieldsOf(conflict) });
              setConflict(null);
            }}
          />
        ) : null}
        {kept ? (
          <Text size="sm" role="status">
            {t('conflict.kept')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organization_form.kind')}
            value={kind}
            disabled={Boolean(organization)}
            onChange={(event) => {
              setKind(event.currentTarget.value as OrganizationKind);
              setSubkind('');
            }}
            data={ORGANIZATION_KINDS.map((value) => ({ value, label: t(KIND_LABELS[value]) }))}
          />
          <NativeSelect
            label={t('organization_form.subkind')}
            value={subkind}
            onChange={(event) => setSubkind(event.currentTarget.value)}
            error={fieldError('/subkind')}
            data={[
              { value: '', label: t('filters.any') },
              ...ORGANIZATION_SUBKINDS[kind].map((value) => ({ value, label: value.replaceAll('_', ' ') })),
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
              value={name[code]}
              error={code === 'fr' ? (fieldError('/name') ?? undefined) : undefined}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setName((current) => ({ ...current, [code]: text }));
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
            value={countryCode}
            onChange={(event) => setCountryCode(event.currentTarget.value)}
            error={fieldError('/countryCode')}
            data={[{ value: '', label: '—' }, ...countryOptions]}
          />
          <TextInput
            type="url"
            label={t('organization_form.website')}
            value={website}
            error={fieldError('/website')}
            onChange={(event) => setWebsite(event.currentTarget.value)}
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
