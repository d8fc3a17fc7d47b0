import {
  Alert,
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
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AgreementStatus, ALLOWED_TRANSITIONS } from '../../../src/agreements/lifecycle.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import type { Agreement } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { joinNames } from '../ui/bidi.tsx';
import { oneOf } from '../ui/forms.ts';
import { STATUS_LABELS } from '../ui/labels.ts';
import { Name, Show, StatusBadge } from '../ui/parts.tsx';
import { AgreementContents } from './AgreementContents.tsx';
import { AgreementRecords } from './AgreementRecords.tsx';
import {
  type AgreementDetails,
  agreementChanges,
  detailFields,
  detailsFrom,
  detailsOf,
  TITLE_LABELS,
  VISIBILITIES,
  VISIBILITY_LABELS,
} from './agreement-drafts.ts';
import { ifMatch } from './ConflictNote.tsx';
import { PendingCorrections, ProposeCorrection } from './Corrections.tsx';
import { ProblemNote } from './ProblemNote.tsx';
import { useSave } from './useSave.tsx';

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

/** The details of the agreement as they read, field by field. */
const fieldsOf = (agreement: Agreement) => detailFields(detailsOf(agreement));

function Editor({ agreement, reload }: { agreement: Agreement; reload(): void }) {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('editor.heading'));
  const [details, setDetails] = useState<AgreementDetails>(() => detailsOf(agreement));
  const change = (changes: Partial<AgreementDetails>) =>
    setDetails((current) => ({ ...current, ...changes }));
  // Councils and boards that can be named as readers of a restricted agreement.
  const bodies = useLoad('bodies', () =>
    api.GET('/api/organizations', { params: { query: { kind: 'body', limit: 100 } } }),
  );
  const [saved, setSaved] = useState(false);
  const bodyName = (id: string) => {
    const body = bodies.status === 'ready' ? bodies.data.items.find((item) => item.id === id) : undefined;
    return body ? pickText(body.name, language).text : id;
  };
  const save = useSave({
    record: agreement,
    fieldsOf,
    mine: detailFields(details),
    fill: (fields, record) => setDetails(detailsFrom(fields, detailsOf(record))),
    latest: ({ id }) => send(api.GET('/api/agreements/{id}', { params: { path: { id } } })),
    show: (key, value) => {
      if (key === 'editor.reader_bodies') return joinNames(value.split(' ').map(bodyName), language);
      const visibility = key === 'form.visibility' ? oneOf(VISIBILITIES, value) : undefined;
      return visibility ? t(VISIBILITY_LABELS[visibility]) : value;
    },
    onRebased: reload,
  });
  const allowed = ALLOWED_TRANSITIONS[agreement.status];
  const [to, setTo] = useState<AgreementStatus | undefined>(allowed[0]);
  const [reason, setReason] = useState('');
  const [correctionsVersion, setCorrectionsVersion] = useState(0);
  const [moveProblem, setMoveProblem] = useState<Problem | null>(null);
  // Whether the last status change and the last signature were saved: said in a live region.
  const [movedDone, setMovedDone] = useState(false);
  const [signedDone, setSignedDone] = useState(false);
  const [partProblem, setPartProblem] = useState<Problem | null>(null);
  // What the last signature recorded but points out (a date far from its source's), by field.
  const [warnings, setWarnings] = useState<NonNullable<Agreement['warnings']>>([]);
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

      <AgreementContents agreement={agreement} reload={reload} />

      <form
        aria-labelledby="edit-title"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const edited = await save.edit((header) =>
            send(
              api.PATCH('/api/agreements/{id}', {
                params: { path: { id: agreement.id }, header },
                body: agreementChanges(details, agreement.readers.userIds),
              }),
            ),
          );
          if (edited) {
            setSaved(true);
            reload();
          }
        }}
      >
        <Stack>
          <Title order={2} size="h3" id="edit-title">
            {t('editor.details')}
          </Title>
          {save.notes}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {UI_LANGUAGES.map((code) => (
              <TextInput
                key={code}
                label={t(TITLE_LABELS[code])}
                lang={code}
                dir={directionOf(code)}
                value={details.title[code]}
                error={fieldError(save.problem, '/title')}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setDetails((current) => ({ ...current, title: { ...current.title, [code]: text } }));
                }}
              />
            ))}
          </SimpleGrid>
          <NativeSelect
            label={t('form.visibility')}
            value={details.visibility}
            onChange={(event) =>
              change({ visibility: oneOf(VISIBILITIES, event.currentTarget.value) ?? details.visibility })
            }
            error={fieldError(save.problem, '/visibility')}
            data={VISIBILITIES.map((value) => ({ value, label: t(VISIBILITY_LABELS[value]) }))}
          />
          {details.visibility === 'restricted' &&
          bodies.status === 'ready' &&
          bodies.data.items.length > 0 ? (
            <Checkbox.Group
              label={t('editor.reader_bodies')}
              description={t('editor.reader_bodies_hint')}
              value={details.readers.bodyIds}
              onChange={(bodyIds) => change({ readers: { bodyIds } })}
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
          if (!to) return;
          const moved = await send(
            api.POST('/api/agreements/{id}/transitions', {
              params: { path: { id: agreement.id } },
              body: { to, reason },
            }),
          );
          setMoveProblem(moved.problem ?? null);
          setMovedDone(!moved.problem);
          if (!moved.problem) {
            setReason('');
            reload();
          }
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
                onChange={(event) => setTo(oneOf(allowed, event.currentTarget.value) ?? to)}
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
                {movedDone ? (
                  <Text c="green.8" role="status">
                    {t('editor.status_saved')}
                  </Text>
                ) : null}
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
        {signedDone ? (
          <Text c="green.8" role="status">
            {t('editor.signature_saved')}
          </Text>
        ) : null}
        <Stack>
          {agreement.parts.map((part, index) => (
            <Card withBorder key={part.id}>
              {part.signedOn ? (
                <Stack gap="xs">
                  <Text fw={600}>
                    {t('agreement.part_number', { number: part.number })}
                    {pickText(part.title, language).text ? ` — ${pickText(part.title, language).text}` : ''}
                  </Text>
                  {warnings
                    .filter((warning) => warning.field === `/parts/${index}/signedOn`)
                    .map((warning) => (
                      <Alert
                        key={warning.code}
                        color="yellow"
                        role="status"
                        title={t('correction.check_date')}
                      >
                        {warning.message}
                      </Alert>
                    ))}
                  <ProposeCorrection
                    agreementId={agreement.id}
                    part={{ id: part.id, number: part.number, signedOn: part.signedOn }}
                    onProposed={() => setCorrectionsVersion((count) => count + 1)}
                  />
                </Stack>
              ) : (
                <form
                  onSubmit={async (event) => {
                    event.preventDefault();
                    const form = new FormData(event.currentTarget);
                    const signedOn = String(form.get('signedOn') ?? '');
                    const signingEventId = String(form.get('signingEventId') ?? '') || null;
                    const signed = await send(
                      api.PATCH('/api/agreements/{id}/parts/{partId}', {
                        // The signature is recorded on the agreement as shown: if it changed meanwhile, 412 says so.
                        params: {
                          path: { id: agreement.id, partId: part.id },
                          header: ifMatch(agreement.version),
                        },
                        body: { signedOn, signingEventId },
                      }),
                    );
                    setPartProblem(signed.problem ?? null);
                    setSignedDone(!signed.problem);
                    setWarnings(signed.data?.warnings ?? []);
                    if (!signed.problem || signed.response.status === 412) reload();
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
              )}
            </Card>
          ))}
        </Stack>
      </section>

      <PendingCorrections
        agreementId={agreement.id}
        version={agreement.version * 1000 + correctionsVersion}
        onDecided={reload}
      />

      <AgreementRecords agreementId={agreement.id} reload={reload} />
    </Stack>
  );
}
