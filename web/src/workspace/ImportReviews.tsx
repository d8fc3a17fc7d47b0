import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Chip,
  Group,
  List,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import countries from 'i18n-iso-countries';
import { type FormEvent, useMemo, useState } from 'react';
import { can } from '../api/actions.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import type { ImportReviewCandidate, ImportReview as Review } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Isolate, isolated } from '../ui/bidi.tsx';
import { oneOf } from '../ui/forms.ts';
import { CursorPager, IsoDate, Show } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * The names an import of a twinning list could not match to a place with confidence. A platform
 * admin picks the right candidate, or makes the place (cited to the list that named it), or leaves
 * the name out; the pairs waiting on it are then recorded. Others who maintain the registry read it.
 */

type Candidate = ImportReviewCandidate;

const STATUSES = ['open', 'resolved', 'dismissed'] as const;
type Status = (typeof STATUSES)[number];

const STATUS_LABELS: Record<Status, string> = {
  open: 'reviews.status_open',
  resolved: 'reviews.status_resolved',
  dismissed: 'reviews.status_dismissed',
};

const REASON_LABELS: Record<Review['reason'], string> = {
  unknown_country: 'reviews.reason_unknown_country',
  not_found: 'reviews.reason_not_found',
  ambiguous: 'reviews.reason_ambiguous',
  close_only: 'reviews.reason_close_only',
};

const MATCH_LABELS: Record<Candidate['match'], string> = {
  exact: 'reviews.match_exact',
  shortened: 'reviews.match_shortened',
  close: 'reviews.match_close',
};

const SEAT_LABELS: Record<NonNullable<Candidate['seat']>, string> = {
  capital: 'reviews.seat_capital',
  admin1: 'reviews.seat_admin1',
  admin2: 'reviews.seat_admin2',
  admin3: 'reviews.seat_admin3',
  admin4: 'reviews.seat_admin4',
  government: 'reviews.seat_government',
};

const PAGE_SIZE = 20;

/** What the last save did, said once the list is loaded again. */
type Notice =
  | { kind: 'resolved'; name: string; created: number; held: number }
  | { kind: 'dismissed'; name: string };

function useCountryOptions() {
  const { language } = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);
}

/** A candidate's facts, each in the reader's language, and why it was offered. */
function CandidateFacts({ candidate }: { candidate: Candidate }) {
  const t = useT();
  const { language } = useLanguage();
  const number = new Intl.NumberFormat(language);
  const coordinates =
    candidate.latitude !== null && candidate.longitude !== null
      ? t('reviews.coordinates', {
          latitude: number.format(Math.round(candidate.latitude * 1000) / 1000),
          longitude: number.format(Math.round(candidate.longitude * 1000) / 1000),
        })
      : null;
  return (
    <Stack gap={2}>
      <Text fw={600}>
        <Isolate>{candidate.name}</Isolate>
        {' · '}
        <Isolate>{candidate.countryName}</Isolate>
      </Text>
      <Text size="sm" c="dimmed">
        {[
          t('reviews.population', { count: candidate.population }),
          candidate.seat ? t(SEAT_LABELS[candidate.seat]) : null,
          coordinates,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Text size="sm" data-match={candidate.match}>
        {t(MATCH_LABELS[candidate.match], { name: isolated(candidate.matchedName) })}
      </Text>
    </Stack>
  );
}

/** Pick a candidate (or make a new place), then confirm; and leave the name out, with a reason. */
function Decide({ review, onSaved }: { review: Review; onSaved: (notice: Notice) => void }) {
  const t = useT();
  const countryOptions = useCountryOptions();
  const [choice, setChoice] = useState<string>('');
  const [place, setPlace] = useState({
    name: review.name,
    countryCode: review.countryCode ?? '',
    latitude: '',
    longitude: '',
  });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (field: string) =>
    problem?.field === field
      ? problem.detail
      : problem?.errors?.find((error) => error.field === field)?.message;
  const coordinate = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

  const resolve = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    setBusy(true);
    const answer = await send(
      api.POST('/api/import-reviews/{id}/resolve', {
        params: { path: { id: review.id } },
        body:
          choice === 'new'
            ? {
                version: review.version,
                newPlace: {
                  name: place.name.trim(),
                  countryCode: place.countryCode,
                  latitude: coordinate(place.latitude),
                  longitude: coordinate(place.longitude),
                },
              }
            : { version: review.version, placeId: choice },
      }),
    );
    setBusy(false);
    setProblem(answer.problem ?? null);
    if (answer.data)
      onSaved({
        kind: 'resolved',
        name: review.name,
        created: answer.data.agreements.created,
        held: answer.data.heldPairs,
      });
  };

  const dismiss = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = await send(
      api.POST('/api/import-reviews/{id}/dismiss', {
        params: { path: { id: review.id } },
        body: { version: review.version, reason },
      }),
    );
    setBusy(false);
    setProblem(answer.problem ?? null);
    if (answer.data) onSaved({ kind: 'dismissed', name: review.name });
  };

  return (
    <Stack gap="md">
      <ProblemNote problem={problem} />
      {can(review, 'resolve') ? (
        <form onSubmit={resolve} aria-label={t('reviews.form_label', { name: isolated(review.name) })}>
          <Stack gap="sm">
            <Radio.Group
              value={choice}
              onChange={setChoice}
              label={t('reviews.candidates')}
              error={fieldError('/placeId')}
            >
              <Stack gap="sm" mt="xs">
                {review.candidates.map((candidate) => (
                  <Radio
                    key={candidate.placeId}
                    value={candidate.placeId}
                    label={<CandidateFacts candidate={candidate} />}
                    data-candidate={candidate.placeId}
                  />
                ))}
                {review.candidates.length === 0 ? <Text c="dimmed">{t('reviews.no_candidates')}</Text> : null}
                <Radio value="new" label={t('reviews.new_place')} />
              </Stack>
            </Radio.Group>
            {choice === 'new' ? (
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    required
                    label={t('reviews.new_place_name')}
                    value={place.name}
                    error={fieldError('/newPlace/name')}
                    onChange={(event) => setPlace({ ...place, name: event.currentTarget.value })}
                  />
                  <NativeSelect
                    required
                    label={t('filters.country')}
                    value={place.countryCode}
                    error={fieldError('/newPlace/countryCode')}
                    onChange={(event) => setPlace({ ...place, countryCode: event.currentTarget.value })}
                    data={[{ value: '', label: '—' }, ...countryOptions]}
                  />
                  <TextInput
                    label={t('reviews.latitude')}
                    inputMode="decimal"
                    value={place.latitude}
                    error={fieldError('/newPlace/latitude')}
                    onChange={(event) => setPlace({ ...place, latitude: event.currentTarget.value })}
                  />
                  <TextInput
                    label={t('reviews.longitude')}
                    inputMode="decimal"
                    value={place.longitude}
                    error={fieldError('/newPlace/longitude')}
                    onChange={(event) => setPlace({ ...place, longitude: event.currentTarget.value })}
                  />
                </SimpleGrid>
                <Text size="sm">
                  {review.source
                    ? t('reviews.new_place_source', { source: isolated(review.source.title) })
                    : t('reviews.new_place_no_source')}
                </Text>
              </Stack>
            ) : null}
            <Group>
              <Button type="submit" disabled={!choice || busy}>
                {t('reviews.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {can(review, 'dismiss') ? (
        <form onSubmit={dismiss} aria-label={t('reviews.dismiss_label', { name: isolated(review.name) })}>
          <Group align="end">
            <TextInput
              required
              style={{ flex: 1 }}
              label={t('reviews.dismiss_reason')}
              value={reason}
              error={fieldError('/reason')}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Button
              type="submit"
              variant="light"
              color="red"
              c="red.9"
              disabled={reason.trim() === '' || busy}
            >
              {t('reviews.dismiss')}
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}

/** One name as the file wrote it, the pairs waiting on it, its candidates, and the decision. */
function ReviewCard({ review, onSaved }: { review: Review; onSaved: (notice: Notice) => void }) {
  const t = useT();
  const deciding = can(review, 'resolve') || can(review, 'dismiss');
  return (
    <Card withBorder component="li" data-review={review.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              <Isolate>{review.name}</Isolate>
            </Title>
            <Text size="sm">
              {t('reviews.country_as_written', { country: isolated(review.country) })}
              {review.countryName ? (
                <>
                  {' · '}
                  <Isolate>{review.countryName}</Isolate>
                </>
              ) : (
                <>
                  {' · '}
                  {t('reviews.country_unknown')}
                </>
              )}
            </Text>
          </Stack>
          <Badge
            // Dark enough for white text (WCAG AA), as the statuses' colours are.
            color="#9a3412"
            variant="filled"
            radius="sm"
            tt="none"
            maw="none"
            styles={{ label: { overflow: 'visible' } }}
            data-reason={review.reason}
          >
            {t(REASON_LABELS[review.reason])}
          </Badge>
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('reviews.waiting', { count: review.partners.length })}
          </Text>
          <List size="sm">
            {review.partners.map((partner) => (
              <List.Item key={`${partner.name}|${partner.country}`}>
                <Isolate>{review.name}</Isolate>
                {' – '}
                <Isolate>{partner.name}</Isolate>
                {' · '}
                <Isolate>{partner.countryName ?? partner.country}</Isolate>
                {partner.underReview ? (
                  <Text span c="dimmed">
                    {' · '}
                    {t('reviews.partner_under_review')}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Stack>
        {review.source ? (
          <Text size="sm">
            {t('reviews.source')}{' '}
            {review.source.url ? (
              <Anchor href={review.source.url} target="_blank" rel="noreferrer" underline="always">
                <Isolate>{review.source.title}</Isolate>
              </Anchor>
            ) : (
              <Isolate>{review.source.title}</Isolate>
            )}
          </Text>
        ) : null}
        {review.status === 'resolved' && review.place ? (
          <Text>
            {t('reviews.resolved_as', { place: isolated(review.place.name) })}{' '}
            <IsoDate value={review.resolvedAt} />
          </Text>
        ) : null}
        {review.status === 'dismissed' ? (
          <Text>{t('reviews.dismissed_because', { reason: isolated(review.dismissReason ?? '') })}</Text>
        ) : null}
        {review.status === 'open' && deciding ? <Decide review={review} onSaved={onSaved} /> : null}
        {review.status === 'open' && !deciding ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('reviews.candidates')}
            </Text>
            {review.candidates.map((candidate) => (
              <CandidateFacts key={candidate.placeId} candidate={candidate} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The review list: filters, how many names, a page of them, and the way to the next page. */
export function ImportReviews() {
  const t = useT();
  usePageTitle(t('reviews.title'));
  const countryOptions = useCountryOptions();
  const [status, setStatus] = useState<Status>('open');
  const [country, setCountry] = useState('');
  const [q, setQ] = useState('');
  // The cursors of the pages before this one: the first page has none.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const cursor = cursors.at(-1);
  const loaded = useLoad(
    `import-reviews/${status}/${country}/${q}/${cursor ?? ''}/${round}`,
    () =>
      api.GET('/api/import-reviews', {
        params: {
          query: {
            status,
            limit: PAGE_SIZE,
            ...(country ? { country } : {}),
            ...(q ? { q } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    { keepWhileReloading: true },
  );
  const restart = () => setCursors([undefined]);
  const saved = (done: Notice) => {
    setNotice(done);
    setRound((value) => value + 1);
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('reviews.title')}</Title>
        <Text>{t('reviews.intro')}</Text>
      </Stack>
      <form
        aria-label={t('filters.label')}
        onSubmit={(event) => {
          event.preventDefault();
          setQ(String(new FormData(event.currentTarget).get('q') ?? '').trim());
          restart();
        }}
      >
        <Stack gap="sm">
          <Chip.Group
            value={status}
            onChange={(value) => {
              setStatus(oneOf(STATUSES, value) ?? 'open');
              restart();
            }}
          >
            <Group gap="xs" role="radiogroup" aria-label={t('reviews.filter_status')}>
              {STATUSES.map((value) => (
                <Chip key={value} value={value}>
                  {t(STATUS_LABELS[value])}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Group align="end">
            <NativeSelect
              label={t('filters.country')}
              value={country}
              onChange={(event) => {
                setCountry(event.currentTarget.value);
                restart();
              }}
              data={[{ value: '', label: t('reviews.all_countries') }, ...countryOptions]}
            />
            <TextInput name="q" label={t('reviews.search')} defaultValue={q} />
            <Button type="submit" variant="light">
              {t('reviews.search_submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {notice ? (
        <Alert color="green" role="status" title={t('reviews.saved')}>
          {notice.kind === 'resolved'
            ? t('reviews.saved_resolved', {
                name: isolated(notice.name),
                created: notice.created,
                held: notice.held,
              })
            : t('reviews.saved_dismissed', { name: isolated(notice.name) })}
        </Alert>
      ) : null}
      <Show loaded={loaded} skeleton="cards">
        {(page) => (
          <Stack gap="md">
            <Text fw={600} aria-live="polite">
              {t('reviews.count', { count: page.total })}
            </Text>
            {page.items.length === 0 ? <Text c="dimmed">{t('reviews.none')}</Text> : null}
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {page.items.map((review) => (
                // A name saved is drawn anew: its form starts from the record as it is now.
                <ReviewCard key={`${review.id}/${review.version}`} review={review} onSaved={saved} />
              ))}
            </Stack>
            <CursorPager
              cursors={cursors}
              setCursors={setCursors}
              nextCursor={page.nextCursor}
              labels={{ previous: t('reviews.previous'), next: t('reviews.next') }}
            />
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
