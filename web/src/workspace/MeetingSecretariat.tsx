import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../src/governance/attendance.ts';
import { DECISION_KINDS } from '../../../src/governance/rules.ts';
import { VOTE_METHODS } from '../../../src/governance/voting.ts';
import { fieldError } from '../account/fields.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { oneOf } from '../ui/forms.ts';
import { ATTENDANCE_LABELS, DECISION_KIND_LABELS, VOTE_METHOD_LABELS } from '../ui/meeting-labels.ts';
import { Name } from '../ui/parts.tsx';
import {
  FormProblem,
  FormSection,
  LanguageInputs,
  languageValues,
  Saved,
  TEXT_LABELS,
  TITLE_LABELS,
  useForm,
} from './GovernanceForms.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * The secretariat's forms on a meeting: its agenda, attendance seat holder by seat holder (the
 * quorum follows each change), motions, opening votes by roll call or show of hands and recording
 * a show of hands, the decisions with the record they decide on, and the minutes once held. What
 * shows follows the meeting's status; the server refuses the rest, and says why beside the field.
 */

export type MeetingDetail = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/meetings/{id}', { params: { path: { id: string } } }>>>['data']
>;

const OPEN = new Set(['draft', 'convened']);

export function MeetingSecretariat({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const open = OPEN.has(meeting.status);
  return (
    <Stack gap="xl" data-testid="secretariat">
      {open ? <AgendaForm meeting={meeting} reload={reload} /> : null}
      {open ? <AttendanceForm meeting={meeting} reload={reload} /> : null}
      {open && meeting.agenda.length > 0 ? <MotionForm meeting={meeting} reload={reload} /> : null}
      {meeting.status === 'convened' ? <VoteForms meeting={meeting} reload={reload} /> : null}
      {meeting.status !== 'cancelled' ? <DecisionForm meeting={meeting} reload={reload} /> : null}
      {meeting.status === 'held' ? <MinutesForm meeting={meeting} reload={reload} /> : null}
    </Stack>
  );
}

function AgendaForm({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const form = useForm();
  return (
    <FormSection
      id="agenda-form"
      title={t('governance.add_agenda_item')}
      onSubmit={async (data, element) => {
        const body = {
          title: languageValues(data, 'title'),
          text: languageValues(data, 'text'),
        };
        form.settle(
          await send(
            api.POST('/api/meetings/{id}/agenda-items', {
              params: { path: { id: meeting.id } },
              body,
              headers: form.headers(body),
            }),
          ),
          element,
          reload,
        );
      }}
    >
      <FormProblem problem={form.problem} fields={['/title']} />
      <LanguageInputs name="title" labels={TITLE_LABELS} problem={form.problem} field="/title" required />
      <LanguageInputs name="text" labels={TEXT_LABELS} problem={form.problem} field="/text" />
      <Group>
        <Button type="submit">{t('governance.add_agenda_item_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

/** Attendance per seat holder: each change is recorded at once and the quorum read again. */
function AttendanceForm({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const governance = useLoad(`meeting-seats/${meeting.bodyId}`, () =>
    api.GET('/api/bodies/{id}/governance', { params: { path: { id: meeting.bodyId } } }),
  );
  const [problem, setProblem] = useState<{ personId: string; problem: Problem } | null>(null);
  const holders =
    governance.status === 'ready'
      ? governance.data.seats.flatMap((seat) =>
          seat.holders.map((holder) => ({ personId: holder.personId, name: holder.personName })),
        )
      : [];
  const people = [
    ...holders,
    ...meeting.attendance
      .filter((row) => !holders.some((holder) => holder.personId === row.personId))
      .map((row) => ({ personId: row.personId, name: row.name })),
  ];
  const record = async (personId: string, status: AttendanceStatus, proxyHolderId: string | null) => {
    const answer = await send(
      api.PUT('/api/meetings/{id}/attendance/{personId}', {
        params: { path: { id: meeting.id, personId } },
        body: { status, ...(status === 'proxy' ? { proxyHolderId } : {}) },
      }),
    );
    setProblem(answer.problem ? { personId, problem: answer.problem } : null);
    if (!answer.problem) reload();
  };
  return (
    <section aria-labelledby="attendance-form-title">
      <Title order={2} size="h4" id="attendance-form-title" mb="sm">
        {t('governance.record_attendance')}
      </Title>
      {people.length === 0 ? <Text c="dimmed">{t('governance.no_seat_holders')}</Text> : null}
      <Table>
        <Table.Tbody>
          {people.map((person) => (
            <AttendanceRow
              key={person.personId}
              person={person}
              others={people.filter((other) => other.personId !== person.personId)}
              current={meeting.attendance.find((row) => row.personId === person.personId)}
              problem={problem?.personId === person.personId ? problem.problem : null}
              record={record}
            />
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function AttendanceRow({
  person,
  others,
  current,
  problem,
  record,
}: {
  person: { personId: string; name: string };
  others: Array<{ personId: string; name: string }>;
  current: { status: AttendanceStatus; proxyHolderId: string | null } | undefined;
  problem: Problem | null;
  record(personId: string, status: AttendanceStatus, proxyHolderId: string | null): Promise<void>;
}) {
  const t = useT();
  const [status, setStatus] = useState<AttendanceStatus | ''>(current?.status ?? '');
  const [holder, setHolder] = useState(current?.proxyHolderId ?? '');
  return (
    <Table.Tr data-attendance={person.name}>
      <Table.Td>
        <bdi>{person.name}</bdi>
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('governance.attendance_of', { name: person.name })}
          value={status}
          error={fieldError(problem, '/status')}
          data={[
            { value: '', label: t('governance.not_recorded'), disabled: true },
            ...ATTENDANCE_STATUSES.map((value) => ({ value, label: t(ATTENDANCE_LABELS[value]) })),
          ]}
          onChange={async (event) => {
            const chosen = oneOf(ATTENDANCE_STATUSES, event.currentTarget.value);
            if (!chosen) return;
            setStatus(chosen);
            // A proxy waits for its holder to be chosen.
            if (chosen !== 'proxy' || holder) await record(person.personId, chosen, holder || null);
          }}
        />
      </Table.Td>
      <Table.Td>
        {status === 'proxy' ? (
          <NativeSelect
            aria-label={t('governance.proxy_holder_of', { name: person.name })}
            value={holder}
            error={fieldError(problem, '/proxyHolderId')}
            data={[
              { value: '', label: t('governance.choose_proxy_holder'), disabled: true },
              ...others.map((other) => ({ value: other.personId, label: other.name })),
            ]}
            onChange={async (event) => {
              const chosen = event.currentTarget.value;
              setHolder(chosen);
              if (chosen) await record(person.personId, 'proxy', chosen);
            }}
          />
        ) : null}
        {problem && !fieldError(problem, '/status') && !fieldError(problem, '/proxyHolderId') ? (
          <ProblemNote problem={problem} />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function MotionForm({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const form = useForm();
  return (
    <FormSection
      id="motion-form"
      title={t('governance.add_motion')}
      onSubmit={async (data, element) => {
        const body = {
          agendaItemId: String(data.get('agendaItemId') ?? ''),
          text: languageValues(data, 'text'),
          decisionKind: oneOf(DECISION_KINDS, String(data.get('decisionKind'))) ?? 'ordinary',
        };
        form.settle(
          await send(
            api.POST('/api/meetings/{id}/motions', {
              params: { path: { id: meeting.id } },
              body,
              headers: form.headers(body),
            }),
          ),
          element,
          reload,
        );
      }}
    >
      <FormProblem problem={form.problem} fields={['/agendaItemId', '/text', '/decisionKind']} />
      <NativeSelect
        name="agendaItemId"
        label={t('governance.motion_item')}
        error={fieldError(form.problem, '/agendaItemId')}
        data={meeting.agenda.map((item) => ({
          value: item.id,
          label: `${item.position}. ${pickText(item.title, language).text}`,
        }))}
      />
      <LanguageInputs name="text" labels={TEXT_LABELS} problem={form.problem} field="/text" required />
      <NativeSelect
        name="decisionKind"
        label={t('governance.motion_kind')}
        error={fieldError(form.problem, '/decisionKind')}
        data={DECISION_KINDS.map((value) => ({ value, label: t(DECISION_KIND_LABELS[value]) }))}
      />
      <Group>
        <Button type="submit">{t('governance.add_motion_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

/** For each motion: open its vote; for an open show of hands: record its counts. */
function VoteForms({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  if (meeting.motions.length === 0) return null;
  return (
    <section aria-labelledby="vote-forms-title">
      <Title order={2} size="h4" id="vote-forms-title" mb="sm">
        {t('governance.votes')}
      </Title>
      <ProblemNote problem={problem} />
      <Stack gap="md">
        {meeting.motions.map((motion) => {
          const open = motion.votes.find((vote) => vote.status === 'open');
          const adopted = motion.votes.some((vote) => vote.result.outcome === 'adopted');
          return (
            <Stack key={motion.id} gap="xs" data-motion-votes>
              <Text fw={600}>
                <Name text={motion.text} />
              </Text>
              {!open && !adopted ? (
                <Group gap="xs">
                  {VOTE_METHODS.map((method) => (
                    <Button
                      key={method}
                      size="xs"
                      variant="light"
                      onClick={async () => {
                        const answer = await send(
                          api.POST('/api/motions/{id}/votes', {
                            params: { path: { id: motion.id } },
                            body: { method },
                          }),
                        );
                        setProblem(answer.problem ?? null);
                        if (!answer.problem) reload();
                      }}
                    >
                      {t('governance.open_vote', { method: t(VOTE_METHOD_LABELS[method]) })}
                    </Button>
                  ))}
                </Group>
              ) : null}
              {open?.method === 'show_of_hands' ? <ShowOfHandsForm voteId={open.id} reload={reload} /> : null}
              {open?.method === 'roll_call' ? (
                <Badge variant="light" c="dark.8" style={{ textTransform: 'none' }}>
                  {t('governance.roll_call_open')}
                </Badge>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </section>
  );
}

function ShowOfHandsForm({ voteId, reload }: { voteId: string; reload(): void }) {
  const t = useT();
  const form = useForm();
  const counts = [
    { name: 'yes', label: t('meeting.choice_yes') },
    { name: 'no', label: t('meeting.choice_no') },
    { name: 'abstain', label: t('meeting.choice_abstain') },
  ] as const;
  return (
    <FormSection
      id={`hands-${voteId}`}
      title={t('governance.show_of_hands')}
      onSubmit={async (data) => {
        const read = (name: string) => Number(String(data.get(name) ?? '').trim() || 0);
        form.settle(
          await send(
            api.PUT('/api/votes/{id}/show-of-hands', {
              params: { path: { id: voteId } },
              body: { yes: read('yes'), no: read('no'), abstain: read('abstain') },
            }),
          ),
          null,
          reload,
        );
      }}
    >
      <FormProblem problem={form.problem} fields={['/yes', '/no', '/abstain']} />
      <Group align="flex-start">
        {counts.map((count) => (
          <TextInput
            key={count.name}
            name={count.name}
            type="number"
            min={0}
            inputMode="numeric"
            label={count.label}
            w={120}
            error={fieldError(form.problem, `/${count.name}`)}
          />
        ))}
      </Group>
      <Group>
        <Button type="submit" size="sm">
          {t('governance.record_hands')}
        </Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

/**
 * A decision: its text, the adopted vote it rests on, and what it decides on (an organization
 * applying to join the network: the decision admits it).
 */
function DecisionForm({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const form = useForm();
  const body = useLoad(`organization/${meeting.bodyId}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id: meeting.bodyId } } }),
  );
  const networkId = body.status === 'ready' ? body.data.parentId : null;
  const adopted = meeting.motions.flatMap((motion) =>
    motion.votes
      .filter((vote) => vote.result.outcome === 'adopted')
      .filter((vote) => !meeting.decisions.some((decision) => decision.voteEventId === vote.id))
      .map((vote) => ({ vote, motion })),
  );
  return (
    <FormSection
      id="decision-form"
      title={t('governance.add_decision')}
      onSubmit={async (data, element) => {
        const voteEventId = String(data.get('voteEventId') ?? '') || null;
        const membershipId = String(data.get('membershipId') ?? '') || null;
        const decision = {
          text: languageValues(data, 'text'),
          voteEventId,
          // Admitting an applying organization: the decision carries itself out on its membership.
          ...(membershipId
            ? { entityType: 'membership' as const, entityId: membershipId, effect: 'admit_member' as const }
            : {}),
        };
        form.settle(
          await send(
            api.POST('/api/meetings/{id}/decisions', {
              params: { path: { id: meeting.id } },
              body: decision,
              headers: form.headers(decision),
            }),
          ),
          element,
          reload,
        );
      }}
    >
      <FormProblem
        problem={form.problem}
        fields={['/text', '/voteEventId', '/entityId', '/entityType', '/effect']}
      />
      <NativeSelect
        name="voteEventId"
        label={t('governance.decision_vote')}
        error={fieldError(form.problem, '/voteEventId')}
        data={[
          { value: '', label: t('governance.decision_without_vote') },
          ...adopted.map(({ vote, motion }) => ({
            value: vote.id,
            label: pickText(motion.text, language).text,
          })),
        ]}
        defaultValue={adopted[0]?.vote.id ?? ''}
      />
      <LanguageInputs name="text" labels={TEXT_LABELS} problem={form.problem} field="/text" required />
      {networkId ? <ApplicantSelect networkId={networkId} problem={form.problem} /> : null}
      <Group>
        <Button type="submit">{t('governance.add_decision_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

/** The organizations asking to join the network, as what a decision may admit. */
function ApplicantSelect({ networkId, problem }: { networkId: string; problem: Problem | null }) {
  const t = useT();
  const { language } = useLanguage();
  const memberships = useLoad(`memberships-of/${networkId}`, () =>
    api.GET('/api/memberships', { params: { query: { organization: networkId } } }),
  );
  const applying =
    memberships.status === 'ready'
      ? memberships.data.filter(
          (membership) => membership.status === 'applied' && membership.memberOrganizationId,
        )
      : [];
  const names = useOrganizationNames(applying.map((membership) => membership.memberOrganizationId!));
  return (
    <NativeSelect
      name="membershipId"
      label={t('governance.decision_admits')}
      error={fieldError(problem, '/entityId') ?? fieldError(problem, '/entityType')}
      data={[
        { value: '', label: t('governance.decision_admits_none') },
        ...applying.map((membership) => ({
          value: membership.id,
          label: names[membership.memberOrganizationId!]
            ? pickText(names[membership.memberOrganizationId!], language).text
            : '…',
        })),
      ]}
    />
  );
}

/** The names of these organizations, as they load. */
function useOrganizationNames(ids: string[]): Record<string, Record<string, string | undefined>> {
  const [names, setNames] = useState<Record<string, Record<string, string | undefined>>>({});
  const key = ids.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the ids
  useEffect(() => {
    let current = true;
    Promise.all(
      ids.map(async (id) => {
        const { data } = await api.GET('/api/organizations/{id}', { params: { path: { id } } });
        return [id, data?.name ?? {}] as const;
      }),
    ).then((entries) => {
      if (current) setNames(Object.fromEntries(entries));
    });
    return () => {
      current = false;
    };
  }, [key]);
  return names;
}

function MinutesForm({ meeting, reload }: { meeting: MeetingDetail; reload(): void }) {
  const t = useT();
  const form = useForm();
  return (
    <FormSection
      id="minutes-form"
      title={t('governance.write_minutes')}
      onSubmit={async (data) => {
        const url = String(data.get('documentUrl') ?? '').trim();
        form.settle(
          await send(
            api.PUT('/api/meetings/{id}/minutes', {
              params: { path: { id: meeting.id } },
              body: { text: languageValues(data, 'minutes'), documentUrl: url || null },
            }),
          ),
          null,
          reload,
        );
      }}
    >
      <FormProblem problem={form.problem} fields={['/text', '/documentUrl']} />
      <LanguageInputs
        name="minutes"
        labels={TEXT_LABELS}
        problem={form.problem}
        field="/text"
        required
        multiline
      />
      <TextInput
        name="documentUrl"
        type="url"
        label={t('governance.minutes_url')}
        error={fieldError(form.problem, '/documentUrl')}
      />
      <Group>
        <Button type="submit">{t('governance.write_minutes_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}
