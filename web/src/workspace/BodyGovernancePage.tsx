import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MEETING_MODES } from '../../../src/governance/lifecycle.ts';
import { BODY_POSTS, MAJORITY_RULES } from '../../../src/governance/rules.ts';
import { fieldError } from '../account/fields.ts';
import { api, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { oneOf } from '../ui/forms.ts';
import {
  MAJORITY_LABELS,
  MEETING_MODE_LABELS,
  MEETING_STATUS_LABELS,
  meetingTime,
  POST_LABELS,
} from '../ui/meeting-labels.ts';
import { Name, Show } from '../ui/parts.tsx';
import { zonedToInstant } from '../ui/zoned-time.ts';
import {
  FormProblem,
  FormSection,
  LanguageInputs,
  languageValues,
  Saved,
  TITLE_LABELS,
  useForm,
} from './GovernanceForms.tsx';

/*
 * A body of a network governed by its secretariat: its rules (quorum, majorities, proxies) and
 * seats by category, the mandates that fill them, and its meetings, with a form to plan the next.
 */

type Governance = NonNullable<
  Awaited<
    ReturnType<typeof api.GET<'/api/bodies/{id}/governance', { params: { path: { id: string } } }>>
  >['data']
>;

/** The zone a new meeting is planned in until the secretary says otherwise: theirs. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function BodyGovernancePage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const [round, setRound] = useState(0);
  const reload = () => setRound((value) => value + 1);
  const body = useLoad(`organization/${id}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id } } }),
  );
  const governance = useLoad(
    `body-governance/${id}/${round}`,
    () => api.GET('/api/bodies/{id}/governance', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  const meetings = useLoad(
    `body-meetings/${id}/${round}`,
    () => api.GET('/api/bodies/{id}/meetings', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  usePageTitle(body.status === 'ready' ? pickText(body.data.name, language).text : t('governance.body_page'));
  return (
    <Show loaded={governance}>
      {(detail) => (
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1}>
              {body.status === 'ready' ? <Name text={body.data.name} /> : t('governance.body_page')}
            </Title>
            {body.status === 'ready' && body.data.parentId ? (
              <Group gap="md">
                <Anchor component={Link} to={`/networks/${body.data.parentId}`}>
                  {t('governance.network_page')}
                </Anchor>
                <Anchor component={Link} to={`/workspace/networks/${body.data.parentId}/bodies`}>
                  {t('manage.bodies')}
                </Anchor>
              </Group>
            ) : null}
          </Stack>
          <section aria-labelledby="meetings-title">
            <Title order={2} size="h3" id="meetings-title" mb="sm">
              {t('governance.meetings')}
            </Title>
            {meetings.status === 'ready' && meetings.data.items.length === 0 ? (
              <Text c="dimmed">{t('governance.no_meetings')}</Text>
            ) : null}
            <List spacing="xs">
              {meetings.status === 'ready'
                ? meetings.data.items.map((meeting) => (
                    <List.Item key={meeting.id}>
                      <Name text={meeting.title} to={`/workspace/meetings/${meeting.id}`} />{' '}
                      <Text span size="sm" c="dimmed">
                        {meetingTime(meeting.startsAt, meeting.timezone, language)} ·{' '}
                        {t(MEETING_STATUS_LABELS[meeting.status])}
                      </Text>
                    </List.Item>
                  ))
                : null}
            </List>
          </section>
          {detail.mayManage ? <PlanMeetingForm bodyId={id} /> : null}
          <SeatsSummary governance={detail} />
          {detail.mayManage ? <RulesForm bodyId={id} governance={detail} reload={reload} /> : null}
          {detail.mayManage && detail.seats.length > 0 ? (
            <MandateForm bodyId={id} governance={detail} reload={reload} />
          ) : null}
        </Stack>
      )}
    </Show>
  );
}

function SeatsSummary({ governance }: { governance: Governance }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="seats-title">
      <Title order={2} size="h3" id="seats-title" mb="sm">
        {t('governance.seats_by_category')}
      </Title>
      {governance.seats.length === 0 ? <Text c="dimmed">{t('governance.no_seats_yet')}</Text> : null}
      <List spacing="xs">
        {governance.seats.map((seat) => (
          <List.Item key={seat.id}>
            <Text fw={600} span>
              {pickText(seat.label, language).text || seat.category}
            </Text>{' '}
            <Text span size="sm" c="dimmed">
              {t('governance.seat_counts', { count: seat.count, vacant: seat.vacant })}
            </Text>
            <List size="sm" withPadding>
              {seat.holders.map((holder) => (
                <List.Item key={holder.id}>
                  <bdi>{holder.personName}</bdi> · {t(POST_LABELS[holder.post])} · {holder.startDate}
                  {holder.endDate ? ` – ${holder.endDate}` : ''}
                </List.Item>
              ))}
            </List>
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function PlanMeetingForm({ bodyId }: { bodyId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const form = useForm();
  const fields = ['/title', '/mode', '/startsAt', '/timezone', '/place', '/url'];
  return (
    <FormSection
      id="plan-meeting"
      title={t('governance.plan_meeting')}
      onSubmit={async (data, element) => {
        const timezone = String(data.get('timezone') ?? '').trim();
        const local = String(data.get('startsAt') ?? '');
        const place = String(data.get('place') ?? '').trim();
        const url = String(data.get('url') ?? '').trim();
        const meeting = {
          title: languageValues(data, 'title'),
          mode: oneOf(MEETING_MODES, String(data.get('mode'))) ?? 'in_person',
          // A zone the browser cannot read is the server's to refuse, at its field.
          startsAt: zonedToInstant(local, timezone) ?? zonedToInstant(local, 'UTC') ?? local,
          timezone,
          place: place || null,
          url: url || null,
        };
        form.settle(
          await send(
            api.POST('/api/bodies/{id}/meetings', {
              params: { path: { id: bodyId } },
              body: meeting,
              headers: form.headers(meeting),
            }),
          ),
          element,
          (created) => navigate(`/workspace/meetings/${created.id}`),
        );
      }}
    >
      <FormProblem problem={form.problem} fields={fields} />
      <LanguageInputs name="title" labels={TITLE_LABELS} problem={form.problem} field="/title" required />
      <NativeSelect
        name="mode"
        label={t('governance.meeting_mode')}
        error={fieldError(form.problem, '/mode')}
        data={MEETING_MODES.map((value) => ({ value, label: t(MEETING_MODE_LABELS[value]) }))}
      />
      <Group align="flex-start" grow>
        <TextInput
          name="startsAt"
          type="datetime-local"
          required
          label={t('governance.meeting_starts')}
          error={fieldError(form.problem, '/startsAt')}
        />
        <TextInput
          name="timezone"
          required
          dir="ltr"
          label={t('governance.meeting_zone')}
          description={t('governance.meeting_zone_hint')}
          defaultValue={readerZone()}
          error={fieldError(form.problem, '/timezone')}
        />
      </Group>
      <TextInput
        name="place"
        label={t('governance.meeting_place')}
        error={fieldError(form.problem, '/place')}
      />
      <TextInput
        name="url"
        type="url"
        dir="ltr"
        label={t('governance.meeting_url')}
        error={fieldError(form.problem, '/url')}
      />
      <Group>
        <Button type="submit">{t('governance.plan_meeting_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

interface SeatRow {
  category: string;
  label: Record<string, string | undefined>;
  count: string;
}

function RulesForm({
  bodyId,
  governance,
  reload,
}: {
  bodyId: string;
  governance: Governance;
  reload(): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const form = useForm();
  const { rules } = governance;
  const [quorumKind, setQuorumKind] = useState(rules.quorum.kind);
  const [seats, setSeats] = useState<SeatRow[]>(() =>
    governance.seats.map((seat) => ({
      category: seat.category,
      label: seat.label,
      count: String(seat.count),
    })),
  );
  const majorities = MAJORITY_RULES.map((value) => ({ value, label: t(MAJORITY_LABELS[value]) }));
  return (
    <FormSection
      id="rules-form"
      title={t('governance.rules')}
      onSubmit={async (data) => {
        const number = (name: string) => Number(String(data.get(name) ?? '').trim());
        const input = {
          rules: {
            quorum:
              quorumKind === 'count'
                ? { kind: 'count' as const, count: number('quorumCount') }
                : {
                    kind: 'fraction' as const,
                    numerator: number('quorumNumerator'),
                    denominator: number('quorumDenominator'),
                  },
            ordinaryMajority: oneOf(MAJORITY_RULES, String(data.get('ordinaryMajority'))) ?? 'simple',
            specialMajority: oneOf(MAJORITY_RULES, String(data.get('specialMajority'))) ?? 'two_thirds',
            proxiesAllowed: data.get('proxiesAllowed') === 'on',
            maxProxiesPerMember: number('maxProxiesPerMember'),
          },
          seats: seats
            .filter((seat) => seat.category.trim() !== '')
            .map((seat) => ({
              category: seat.category.trim(),
              label: Object.fromEntries(
                Object.entries(seat.label).filter(([, text]) => text?.trim()),
              ) as Record<string, string>,
              count: Number(seat.count),
            })),
        };
        form.settle(
          await send(
            api.PUT('/api/bodies/{id}/governance', { params: { path: { id: bodyId } }, body: input }),
          ),
          null,
          reload,
        );
      }}
    >
      <FormProblem
        problem={form.problem}
        fields={[
          '/rules/quorum/count',
          '/rules/quorum/numerator',
          '/rules/quorum/denominator',
          '/rules/maxProxiesPerMember',
          ...seats.flatMap((_, index) => [`/seats/${index}/category`, `/seats/${index}/count`]),
        ]}
      />
      <Group align="flex-start">
        <NativeSelect
          label={t('governance.quorum_kind')}
          value={quorumKind}
          onChange={(event) => setQuorumKind(event.currentTarget.value === 'count' ? 'count' : 'fraction')}
          data={[
            { value: 'fraction', label: t('governance.quorum_fraction') },
            { value: 'count', label: t('governance.quorum_count') },
          ]}
        />
        {quorumKind === 'count' ? (
          <TextInput
            name="quorumCount"
            type="number"
            min={1}
            w={140}
            label={t('governance.quorum_members')}
            defaultValue={rules.quorum.kind === 'count' ? rules.quorum.count : 1}
            error={fieldError(form.problem, '/rules/quorum/count')}
          />
        ) : (
          <>
            <TextInput
              name="quorumNumerator"
              type="number"
              min={1}
              w={140}
              label={t('governance.quorum_numerator')}
              defaultValue={rules.quorum.kind === 'fraction' ? rules.quorum.numerator : 1}
              error={fieldError(form.problem, '/rules/quorum/numerator')}
            />
            <TextInput
              name="quorumDenominator"
              type="number"
              min={1}
              w={140}
              label={t('governance.quorum_denominator')}
              defaultValue={rules.quorum.kind === 'fraction' ? rules.quorum.denominator : 2}
              error={fieldError(form.problem, '/rules/quorum/denominator')}
            />
          </>
        )}
      </Group>
      <Group align="flex-start" grow>
        <NativeSelect
          name="ordinaryMajority"
          label={t('governance.ordinary_majority')}
          defaultValue={rules.ordinaryMajority}
          data={majorities}
        />
        <NativeSelect
          name="specialMajority"
          label={t('governance.special_majority')}
          defaultValue={rules.specialMajority}
          data={majorities}
        />
      </Group>
      <Group align="flex-end">
        <Checkbox
          name="proxiesAllowed"
          label={t('governance.proxies_allowed')}
          defaultChecked={rules.proxiesAllowed}
        />
        <TextInput
          name="maxProxiesPerMember"
          type="number"
          min={0}
          w={200}
          label={t('governance.max_proxies')}
          defaultValue={rules.maxProxiesPerMember}
          error={fieldError(form.problem, '/rules/maxProxiesPerMember')}
        />
      </Group>
      <Title order={3} size="h5">
        {t('governance.seats_by_category')}
      </Title>
      {seats.map((seat, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row is a position in the form
        <Group key={index} align="flex-start" data-seat-row>
          <TextInput
            label={t('governance.seat_category')}
            dir="ltr"
            value={seat.category}
            error={fieldError(form.problem, `/seats/${index}/category`)}
            onChange={(event) => {
              const category = event.currentTarget.value;
              setSeats((rows) => rows.map((row, at) => (at === index ? { ...row, category } : row)));
            }}
          />
          <TextInput
            label={t('governance.seat_label')}
            value={seat.label[language] ?? ''}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setSeats((rows) =>
                rows.map((row, at) =>
                  at === index ? { ...row, label: { ...row.label, [language]: text } } : row,
                ),
              );
            }}
          />
          <TextInput
            label={t('governance.seat_count')}
            type="number"
            min={1}
            w={120}
            value={seat.count}
            error={fieldError(form.problem, `/seats/${index}/count`)}
            onChange={(event) => {
              const count = event.currentTarget.value;
              setSeats((rows) => rows.map((row, at) => (at === index ? { ...row, count } : row)));
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => setSeats((rows) => [...rows, { category: '', label: {}, count: '1' }])}
        >
          {t('governance.add_seat_category')}
        </Button>
        <Button type="submit">{t('governance.save_rules')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}

function MandateForm({
  bodyId,
  governance,
  reload,
}: {
  bodyId: string;
  governance: Governance;
  reload(): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const form = useForm();
  const [query, setQuery] = useState('');
  const found = useLoad(`people-named/${query.trim()}`, () =>
    api.GET('/api/people', { params: { query: { q: query.trim() || '-', limit: 20 } } }),
  );
  const people = query.trim().length >= 2 && found.status === 'ready' ? found.data.items : [];
  return (
    <FormSection
      id="mandate-form"
      title={t('governance.give_mandate')}
      onSubmit={async (data, element) => {
        const end = String(data.get('endDate') ?? '');
        const mandate = {
          seatId: String(data.get('seatId') ?? ''),
          personId: String(data.get('personId') ?? ''),
          post: oneOf(BODY_POSTS, String(data.get('post'))) ?? 'member',
          startDate: String(data.get('startDate') ?? ''),
          endDate: end || null,
        };
        form.settle(
          await send(
            api.POST('/api/bodies/{id}/mandates', {
              params: { path: { id: bodyId } },
              body: mandate,
              headers: form.headers(mandate),
            }),
          ),
          element,
          () => {
            setQuery('');
            reload();
          },
        );
      }}
    >
      <FormProblem
        problem={form.problem}
        fields={['/seatId', '/personId', '/post', '/startDate', '/endDate']}
      />
      <NativeSelect
        name="seatId"
        label={t('governance.mandate_seat')}
        error={fieldError(form.problem, '/seatId')}
        data={governance.seats.map((seat) => ({
          value: seat.id,
          label: `${pickText(seat.label, language).text || seat.category} (${t('governance.seat_counts', {
            count: seat.count,
            vacant: seat.vacant,
          })})`,
        }))}
      />
      <TextInput
        label={t('governance.mandate_person_search')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <NativeSelect
        name="personId"
        label={t('governance.mandate_person')}
        error={fieldError(form.problem, '/personId')}
        data={[
          { value: '', label: t('governance.mandate_person_choose'), disabled: true },
          ...people.map((person) => ({ value: person.id, label: person.name })),
        ]}
        defaultValue=""
      />
      <Group align="flex-start" grow>
        <NativeSelect
          name="post"
          label={t('governance.mandate_post')}
          defaultValue="member"
          data={BODY_POSTS.map((value) => ({ value, label: t(POST_LABELS[value]) }))}
        />
        <TextInput
          name="startDate"
          type="date"
          required
          label={t('governance.mandate_start')}
          error={fieldError(form.problem, '/startDate')}
        />
        <TextInput
          name="endDate"
          type="date"
          label={t('governance.mandate_end')}
          error={fieldError(form.problem, '/endDate')}
        />
      </Group>
      <Group>
        <Button type="submit">{t('governance.give_mandate_submit')}</Button>
        <Saved done={form.done} text={t('editor.saved')} />
      </Group>
    </FormSection>
  );
}
