import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { THEMES } from '../../../src/agreements/rules.ts';
import { POPULATION_BANDS, REGIONS } from '../../../src/matchmaking/profile.ts';
import {
  languageName,
  populationBandLabel,
  reasonText,
  regionLabel,
} from '../../../src/matchmaking/reasons.ts';
import type { Reason } from '../../../src/matchmaking/recommender.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { displayName, type LocalizedText } from '../i18n/names.ts';
import { THEME_LABELS } from '../ui/labels.ts';
import { Country, IsoDate, Name, Show } from '../ui/parts.tsx';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { usePageTitle } from './usePageTitle.ts';

/*
 * "Find partners like us": the local authorities most like an authority and closest to it in the
 * twinning graph, each with why; and the partner-request board, where authorities say what they
 * offer or seek and others answer.
 */

type Filters = { country: string; region: string; size: string; theme: string };
const NO_FILTERS: Filters = { country: '', region: '', size: '', theme: '' };

export function PartnerSuggestionsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('partners.heading'));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const organization = useLoad(`organization/${id}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id } } }),
  );
  const query = {
    ...(/^[A-Z]{2}$/.test(filters.country) ? { country: filters.country } : {}),
    ...(filters.region ? { region: filters.region as (typeof REGIONS)[number] } : {}),
    ...(filters.size ? { size: filters.size as (typeof POPULATION_BANDS)[number] } : {}),
    ...(filters.theme ? { theme: filters.theme as (typeof THEMES)[number] } : {}),
  };
  const suggestions = useLoad(`partner-suggestions/${id}/${JSON.stringify(query)}`, () =>
    api.GET('/api/organizations/{id}/partner-suggestions', { params: { path: { id }, query } }),
  );
  const set = (field: keyof Filters) => (value: string | null) =>
    setFilters({ ...filters, [field]: value ?? '' });
  return (
    <Stack>
      <Title order={1}>{t('partners.heading')}</Title>
      <Show loaded={organization}>
        {(found) => (
          <Text>
            {t('partners.for')} <Name text={found.name} to={`/organizations/${found.id}`} />
          </Text>
        )}
      </Show>
      <Text c="dimmed">{t('partners.intro')}</Text>
      <Group align="end" role="search" aria-label={t('partners.filters')}>
        <TextInput
          label={t('partners.filter_country')}
          description={t('partners.filter_country_hint')}
          maxLength={2}
          w={140}
          value={filters.country}
          onChange={(event) => set('country')(event.currentTarget.value.toUpperCase())}
        />
        <Select
          label={t('partners.filter_region')}
          clearable
          value={filters.region || null}
          onChange={set('region')}
          data={REGIONS.filter((region) => region !== 'AN').map((region) => ({
            value: region,
            label: regionLabel(language, region),
          }))}
        />
        <Select
          label={t('partners.filter_size')}
          clearable
          value={filters.size || null}
          onChange={set('size')}
          data={POPULATION_BANDS.map((band) => ({ value: band, label: populationBandLabel(language, band) }))}
        />
        <Select
          label={t('partners.filter_theme')}
          clearable
          value={filters.theme || null}
          onChange={set('theme')}
          data={THEMES.map((theme) => ({ value: theme, label: t(THEME_LABELS[theme]) }))}
        />
      </Group>
      <Show loaded={suggestions}>
        {(found) => {
          const nameOf = (other: string) => {
            const named = found.named.find((organization) => organization.id === other);
            return named ? displayName(named.name as LocalizedText, language).text : undefined;
          };
          return found.items.length === 0 ? (
            <Text>{t('partners.none')}</Text>
          ) : (
            <Stack
              component="ol"
              gap="sm"
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('partners.results')}
            >
              {found.items.map((item) => (
                <Card component="li" key={item.organization.id} withBorder>
                  <Group gap="xs">
                    <Text fw={700}>
                      <Name text={item.organization.name} to={`/organizations/${item.organization.id}`} />
                    </Text>
                    <Text size="sm" c="dimmed">
                      <Country code={item.organization.countryCode} />
                    </Text>
                    {item.populationBand ? (
                      <Badge variant="light" color="gray">
                        {populationBandLabel(language, item.populationBand)}
                      </Badge>
                    ) : null}
                  </Group>
                  <List size="sm" mt="xs" aria-label={t('partners.why')}>
                    {item.reasons.map((reason) => (
                      <List.Item key={reason.code}>
                        {reasonText(language, reason as Reason, nameOf)}
                      </List.Item>
                    ))}
                  </List>
                </Card>
              ))}
            </Stack>
          );
        }}
      </Show>
      <Text>
        <Link to="/partner-requests">{t('partners.board_link')}</Link>
      </Text>
    </Stack>
  );
}

/** The organizations the signed-in user is an officer of, with their names. */
function useOfficerOrganizations(): Array<{ id: string; name: LocalizedText }> {
  const { user } = useSession();
  const ids = (user?.roles ?? [])
    .filter((role) => role.role === 'municipal_officer')
    .map((role) => role.scopeId);
  const key = ids.join(',');
  const [organizations, setOrganizations] = useState<Array<{ id: string; name: LocalizedText }>>([]);
  useEffect(() => {
    let live = true;
    Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map(async (id) => (await api.GET('/api/organizations/{id}', { params: { path: { id } } })).data),
    ).then((found) => {
      if (live)
        setOrganizations(
          found.flatMap((organization) =>
            organization ? [{ id: organization.id, name: organization.name }] : [],
          ),
        );
    });
    return () => {
      live = false;
    };
  }, [key]);
  return organizations;
}

const fieldError = (problem: Problem | null, field: string) =>
  problem?.errors?.find((error) => error.field === field)?.message ??
  (problem?.field === field ? problem.detail : undefined);

function PublishForm({ onPublished }: { onPublished(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const mine = useOfficerOrganizations();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('seek');
  const [themes, setThemes] = useState<string[]>([]);
  const [regions, setRegions] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  if (mine.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="publish-title">
      <Title order={2} size="h3" id="publish-title">
        {t('board.publish')}
      </Title>
      <form
        aria-label={t('board.publish')}
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const languages = String(form.get('languages') ?? '')
            .split(/[\s,،]+/)
            .map((code) => code.trim().toLowerCase())
            .filter(Boolean);
          const until = String(form.get('until') ?? '');
          const published = await send(
            api.POST('/api/partner-requests', {
              body: {
                organizationId: organizationId ?? mine[0]!.id,
                kind: (kind ?? 'seek') as 'seek' | 'offer',
                title: String(form.get('title') ?? ''),
                description: String(form.get('description') ?? ''),
                themes: themes as (typeof THEMES)[number][],
                regions: regions as (typeof REGIONS)[number][],
                languages,
                ...(until ? { until } : {}),
                visibility: form.get('members') ? 'members' : 'public',
              },
            }),
          );
          setProblem(published.problem ?? null);
          if (!published.problem) {
            setSent(true);
            onPublished();
          }
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('board.organization')}
            value={organizationId ?? mine[0]!.id}
            onChange={setOrganizationId}
            allowDeselect={false}
            data={mine.map((organization) => ({
              value: organization.id,
              label: displayName(organization.name, language).text,
            }))}
          />
          <Select
            label={t('board.kind')}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
            data={[
              { value: 'seek', label: t('board.kind_seek') },
              { value: 'offer', label: t('board.kind_offer') },
            ]}
          />
          <TextInput name="title" label={t('board.title')} required error={fieldError(problem, '/title')} />
          <Textarea name="description" label={t('board.description')} autosize minRows={2} />
          <Checkbox.Group label={t('board.themes')} value={themes} onChange={setThemes}>
            <Group gap="xs" mt={4}>
              {THEMES.map((theme) => (
                <Checkbox key={theme} value={theme} label={t(THEME_LABELS[theme])} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label={t('board.regions')} value={regions} onChange={setRegions}>
            <Group gap="xs" mt={4}>
              {REGIONS.filter((region) => region !== 'AN').map((region) => (
                <Checkbox key={region} value={region} label={regionLabel(language, region)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            name="languages"
            label={t('board.languages')}
            description={t('board.languages_hint')}
            error={problem?.errors?.find((error) => error.field?.startsWith('/languages'))?.message}
          />
          <TextInput
            name="until"
            type="date"
            label={t('board.until')}
            error={fieldError(problem, '/until')}
          />
          <Checkbox name="members" value="1" label={t('board.members_only')} />
          <ProblemNote problem={problem} />
          {sent && !problem ? <Alert color="green">{t('board.published')}</Alert> : null}
          <Group>
            <Button type="submit">{t('board.publish_submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function AnswerForm({
  requestId,
  requester,
  onAnswered,
}: {
  requestId: string;
  requester: string;
  onAnswered(): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const mine = useOfficerOrganizations().filter((organization) => organization.id !== requester);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (mine.length === 0) return null;
  return (
    <form
      aria-label={t('board.answer')}
      onSubmit={async (event) => {
        event.preventDefault();
        const element = event.currentTarget;
        const message = String(new FormData(element).get('message') ?? '');
        const answered = await send(
          api.POST('/api/partner-requests/{id}/answers', {
            params: { path: { id: requestId } },
            body: { organizationId: organizationId ?? mine[0]!.id, message },
          }),
        );
        setProblem(answered.problem ?? null);
        if (!answered.problem) {
          element.reset();
          onAnswered();
        }
      }}
    >
      <Stack gap="xs" mt="sm">
        {mine.length > 1 ? (
          <Select
            label={t('board.answer_for')}
            value={organizationId ?? mine[0]!.id}
            onChange={setOrganizationId}
            allowDeselect={false}
            data={mine.map((organization) => ({
              value: organization.id,
              label: displayName(organization.name, language).text,
            }))}
          />
        ) : null}
        <Textarea
          name="message"
          label={t('board.answer')}
          required
          autosize
          minRows={2}
          error={fieldError(problem, '/message')}
        />
        <ProblemNote problem={problem} />
        <Group>
          <Button type="submit" variant="light">
            {t('board.answer_submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PartnerBoard() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('board.heading'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((count) => count + 1);
  const requests = useLoad(`partner-requests/${version}`, () => api.GET('/api/partner-requests'), {
    keepWhileReloading: true,
  });
  return (
    <Stack>
      <Title order={1}>{t('board.heading')}</Title>
      <Text c="dimmed">{t('board.intro')}</Text>
      <PublishForm onPublished={reload} />
      <Show loaded={requests}>
        {(found) =>
          found.items.length === 0 ? (
            <Text>{t('board.none')}</Text>
          ) : (
            <Stack
              component="ul"
              gap="sm"
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('board.requests')}
            >
              {found.items.map((request) => (
                <Card component="li" key={request.id} withBorder>
                  <Group gap="xs">
                    <Badge color={request.kind === 'offer' ? 'teal' : 'indigo'}>
                      {t(request.kind === 'offer' ? 'board.kind_offer' : 'board.kind_seek')}
                    </Badge>
                    {request.visibility === 'members' ? (
                      <Badge variant="outline">{t('board.members_badge')}</Badge>
                    ) : null}
                    <Text fw={700}>{request.title}</Text>
                  </Group>
                  <Text size="sm">
                    <Name text={request.organization.name} to={`/organizations/${request.organization.id}`} />
                    {' · '}
                    <Country code={request.organization.countryCode} />
                  </Text>
                  {request.description ? <Text mt="xs">{request.description}</Text> : null}
                  <Group gap={4} mt="xs">
                    {request.themes.map((theme) => (
                      <Badge key={theme} variant="light" color="gray">
                        {t(THEME_LABELS[theme as (typeof THEMES)[number]] ?? theme)}
                      </Badge>
                    ))}
                    {request.regions.map((region) => (
                      <Badge key={region} variant="light">
                        {regionLabel(language, region)}
                      </Badge>
                    ))}
                    {request.languages.map((code) => (
                      <Badge key={code} variant="dot">
                        {languageName(language, code)}
                      </Badge>
                    ))}
                  </Group>
                  {request.until ? (
                    <Text size="sm" c="dimmed" mt="xs">
                      {t('board.until')} <IsoDate value={request.until} />
                    </Text>
                  ) : null}
                  {request.answers.length ? (
                    <Stack gap={4} mt="sm" aria-label={t('board.answers')}>
                      <Text fw={600} size="sm">
                        {t('board.answers')}
                      </Text>
                      {request.answers.map((answer) => (
                        <Text key={answer.id} size="sm">
                          <Name text={answer.organization.name} />: {answer.message}
                        </Text>
                      ))}
                    </Stack>
                  ) : null}
                  {request.allowedActions.includes('answer') ? (
                    <AnswerForm
                      requestId={request.id}
                      requester={request.organization.id}
                      onAnswered={reload}
                    />
                  ) : null}
                </Card>
              ))}
            </Stack>
          )
        }
      </Show>
    </Stack>
  );
}
