import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Chip,
  Combobox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  useCombobox,
} from '@mantine/core';
import countries from 'i18n-iso-countries';
import { Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ProposalEvidence } from '../../../src/ingestion/proposal-rules.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import type { components } from '../api/schema';
import { type DataOf, send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, displayName, languageName, pickText } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Isolate, isolated } from '../ui/bidi.tsx';
import { TYPE_LABELS } from '../ui/labels.ts';
import { IsoDate, Show } from '../ui/parts.tsx';
import { OrganizationPicker, type PickedOrganization } from './OrganizationPicker.tsx';
import { ArticleStatusBadge, autoDirection, ReadingProgress } from './PressArticles.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * One article under review: its text beside the agreements the extractor read in it. Selecting a
 * proposal marks the passages each of its fields was read from; the reviewer corrects the draft
 * (a party as another place, an organization or a new place with its country; the type, status,
 * date, place of signing and signatories), then accepts it, merges it into an agreement already
 * recorded, or rejects it with a reason.
 */

const loadArticle = (id: string) => api.GET('/api/press/articles/{id}', { params: { path: { id } } });
/** The article as the client reads it (its pairs as lists: the schema's tuples are not kept). */
type Article = DataOf<Awaited<ReturnType<typeof loadArticle>>>;
type Proposal = Article['proposals'][number];
type Draft = Proposal['draft'];
/** The draft as the API takes it back: always two parties. */
type SentDraft = components['schemas']['PressProposalDraft'];
type DraftParty = Draft['parties'][number];
type Passage = { start: number; end: number; text: string };
type Action = 'correct' | 'accept' | 'merge' | 'reject';

const AGREEMENT_TYPES = Object.keys(TYPE_LABELS) as Array<Draft['type']>;

const PRESS_STATUS_LABELS: Record<Draft['status'], string> = {
  signed: 'press.status_signed',
  renewed: 'press.status_renewed',
  announced_pending: 'press.status_announced_pending',
  planned: 'press.status_planned',
};

const PROPOSAL_STATUS_LABELS: Record<Proposal['status'], string> = {
  pending: 'press.proposal_pending',
  accepted: 'press.proposal_accepted',
  merged: 'press.proposal_merged',
  rejected: 'press.proposal_rejected',
};

const PROPOSAL_STATUS_COLORS: Record<Proposal['status'], string> = {
  pending: 'blue',
  accepted: 'green',
  merged: 'teal',
  rejected: 'gray',
};

/** A place the reviewer picked in the search, remembered to name it before the article is loaded again. */
interface KnownPlace {
  name: string;
  names?: Record<string, string | undefined>;
  countryCode: string;
}

function useCountryOptions() {
  const { language } = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);
}

/** Every passage a proposal's fields were read from: what the article text marks when it is selected. */
function passagesOf(evidence: ProposalEvidence | undefined): Passage[] {
  if (!evidence) return [];
  const passages: Array<Passage | null | undefined> = [
    ...(evidence.parties ?? []).map((party) => party?.passage),
    evidence.type?.passage,
    evidence.status?.passage,
    evidence.dateSigned?.passage,
    evidence.placeOfSigning?.passage,
    ...(evidence.signatories ?? []).map((signatory) => signatory?.passage),
  ];
  return passages.filter((passage): passage is Passage => Boolean(passage && passage.end > passage.start));
}

/** The text cut at the passages (overlapping ones joined), each passage marked. */
function markedText(text: string, passages: Passage[]): ReactNode[] {
  const ranges = [...passages]
    .map((passage) => ({ start: Math.max(0, passage.start), end: Math.min(text.length, passage.end) }))
    .sort((a, b) => a.start - b.start);
  const joined: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else joined.push({ ...range });
  }
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const range of joined) {
    if (range.start > at) pieces.push(text.slice(at, range.start));
    pieces.push(
      <mark key={range.start} data-passage={`${range.start}-${range.end}`}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** A place search (any name in any script), as the registry's place search answers it. */
function PlacePicker(props: {
  label: string;
  onPick(place: { id: string } & KnownPlace): void;
  error?: string | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  const combobox = useCombobox();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<components['schemas']['PlaceMatch'][]>([]);
  const latest = useRef(0);
  const dropdown = useRef(combobox);
  dropdown.current = combobox;

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const { data } = await api.GET('/api/places', { params: { query: { q, limit: 8 } } });
      if (ticket !== latest.current || !data) return;
      setOptions(data.items);
      dropdown.current.openDropdown();
    }, 180);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const chosen = options.find((option) => option.id === id);
        if (chosen) {
          props.onPick({
            id: chosen.id,
            name: chosen.name,
            names: chosen.names,
            countryCode: chosen.countryCode,
          });
          setQuery(pickText(chosen.names, language).text || chosen.name);
        }
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          type="search"
          label={props.label}
          value={query}
          error={props.error}
          placeholder={t('press.place_placeholder')}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options>
          {options.map((option) => (
            <Combobox.Option value={option.id} key={option.id}>
              <Text size="sm">
                <Isolate>{pickText(option.names, language).text || option.name}</Isolate>{' '}
                <Text span size="xs" c="dimmed">
                  <Isolate>{countryName(option.countryCode, language)}</Isolate>
                </Text>
              </Text>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

type PartyMode = 'place' | 'organization' | 'new';

/** One side of the agreement as resolved, and the ways to change it. */
function PartyField(props: {
  index: 0 | 1;
  party: DraftParty;
  article: Article;
  known: Record<string, KnownPlace>;
  organizations: Record<string, PickedOrganization>;
  editable: boolean;
  error(field: string): string | undefined;
  onChange(party: DraftParty): void;
  onPlace(id: string, place: KnownPlace): void;
  onOrganization(organization: PickedOrganization): void;
}) {
  const { index, party, article, known, organizations, editable, error, onChange } = props;
  const t = useT();
  const { language } = useLanguage();
  const countryOptions = useCountryOptions();
  const [changing, setChanging] = useState<PartyMode | null>(null);
  const base = `/draft/parties/${index}`;
  const place = party.placeId ? (known[party.placeId] ?? article.places[party.placeId]) : null;
  const organization = party.organizationId
    ? (organizations[party.organizationId] ??
      (article.organizations[party.organizationId]
        ? { id: party.organizationId, ...article.organizations[party.organizationId]! }
        : null))
    : null;
  const label = t('press.party', { number: index + 1 });

  let resolved: ReactNode;
  if (organization)
    resolved = (
      <>
        <Isolate>{displayName(organization.name, language).text}</Isolate>
        {organization.countryCode ? (
          <>
            {' · '}
            {countryName(organization.countryCode, language)}
          </>
        ) : null}
      </>
    );
  else if (place)
    resolved = (
      <>
        <Isolate>{place.names ? pickText(place.names, language).text || place.name : place.name}</Isolate>
        {' · '}
        {countryName(place.countryCode, language)}
      </>
    );
  else if (party.newPlace)
    resolved = t('press.new_place', {
      name: isolated(party.newPlace.name),
      country: party.newPlace.countryCode
        ? countryName(party.newPlace.countryCode, language)
        : t('press.country_missing'),
    });
  else resolved = t('press.party_unresolved');

  return (
    <Stack gap={6} data-party={index}>
      <Text size="sm" fw={600}>
        {label}
        {' · '}
        <Text span size="sm" fw={400} c="dimmed">
          {t('press.written', { name: isolated(party.written) })}
        </Text>
      </Text>
      <Text data-resolved={organization ? 'organization' : place ? 'place' : party.newPlace ? 'new' : 'none'}>
        {resolved}
      </Text>
      {error(base) ? (
        <Text size="sm" c="red.9" role="alert">
          {error(base)}
        </Text>
      ) : null}
      {editable && party.newPlace && !changing ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('press.new_place_name', { party: index + 1 })}
            value={party.newPlace.name}
            error={error(`${base}/newPlace/name`)}
            ref={autoDirection}
            onChange={(event) =>
              onChange({ ...party, newPlace: { ...party.newPlace!, name: event.currentTarget.value } })
            }
          />
          <NativeSelect
            label={t('press.new_place_country', { party: index + 1 })}
            value={party.newPlace.countryCode ?? ''}
            error={error(`${base}/newPlace/countryCode`)}
            onChange={(event) =>
              onChange({
                ...party,
                newPlace: { ...party.newPlace!, countryCode: event.currentTarget.value || null },
              })
            }
            data={[{ value: '', label: '—' }, ...countryOptions]}
          />
        </SimpleGrid>
      ) : null}
      {editable ? (
        <Stack gap={6}>
          <Chip.Group
            value={changing ?? ''}
            onChange={(value) => {
              const mode = value as PartyMode;
              setChanging(mode);
              if (mode === 'new')
                onChange({
                  ...party,
                  organizationId: null,
                  placeId: null,
                  newPlace: party.newPlace ?? { name: party.written, countryCode: null },
                });
            }}
          >
            <Group gap="xs" role="radiogroup" aria-label={t('press.change_party', { party: index + 1 })}>
              <Chip size="xs" value="place">
                {t('press.change_place')}
              </Chip>
              <Chip size="xs" value="organization">
                {t('press.change_organization')}
              </Chip>
              <Chip size="xs" value="new">
                {t('press.change_new')}
              </Chip>
            </Group>
          </Chip.Group>
          {changing === 'place' ? (
            <PlacePicker
              label={t('press.pick_place', { party: index + 1 })}
              onPick={(picked) => {
                props.onPlace(picked.id, picked);
                onChange({ ...party, placeId: picked.id, organizationId: null, newPlace: null });
                setChanging(null);
              }}
            />
          ) : null}
          {changing === 'organization' ? (
            <OrganizationPicker
              label={t('press.pick_organization', { party: index + 1 })}
              value={null}
              onChange={(picked) => {
                if (!picked) return;
                props.onOrganization(picked);
                onChange({ ...party, organizationId: picked.id, placeId: null, newPlace: null });
                setChanging(null);
              }}
            />
          ) : null}
          {changing === 'new' ? (
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setChanging(null)}>
                {t('press.change_done')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** "03-14" as the reader says a day and month. */
function partialDate(value: string, language: string): string {
  const [month, day] = value.split('-').map(Number);
  if (!month || !day) return value;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, day)),
  );
}

/** The proposal's draft, editable for a reviewer: every field, and the signatories. */
function DraftFields(props: {
  draft: Draft;
  article: Article;
  known: Record<string, KnownPlace>;
  organizations: Record<string, PickedOrganization>;
  editable: boolean;
  error(field: string): string | undefined;
  onChange(draft: Draft): void;
  onPlace(id: string, place: KnownPlace): void;
  onOrganization(organization: PickedOrganization): void;
}) {
  const { draft, editable, error, onChange } = props;
  const t = useT();
  const { language } = useLanguage();
  const setParty = (index: 0 | 1) => (party: DraftParty) => {
    const parties = [...draft.parties];
    parties[index] = party;
    onChange({ ...draft, parties });
  };
  const setSignatory = (index: number, changes: Partial<Draft['signatories'][number]>) =>
    onChange({
      ...draft,
      signatories: draft.signatories.map((signatory, at) =>
        at === index ? { ...signatory, ...changes } : signatory,
      ),
    });
  const partyName = (index: 0 | 1) => draft.parties[index]?.written ?? '';

  return (
    <Stack gap="sm">
      {([0, 1] as const).map((index) => {
        const party = draft.parties[index];
        return party ? (
          <PartyField
            key={index}
            index={index}
            party={party}
            article={props.article}
            known={props.known}
            organizations={props.organizations}
            editable={editable}
            error={error}
            onChange={setParty(index)}
            onPlace={props.onPlace}
            onOrganization={props.onOrganization}
          />
        ) : null;
      })}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('press.type')}
          value={draft.type}
          disabled={!editable}
          error={error('/draft/type')}
          onChange={(event) => onChange({ ...draft, type: event.currentTarget.value as Draft['type'] })}
          data={AGREEMENT_TYPES.map((type) => ({ value: type, label: t(TYPE_LABELS[type]) }))}
        />
        <NativeSelect
          label={t('press.status')}
          value={draft.status}
          disabled={!editable}
          error={error('/draft/status')}
          onChange={(event) => onChange({ ...draft, status: event.currentTarget.value as Draft['status'] })}
          data={(Object.keys(PRESS_STATUS_LABELS) as Array<Draft['status']>).map((status) => ({
            value: status,
            label: t(PRESS_STATUS_LABELS[status]),
          }))}
        />
        <TextInput
          type="date"
          label={t('press.signed_on')}
          value={draft.signedOn ?? ''}
          disabled={!editable}
          error={error('/draft/signedOn')}
          description={
            draft.datePartial
              ? t('press.date_partial', { date: partialDate(draft.datePartial, language) })
              : undefined
          }
          onChange={(event) => onChange({ ...draft, signedOn: event.currentTarget.value || null })}
        />
        <TextInput
          label={t('press.place_of_signing')}
          value={draft.placeOfSigning ?? ''}
          disabled={!editable}
          error={error('/draft/placeOfSigning')}
          ref={autoDirection}
          onChange={(event) => onChange({ ...draft, placeOfSigning: event.currentTarget.value || null })}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('press.signatories')}
        </Text>
        {draft.signatories.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('press.no_signatories')}
          </Text>
        ) : null}
        {draft.signatories.map((signatory, index) => (
          // Signatories have no identity of their own until recorded: their place in the list is it.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Card key={index} withBorder p="xs" data-signatory={index}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('press.signatory_name', { number: index + 1 })}
                value={signatory.name}
                disabled={!editable}
                ref={autoDirection}
                error={error(`/draft/signatories/${index}/name`)}
                onChange={(event) => setSignatory(index, { name: event.currentTarget.value })}
              />
              <TextInput
                label={t('press.signatory_role', { number: index + 1 })}
                value={signatory.role ?? ''}
                disabled={!editable}
                ref={autoDirection}
                onChange={(event) => setSignatory(index, { role: event.currentTarget.value || null })}
              />
              <NativeSelect
                label={t('press.signatory_party', { number: index + 1 })}
                value={signatory.party === null ? '' : String(signatory.party)}
                disabled={!editable}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setSignatory(index, { party: value === '' ? null : (Number(value) as 0 | 1) });
                }}
                data={[
                  { value: '', label: t('press.signatory_no_party') },
                  { value: '0', label: partyName(0) },
                  { value: '1', label: partyName(1) },
                ]}
              />
              <Group align="end" justify="space-between">
                <Checkbox
                  label={t('press.signatory_witness')}
                  checked={signatory.witness}
                  disabled={!editable}
                  onChange={(event) => setSignatory(index, { witness: event.currentTarget.checked })}
                />
                {editable ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('press.signatory_remove', { number: index + 1 })}
                    onClick={() =>
                      onChange({ ...draft, signatories: draft.signatories.filter((_, at) => at !== index) })
                    }
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            </SimpleGrid>
          </Card>
        ))}
        {editable ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                onChange({
                  ...draft,
                  signatories: [...draft.signatories, { name: '', role: null, party: null, witness: false }],
                })
              }
            >
              {t('press.signatory_add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Stack>
  );
}

/** One proposal: the draft to correct, agreements it may repeat, and the decisions. */
function ProposalCard(props: {
  proposal: Proposal;
  number: number;
  article: Article;
  selected: boolean;
  onSelect(): void;
  onDecided(): void;
}) {
  const { proposal, article, selected } = props;
  const t = useT();
  const { language } = useLanguage();
  const may = (action: Action) => article.allowedActions.includes(action);
  const pending = proposal.status === 'pending';
  const editable = pending && may('correct');
  const [draft, setDraft] = useState<Draft>(proposal.draft);
  const [known, setKnown] = useState<Record<string, KnownPlace>>({});
  const [organizations, setOrganizations] = useState<Record<string, PickedOrganization>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const error = (field: string) =>
    problem?.errors?.find((entry) => entry.field === field)?.message ??
    (problem?.field === field ? problem.detail : undefined);

  const decide = async (
    call: () => Promise<{ data?: unknown; problem?: Problem }>,
    after: 'saved' | 'decided',
  ) => {
    setBusy(true);
    setSaved(false);
    const answer = await call();
    setBusy(false);
    setProblem(answer.problem ?? null);
    if (answer.problem) return;
    if (after === 'saved') setSaved(true);
    props.onDecided();
  };
  const id = { params: { path: { id: proposal.id } } };
  const correct = () =>
    decide(
      () =>
        send(
          api.PUT('/api/press/proposals/{id}/draft', {
            ...id,
            body: { version: proposal.version, draft: draft as SentDraft },
          }),
        ),
      'saved',
    );
  const accept = () =>
    decide(
      () =>
        send(
          api.POST('/api/press/proposals/{id}/accept', {
            ...id,
            body: { version: proposal.version, ...(editable ? { draft: draft as SentDraft } : {}) },
          }),
        ),
      'decided',
    );
  const merge = (agreementId: string) =>
    decide(
      () =>
        send(
          api.POST('/api/press/proposals/{id}/merge', {
            ...id,
            body: { version: proposal.version, agreementId },
          }),
        ),
      'decided',
    );
  const reject = () =>
    decide(
      () =>
        send(
          api.POST('/api/press/proposals/{id}/reject', {
            ...id,
            body: { version: proposal.version, reason },
          }),
        ),
      'decided',
    );

  const titleId = `proposal-${proposal.id}`;
  return (
    <Card
      withBorder
      component="li"
      data-proposal={proposal.id}
      data-status={proposal.status}
      aria-labelledby={titleId}
      style={selected ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Stack gap={2}>
            <Title order={3} size="h4" id={titleId}>
              {t('press.proposal_heading', { number: props.number })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('press.confidence', { value: proposal.confidence / 100 })}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge color={PROPOSAL_STATUS_COLORS[proposal.status]} variant="light" c="dark.8">
              {t(PROPOSAL_STATUS_LABELS[proposal.status])}
            </Badge>
            <Button
              size="xs"
              variant={selected ? 'filled' : 'light'}
              aria-pressed={selected}
              onClick={props.onSelect}
            >
              {t('press.show_passages')}
            </Button>
          </Group>
        </Group>

        {proposal.status === 'accepted' || proposal.status === 'merged' ? (
          <Alert color="green" data-outcome={proposal.status}>
            <Stack gap={4}>
              <Text size="sm">
                {t(proposal.status === 'accepted' ? 'press.outcome_accepted' : 'press.outcome_merged')}
                {proposal.reviewedAt ? (
                  <>
                    {' · '}
                    <IsoDate value={proposal.reviewedAt} />
                  </>
                ) : null}
              </Text>
              {proposal.agreementId ? (
                <Anchor component={Link} to={`/agreements/${proposal.agreementId}`} underline="always">
                  {t('press.see_agreement')}
                </Anchor>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {proposal.status === 'rejected' ? (
          <Alert color="gray" data-outcome="rejected">
            <Text size="sm" c="dark.8">
              {t('press.outcome_rejected', { reason: isolated(proposal.rejectionReason ?? '') })}
            </Text>
          </Alert>
        ) : null}

        <DraftFields
          draft={draft}
          article={article}
          known={known}
          organizations={organizations}
          editable={editable}
          error={error}
          onChange={(next) => {
            setDraft(next);
            setSaved(false);
          }}
          onPlace={(placeId, place) => setKnown((current) => ({ ...current, [placeId]: place }))}
          onOrganization={(organization) =>
            setOrganizations((current) => ({ ...current, [organization.id]: organization }))
          }
        />

        {pending && proposal.duplicates.length > 0 ? (
          <Stack gap={4} data-duplicates>
            <Text size="sm" fw={600}>
              {t('press.duplicates')}
            </Text>
            <List size="sm" spacing={6}>
              {proposal.duplicates.map((duplicate) => (
                <List.Item key={duplicate.agreementId}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/agreements/${duplicate.agreementId}`} underline="always">
                      <Isolate>{displayName(duplicate.title, language).text}</Isolate>
                    </Anchor>
                    {duplicate.signedOn ? (
                      <Text span size="sm" c="dimmed">
                        <IsoDate value={duplicate.signedOn} />
                      </Text>
                    ) : null}
                    {may('merge') ? (
                      <Button
                        size="xs"
                        variant="light"
                        disabled={busy}
                        onClick={() => merge(duplicate.agreementId)}
                      >
                        {t('press.merge_into')}
                      </Button>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}

        <ProblemNote problem={problem} />
        {saved ? (
          <Text size="sm" role="status">
            {t('press.correction_saved')}
          </Text>
        ) : null}

        {pending && (may('accept') || may('correct') || may('reject')) ? (
          <Group>
            {may('accept') ? (
              <Button onClick={accept} disabled={busy}>
                {t('press.accept')}
              </Button>
            ) : null}
            {may('correct') ? (
              <Button variant="light" onClick={correct} disabled={busy}>
                {t('press.save_correction')}
              </Button>
            ) : null}
            {may('reject') && !rejecting ? (
              <Button
                variant="light"
                color="red"
                c="red.9"
                onClick={() => setRejecting(true)}
                disabled={busy}
              >
                {t('press.reject')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {pending && rejecting ? (
          <form
            aria-label={t('press.reject_label', { number: props.number })}
            onSubmit={(event) => {
              event.preventDefault();
              void reject();
            }}
          >
            <Group align="end">
              <TextInput
                required
                style={{ flex: 1 }}
                label={t('press.reject_reason')}
                value={reason}
                error={error('/reason')}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
              <Button type="submit" color="red" disabled={busy || reason.trim() === ''}>
                {t('press.reject_confirm')}
              </Button>
              <Button variant="subtle" onClick={() => setRejecting(false)}>
                {t('press.cancel')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The article's text, with the selected proposal's passages marked. */
function ArticleText({ article, passages }: { article: Article; passages: Passage[] }) {
  const t = useT();
  return (
    <Card withBorder component="section" aria-labelledby="press-text-title">
      <Title order={2} size="h3" id="press-text-title" mb="xs">
        {t('press.article_text')}
      </Title>
      <Text
        component="div"
        lang={article.language}
        dir={article.language === 'ar' ? 'rtl' : 'ltr'}
        style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}
        data-article-text
      >
        {markedText(article.text, passages).map((piece, index) =>
          // The pieces of one text, in order: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          typeof piece === 'string' ? <Fragment key={`text-${index}`}>{piece}</Fragment> : piece,
        )}
      </Text>
    </Card>
  );
}

function ReviewPage({ article, onDecided }: { article: Article; onDecided(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const firstPending =
    article.proposals.find((proposal) => proposal.status === 'pending') ?? article.proposals[0];
  const [selected, setSelected] = useState<string | null>(firstPending?.id ?? null);
  const chosen = article.proposals.find((proposal) => proposal.id === selected);
  const reading = article.job && ['queued', 'running'].includes(article.job.status) ? article.job : null;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to="/workspace/press" size="sm" underline="always">
          {t('press.back')}
        </Anchor>
        <Group justify="space-between" align="start">
          <Title order={1} lang={article.language} dir="auto">
            {article.title}
          </Title>
          <ArticleStatusBadge status={article.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {[
            article.publisher ? <Isolate key="publisher">{article.publisher}</Isolate> : null,
            article.published ? <IsoDate key="published" value={article.published} /> : null,
            <span key="language">{languageName(article.language, language)}</span>,
            article.url ? (
              <Anchor key="url" href={article.url} rel="noopener noreferrer" size="sm" underline="always">
                {t('press.original')}
              </Anchor>
            ) : null,
          ]
            .filter(Boolean)
            .flatMap((item, index) => (index === 0 ? [item] : [' · ', item]))}
        </Text>
        {reading ? <ReadingProgress job={reading} label={t('press.reading_label')} /> : null}
        {article.status === 'failed' && article.error ? (
          <Alert color="red" title={t('press.reading_failed')}>
            {article.error}
          </Alert>
        ) : null}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Stack gap="md">
            <ArticleText
              article={article}
              passages={passagesOf(chosen?.evidence as ProposalEvidence | undefined)}
            />
          </Stack>
        </div>
        <div>
          <Stack gap="md">
            <section aria-labelledby="press-proposals-title">
              <Title order={2} size="h3" id="press-proposals-title" mb="xs">
                {t('press.proposals', { count: article.proposals.length })}
              </Title>
              {article.proposals.length === 0 ? (
                <Text c="dimmed">
                  {article.status === 'queued' ? t('press.reading_queued') : t('press.no_proposals')}
                </Text>
              ) : null}
              <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {article.proposals.map((proposal, index) => (
                  // A proposal saved keeps its form (the draft as the reviewer left it, now saved) and its notice.
                  <ProposalCard
                    key={proposal.id}
                    proposal={proposal}
                    number={index + 1}
                    article={article}
                    selected={proposal.id === selected}
                    onSelect={() => {
                      setSelected(proposal.id);
                      // The first passage marked is brought into view, above the proposals on a phone.
                      requestAnimationFrame(() =>
                        document
                          .querySelector('[data-article-text] mark')
                          ?.scrollIntoView({ block: 'nearest' }),
                      );
                    }}
                    onDecided={onDecided}
                  />
                ))}
              </Stack>
            </section>
            {article.background.length > 0 ? (
              <section aria-labelledby="press-background-title" data-background>
                <Title order={2} size="h3" id="press-background-title" mb={4}>
                  {t('press.background')}
                </Title>
                <Text size="sm" mb="xs">
                  {t('press.background_hint')}
                </Text>
                <List spacing="xs">
                  {article.background.map((relationship) => (
                    <List.Item key={`${relationship.passage.start}-${relationship.parties.join('|')}`}>
                      <Text fw={600} lang={article.language} dir="auto">
                        {relationship.parties[0]} – {relationship.parties[1]}
                      </Text>
                      <Text size="sm" c="dimmed" lang={article.language} dir="auto">
                        {relationship.passage.text}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </section>
            ) : null}
          </Stack>
        </div>
      </SimpleGrid>
    </Stack>
  );
}

/** The workspace's page of one article under review. */
export function PressArticleReview() {
  const t = useT();
  const { sourceId = '' } = useParams();
  const [round, setRound] = useState(0);
  const loaded = useLoad(`press/article/${sourceId}/${round}`, () => loadArticle(sourceId), {
    keepWhileReloading: true,
  });
  const title = loaded.status === 'ready' ? loaded.data.title : t('press.heading');
  usePageTitle(title);
  const queued = loaded.status === 'ready' && loaded.data.status === 'queued';
  // While the article is being read, its page asks again until the proposals are there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer still queued asks once more
  useEffect(() => {
    if (!queued) return;
    const timer = setTimeout(() => setRound((value) => value + 1), 1000);
    return () => clearTimeout(timer);
  }, [queued, round]);
  return (
    <Show loaded={loaded}>
      {(article) => <ReviewPage article={article} onDecided={() => setRound((value) => value + 1)} />}
    </Show>
  );
}
