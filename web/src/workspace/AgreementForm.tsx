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
import { send } from '../api/send.ts';
import { savedState } from '../app/Layout.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { oneOf } from '../ui/forms.ts';
import { THEME_LABELS, TYPE_LABELS } from '../ui/labels.ts';
import {
  agreementInput,
  type NewAgreement,
  newAgreement,
  TITLE_LABELS,
  VISIBILITIES,
  VISIBILITY_LABELS,
} from './agreement-drafts.ts';
import { OrganizationPicker } from './OrganizationPicker.tsx';
import { checkAgreement } from './validation.ts';

/** Records a new agreement; what was typed stays on the page whatever the server answers. */
export function AgreementForm() {
  const t = useT();
  usePageTitle(t('form.new_agreement'));
  const navigate = useNavigate();
  const [draft, setDraft] = useState<NewAgreement>(newAgreement);
  const change = (changes: Partial<NewAgreement>) => setDraft((current) => ({ ...current, ...changes }));
  // A field's rule is shown once the person has left it (or tried to save), not while they start typing.
  const [submitted, setSubmitted] = useState(false);
  const [visited, setVisited] = useState<Set<string>>(new Set());
  const visit = (field: string) =>
    setVisited((current) => (current.has(field) ? current : new Set(current).add(field)));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useSubmissionKey();

  const body = useMemo(() => agreementInput(draft), [draft]);
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
        const answer = await send(api.POST('/api/agreements', { body, headers: submission.headers(body) }));
        setBusy(false);
        if (!answer.problem) {
          submission.settled();
          navigate(`/agreements/${answer.data.id}`, { state: savedState });
          return;
        }
        setProblem(answer.problem);
        setServerErrors(
          Object.fromEntries((answer.problem.errors ?? []).map((entry) => [entry.field, entry.message])),
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
          value={draft.type}
          onChange={(event) =>
            change({ type: oneOf(AGREEMENT_TYPES, event.currentTarget.value) ?? draft.type })
          }
          data={AGREEMENT_TYPES.map((value) => ({ value, label: t(TYPE_LABELS[value]) }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {UI_LANGUAGES.map((language) => (
            <TextInput
              key={language}
              label={t(TITLE_LABELS[language])}
              lang={language}
              dir={directionOf(language)}
              value={draft.title[language]}
              error={language === 'fr' ? errorAt('/title') : undefined}
              onBlur={() => visit('/title')}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setDraft((current) => ({ ...current, title: { ...current.title, [language]: text } }));
              }}
            />
          ))}
        </SimpleGrid>
        {draft.parties.map((party, index) => (
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
              setDraft((current) => ({
                ...current,
                parties: current.parties.map((item, at) => (at === index ? chosen : item)),
              }));
            }}
          />
        ))}
        <Group>
          <Button
            variant="subtle"
            onClick={() => setDraft((current) => ({ ...current, parties: [...current.parties, null] }))}
          >
            {t('form.add_party')}
          </Button>
        </Group>
        <Checkbox.Group
          label={t('agreement.themes')}
          value={draft.themes}
          onChange={(chosen) => change({ themes: chosen.flatMap((theme) => oneOf(THEMES, theme) ?? []) })}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {THEMES.map((theme) => (
              <Checkbox key={theme} value={theme} label={t(THEME_LABELS[theme])} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect
          label={t('form.visibility')}
          value={draft.visibility}
          onChange={(event) =>
            change({ visibility: oneOf(VISIBILITIES, event.currentTarget.value) ?? draft.visibility })
          }
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
