import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AgreementStatus, ALLOWED_TRANSITIONS } from '../../../src/agreements/lifecycle.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { STATUS_LABELS } from '../ui/labels.ts';
import { Name, Show, StatusBadge } from '../ui/parts.tsx';
import { TITLE_LABELS, VISIBILITY_LABELS } from './AgreementForm.tsx';
import { AgreementRecords } from './AgreementRecords.tsx';
import {
  type Base,
  ConflictNote,
  changedFields,
  type FormFields,
  ifMatch,
  keepEdits,
  sameFields,
} from './ConflictNote.tsx';
import { ProblemNote } from './ProblemNote.tsx';

type Agreement = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/agreements/{id}', { params: { path: { id: string } } }>>>['data']
>;

export function AgreementEditor() {
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(
    `edit/${id}/${version}`,
    () => api.GET('/api/agreements/{id}', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  return (
    <Show loaded={loaded}>
      {(agreement) => <Editor agreement={agreement} reload={() => setVersion((v) => v + 1)} />}
    </Show>
  );
}

/** The fields of the details form, as the server has them. */
function detailsOf(agreement: Agreement): FormFields {
  return {
    [TITLE_LABELS.ar]: agreement.title.ar ?? '',
    [TITLE_LABELS.fr]: agreement.title.fr ?? '',
    [TITLE_LABELS.en]: agreement.title.en ?? '',
    'form.visibility': agreement.visibility,
    'editor.reader_bodies': [...agreement.readers.bodyIds].sort().join(' '),
  };
}

function Editor({ agreement, reload }: { agreement: Agreement; reload(): void }) {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('editor.heading'));
  const [title, setTitle] = useState({
    ar: agreement.title.ar ?? '',
    fr: agreement.title.fr ?? '',
    en: agreement.title.en ?? '',
  });
  const [visibility, setVisibility] = useState(agreement.visibility);
  const [readerBodies, setReaderBodies] = useState<string[]>(agreement.readers.bodyIds);
  // Councils and boards that can be named as readers of a restricted agreement.
  const bodies = useLoad('bodies', () =>
    api.GET('/api/organizations', { params: { query: { kind: 'body', limit: 100 } } }),
  );
  const [saveProblem, setSaveProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  // The version the details form was loaded from: its edits are saved on that version only.
  const [base, setBase] = useState<Base>(() => ({
    version: agreement.version,
    fields: detailsOf(agreement),
  }));
  const [conflict, setConflict] = useState<Agreement | null>(null);
  const [kept, setKept] = useState(false);
  // The page reloads after the person's own changes below (status, signatures, records): when the
  // details are as the form loaded them, the new version is theirs to edit on.
  useEffect(() => {
    setBase((current) =>
      sameFields(detailsOf(agreement), current.fields) ? { ...current, version: agreement.version } : current,
    );
  }, [agreement]);
  const mine = (): FormFields => ({
    [TITLE_LABELS.ar]: title.ar,
    [TITLE_LABELS.fr]: title.fr,
    [TITLE_LABELS.en]: title.en,
    'form.visibility': visibility,
    'editor.reader_bodies': [...readerBodies].sort().join(' '),
  });
  /** Puts these values in the form. */
  const fill = (fields: FormFields) => {
    setTitle({
      ar: fields[TITLE_LABELS.ar] ?? '',
      fr: fields[TITLE_LABELS.fr] ?? '',
      en: fields[TITLE_LABELS.en] ?? '',
    });
    setVisibility(fields['form.visibility'] as typeof visibility);
    setReaderBodies((fields['editor.reader_bodies'] ?? '').split(' ').filter(Boolean));
  };
  const bodyName = (id: string) => {
    const body = bodies.status === 'ready' ? bodies.data.items.find((item) => item.id === id) : undefined;
    return body ? pickText(body.name, language).text : id;
  };
  const show = (key: string, value: string) =>
    key === 'form.visibility'
      ? t(VISIBILITY_LABELS[value as keyof typeof VISIBILITY_LABELS] ?? value)
      : key === 'editor.reader_bodies'
        ? value.split(' ').map(bodyName).join(', ')
        : value;
  const allowed = ALLOWED_TRANSITIONS[agreement.status as AgreementStatus] ?? [];
  const [to, setTo] = useState<string>(allowed[0] ?? '');
  const [reason, setReason] = useState('');
  const [moveProblem, setMoveProblem] = useState<Problem | null>(null);
  const [partProblem, setPartProblem] = useState<Problem | null>(null);
  // Ceremonies, symposiums and visits a part may have been signed at.
  const events = useLoad('events', () => api.GET('/api/events', { params: { query: { limit: 100 } } }));
  const fieldError = (problem: Problem | null, field: string) =>
    problem?.errors?.find((error) => error.field === field)?.message ??
    (problem?.field === field ? problem.detail : undefined);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('editor.heading')}</Title>
        <Group>
          <StatusBadge status={agreement.status} />
          <Anchor component={Link} to={`/agreements/${agreement.id}`}>
            <Name text={agreement.title} />
          </Anchor>
        </Group>
      </Stack>

      <form
        aria-labelledby="edit-title"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          setKept(false);
          const { data, error, response } = await api.PATCH('/api/agreements/{id}', {
            params: { path: { id: agreement.id }, header: ifMatch(base.version) },
            body: {
              title: Object.fromEntries(Object.entries(title).filter(([, text]) => text.trim() !== '')),
              visibility,
              readers: { userIds: agreement.readers.userIds, bodyIds: readerBodies },
            } as never,
          });
          if (response.ok && data) {
            setSaveProblem(null);
            setConflict(null);
            setBase({ version: data.version, fields: detailsOf(data) });
            setSaved(true);
            reload();
          } else if (response.status === 412) {
            // Someone else saved it meanwhile: nothing was written; show them what changed.
            const latest = await api.GET('/api/agreements/{id}', { params: { path: { id: agreement.id } } });
            setSaveProblem(latest.data ? null : (latest.error as unknown as Problem));
            setConflict(latest.data ?? null);
          } else setSaveProblem(error as unknown as Problem);
        }}
      >
        <Stack>
          <Title order={2} size="h3" id="edit-title">
            {t('editor.details')}
          </Title>
          <ProblemNote problem={saveProblem} />
          {conflict ? (
            <ConflictNote
              changes={changedFields(base.fields, detailsOf(conflict), mine())}
              show={show}
              onKeepMine={() => {
                fill(keepEdits(base.fields, detailsOf(conflict), mine()));
                setBase({ version: conflict.version, fields: detailsOf(conflict) });
                setConflict(null);
                setKept(true);
                reload();
              }}
              onTakeSaved={() => {
                fill(detailsOf(conflict));
                setBase({ version: conflict.version, fields: detailsOf(conflict) });
                setConflict(null);
                reload();
              }}
            />
          ) : null}
          {kept ? (
            <Text size="sm" role="status">
              {t('conflict.kept')}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {UI_LANGUAGES.map((code) => (
              <TextInput
                key={code}
                label={t(TITLE_LABELS[code])}
                lang={code}
                dir={directionOf(code)}
                value={title[code]}
                error={fieldError(saveProblem, '/title')}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setTitle((current) => ({ ...current, [code]: text }));
                }}
              />
            ))}
          </SimpleGrid>
          <NativeSelect
            label={t('form.visibility')}
            value={visibility}
            onChange={(event) => setVisibility(event.currentTarget.value as typeof visibility)}
            error={fieldError(saveProblem, '/visibility')}
            data={Object.entries(VISIBILITY_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
          />
          {visibility === 'restricted' && bodies.status === 'ready' && bodies.data.items.length > 0 ? (
            <Checkbox.Group
              label={t('editor.reader_bodies')}
              description={t('editor.reader_bodies_hint')}
              value={readerBodies}
              onChange={setReaderBodies}
            >
              <Stack gap={6} mt="xs">
                {bodies.data.items.map((body) => (
                  <Checkbox key={body.id} value={body.id} label={pickText(body.name, language).text} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null}
          <Group>
            <Button type="submit">{t('form.save')}</Button>
            {saved ? (
              <Text c="green.8" role="status">
                {t('editor.saved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>

      <form
        aria-labelledby="move-title"
        onSubmit={async (event) => {
          event.preventDefault();
          const { error, response } = await api.POST('/api/agreements/{id}/transitions', {
            params: { path: { id: agreement.id } },
            body: { to: to as AgreementStatus, reason },
          });
          if (response.ok) {
            setMoveProblem(null);
            setReason('');
            reload();
          } else setMoveProblem(error as unknown as Problem);
        }}
      >
        <Stack>
          <Title order={2} size="h3" id="move-title">
            {t('editor.move')}
          </Title>
          <ProblemNote problem={moveProblem} />
          {allowed.length === 0 ? (
            <Text c="dimmed">{t('editor.final')}</Text>
          ) : (
            <>
              <NativeSelect
                label={t('editor.to')}
                value={to}
                onChange={(event) => setTo(event.currentTarget.value)}
                data={allowed.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
                error={fieldError(moveProblem, '/to')}
              />
              <TextInput
                label={t('editor.reason')}
                value={reason}
                required
                onChange={(event) => setReason(event.currentTarget.value)}
                error={fieldError(moveProblem, '/reason')}
              />
              <Group>
                <Button type="submit" disabled={reason.trim() === ''}>
                  {t('editor.move_submit')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>

      <section aria-labelledby="sign-title">
        <Title order={2} size="h3" id="sign-title" mb="sm">
          {t('editor.parts')}
        </Title>
        <ProblemNote problem={partProblem} />
        <Stack>
          {agreement.parts.map((part) => (
            <Card withBorder key={part.id}>
              <form
                onSubmit={async (event) => {
                  event.preventDefault();
                  const form = new FormData(event.currentTarget);
                  const signedOn = String(form.get('signedOn') ?? '');
                  const signingEventId = String(form.get('signingEventId') ?? '') || null;
                  const { error, response } = await api.PATCH('/api/agreements/{id}/parts/{partId}', {
                    // The signature is recorded on the agreement as shown: if it changed meanwhile, 412 says so.
                    params: {
                      path: { id: agreement.id, partId: part.id },
                      header: ifMatch(agreement.version),
                    },
                    body: { signedOn, signingEventId },
                  });
                  if (response.ok) {
                    setPartProblem(null);
                    reload();
                  } else {
                    setPartProblem(error as unknown as Problem);
                    if (response.status === 412) reload();
                  }
                }}
              >
                <Group align="end">
                  <Text fw={600}>
                    {t('agreement.part_number', { number: part.number })}
                    {pickText(part.title, language).text ? ` — ${pickText(part.title, language).text}` : ''}
                  </Text>
                  <TextInput
                    type="date"
                    name="signedOn"
                    label={t('editor.signed_on')}
                    defaultValue={part.signedOn ?? ''}
                    required
                    error={fieldError(partProblem, '/signedOn')}
                  />
                  <NativeSelect
                    name="signingEventId"
                    label={t('editor.signing_event')}
                    defaultValue={part.signingEventId ?? ''}
                    error={fieldError(partProblem, '/signingEventId')}
                    data={[
                      { value: '', label: '—' },
                      ...(events.status === 'ready'
                        ? events.data.items.map((item) => ({
                            value: item.id,
                            label: `${pickText(item.title, language).text}${item.startDate ? ` (${item.startDate})` : ''}`,
                          }))
                        : []),
                    ]}
                  />
                  <Button type="submit" variant="light">
                    {t('editor.record_signature')}
                  </Button>
                </Group>
              </form>
            </Card>
          ))}
        </Stack>
      </section>

      <AgreementRecords agreementId={agreement.id} reload={reload} />
    </Stack>
  );
}
