import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { AGREEMENT_TYPES, THEMES } from '../../../src/agreements/rules.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, type Problem } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { THEME_LABELS, TYPE_LABELS } from '../ui/labels.ts';
import { OrganizationPicker, type PickedOrganization } from './OrganizationPicker.tsx';
import { checkAgreement } from './validation.ts';

export const TITLE_LABELS = { ar: 'form.title_ar', fr: 'form.title_fr', en: 'form.title_en' } as const;

export const VISIBILITY_LABELS = {
  public: 'visibility.public',
  members: 'visibility.members',
  restricted: 'visibility.restricted',
} as const;

/** Records a new agreement; what was typed stays on the page whatever the server answers. */
export function AgreementForm() {
  const t = useT();
  usePageTitle(t('form.new_agreement'));
  const navigate = useNavigate();
  const [type, setType] = useState<(typeof AGREEMENT_TYPES)[number]>('twinning');
  const [title, setTitle] = useState({ ar: '', fr: '', en: '' });
  const [parties, setParties] = useState<Array<PickedOrganization | null>>([null, null]);
  const [themes, setThemes] = useState<string[]>([]);
  const [visibility, setVisibility] = useState<keyof typeof VISIBILITY_LABELS>('public');
  // A field's rule is shown once the person has left it (or tried to save), not while they start typing.
  const [submitted, setSubmitted] = useState(false);
  const [visited, setVisited] = useState<Set<string>>(new Set());
  const visit = (field: string) =>
    setVisited((current) => (current.has(field) ? current : new Set(current).add(field)));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useSubmissionKey();

  const body = useMemo(
    () => ({
      type,
      title: Object.fromEntries(Object.entries(title).filter(([, text]) => text.trim() !== '')),
      themes,
      visibility,
      parties: parties.flatMap((party) => (party ? [{ organizationId: party.id }] : [])),
    }),
    [type, title, themes, visibility, parties],
  );
  const clientErrors = useMemo(() => checkAgreement(body), [body]);
  const errorAt = (field: string) => {
    if (serverErrors[field]) return serverErrors[field];
    const shown = submitted || [...visited].some((prefix) => field.startsWith(prefix));
    const id = shown ? clientErrors[field] : undefined;
    return id ? t(id) : undefined;
  };

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.keys(clientErrors).length > 0) return;
        setBusy(true);
        const { data, error } = await api.POST('/api/agreements', {
          body: body as never,
          headers: submission.headers(body),
        });
        setBusy(false);
        if (data) {
          submission.settled();
          navigate(`/agreements/${data.id}`);
          return;
        }
        const answer = error as unknown as Problem;
        setProblem(answer);
        setServerErrors(
          Object.fromEntries((answer.errors ?? []).map((entry) => [entry.field, entry.message])),
        );
      }}
    >
      <Stack>
        <Title order={1}>{t('form.new_agreement')}</Title>
        {problem ? (
          <Alert color="red" role="alert" title={problem.title}>
            {problem.detail}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('agreements.type')}
          value={type}
          onChange={(event) => setType(event.currentTarget.value as typeof type)}
          data={AGREEMENT_TYPES.map((value) => ({ value, label: t(TYPE_LABELS[value]) }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {UI_LANGUAGES.map((language) => (
            <TextInput
              key={language}
              label={t(TITLE_LABELS[language])}
              lang={language}
              dir={directionOf(language)}
              value={title[language]}
              error={language === 'fr' ? errorAt('/title') : undefined}
              onBlur={() => visit('/title')}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setTitle((current) => ({ ...current, [language]: text }));
              }}
            />
          ))}
        </SimpleGrid>
        {parties.map((party, index) => (
          <OrganizationPicker
            // biome-ignore lint/suspicious/noArrayIndexKey: parties are positions in the agreement
            key={index}
            label={t('form.party', { number: index + 1 })}
            value={party}
            error={
              errorAt(`/parties/${index}/organizationId`) ?? (index === 0 ? errorAt('/parties') : undefined)
            }
            onChange={(chosen) => {
              if (chosen) visit('/parties');
              setParties((current) => current.map((item, at) => (at === index ? chosen : item)));
            }}
          />
        ))}
        <Group>
          <Button variant="subtle" onClick={() => setParties((current) => [...current, null])}>
            {t('form.add_party')}
          </Button>
        </Group>
        <Checkbox.Group label={t('agreement.themes')} value={themes} onChange={setThemes}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {THEMES.map((theme) => (
              <Checkbox key={theme} value={theme} label={t(THEME_LABELS[theme])} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect
          label={t('form.visibility')}
          value={visibility}
          onChange={(event) => setVisibility(event.currentTarget.value as typeof visibility)}
          data={Object.entries(VISIBILITY_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
