import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { can } from '../api/actions.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { type Sent, send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { roleLabel } from '../ui/labels.ts';
import { IsoDate, Name, Show } from '../ui/parts.tsx';
import { MemberStanding } from './MemberStanding.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * A network's secretariat manages it here: who its members are and who asks to join, who is
 * invited to its roles, which bodies it has. Each part shows only when the network says its
 * reader may take that action (allowedActions).
 */

type NetworkDetail = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/networks/{id}', { params: { path: { id: string } } }>>>['data']
>;

const LANGUAGE_LABELS: Record<(typeof UI_LANGUAGES)[number], string> = {
  ar: 'records.language_ar',
  fr: 'records.language_fr',
  en: 'records.language_en',
};

/** Loads the network, again after each change; `reload` asks for it. */
function useNetwork() {
  const { id = '' } = useParams();
  const [round, setRound] = useState(0);
  const network = useLoad(
    `manage-network/${id}/${round}`,
    () => api.GET('/api/networks/{id}', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  return { id, network, round, reload: () => setRound((value) => value + 1) };
}

/** The problem or the confirmation of one form, and its Idempotency-Key. */
function useOutcome() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const submission = useSubmissionKey();
  return {
    problem,
    done,
    headers: submission.headers,
    settle(answer: Sent<unknown>, element: HTMLFormElement | null, reload: () => void) {
      setDone(!answer.problem);
      setProblem(answer.problem ?? null);
      if (!answer.problem) {
        submission.settled();
        element?.reset();
        reload();
      }
    },
  };
}

function Saved({ done, text }: { done: boolean; text: string }) {
  return done ? (
    <Text c="green.8" role="status">
      {text}
    </Text>
  ) : null;
}

function Heading({ network, title }: { network: NetworkDetail; title: string }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={1}>{title}</Title>
      <Text>
        <Name text={network.name} to={`/networks/${network.id}`} />
      </Text>
      {can(network, 'manageMembers') && can(network, 'manageBodies') ? (
        <Group gap="md">
          <Anchor component={Link} to={`/workspace/networks/${network.id}/members`} underline="always">
            {t('manage.members')}
          </Anchor>
          <Anchor component={Link} to={`/workspace/networks/${network.id}/bodies`} underline="always">
            {t('manage.bodies')}
          </Anchor>
        </Group>
      ) : null}
    </Stack>
  );
}

function NotAllowed() {
  const t = useT();
  return (
    <Alert color="orange" title={t('manage.not_allowed_title')}>
      {t('manage.not_allowed')}
    </Alert>
  );
}

/** An organization named by its id (a request to join names only that). */
function OrganizationName({ id }: { id: string }) {
  const loaded = useLoad(`organization/${id}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id } } }),
  );
  return loaded.status === 'ready' ? <Name text={loaded.data.name} to={`/organizations/${id}`} /> : null;
}

/** The members of a network, the requests to join it, and invitations to its roles. */
export function NetworkMembers() {
  const t = useT();
  const { language } = useLanguage();
  const { id, network, round, reload } = useNetwork();
  const memberships = useLoad(
    `manage-network/${id}/memberships/${round}`,
    () => api.GET('/api/memberships', { params: { query: { organization: id } } }),
    { keepWhileReloading: true },
  );
  const answer = useOutcome();
  const invite = useOutcome();
  usePageTitle(t('manage.members'));
  const { hash } = useLocation();
  const ready = network.status === 'ready';
  // "Invite someone" on the network's page leads to the form itself, once it is drawn.
  useEffect(() => {
    if (ready && hash === '#invite') document.querySelector<HTMLInputElement>('#invite input')?.focus();
  }, [ready, hash]);
  return (
    <Show loaded={network}>
      {(detail) => {
        const requests =
          memberships.status === 'ready'
            ? memberships.data.filter(
                (membership) => membership.status === 'applied' && membership.memberOrganizationId,
              )
            : [];
        // Members admitted, suspended, gone or excluded, with what the reader may do with each.
        const standing =
          memberships.status === 'ready'
            ? memberships.data.filter(
                (membership) =>
                  membership.memberOrganizationId &&
                  ['active', 'suspended', 'left', 'excluded'].includes(membership.status),
              )
            : [];
        const waiting =
          memberships.status === 'ready'
            ? memberships.data.filter(
                (membership) => membership.status === 'invited' && membership.memberOrganizationId,
              )
            : [];
        const scopes = [
          { value: `network_secretariat:${detail.id}`, label: t('manage.invite_as_secretariat') },
          ...detail.bodies.map((body) => ({
            value: `council_member:${body.id}`,
            label: t('manage.invite_as_council_member', { body: pickText(body.name, language).text }),
          })),
          ...detail.members.flatMap((member) =>
            member.organization
              ? [
                  {
                    value: `municipal_officer:${member.organization.id}`,
                    label: t('manage.invite_as_officer', {
                      organization: pickText(member.organization.name, language).text,
                    }),
                  },
                ]
              : [],
          ),
        ];
        return (
          <Stack gap="xl">
            <Heading network={detail} title={t('manage.members')} />
            {!can(detail, 'manageMembers') && !can(detail, 'inviteMember') ? <NotAllowed /> : null}
            {can(detail, 'manageMembers') ? (
              <section aria-labelledby="requests-title">
                <Title order={2} size="h3" id="requests-title" mb="sm">
                  {t('manage.requests', { count: requests.length })}
                </Title>
                <ProblemNote problem={answer.problem} />
                <Saved done={answer.done} text={t('manage.answered')} />
                {requests.length === 0 ? <Text c="dimmed">{t('manage.no_requests')}</Text> : null}
                <List spacing="xs">
                  {requests.map((request) => (
                    <List.Item key={request.id}>
                      <Group gap="sm">
                        <OrganizationName id={request.memberOrganizationId!} />
                        <Button
                          size="xs"
                          onClick={async () =>
                            answer.settle(
                              await send(
                                api.POST('/api/memberships/{id}/transitions', {
                                  params: { path: { id: request.id } },
                                  body: { action: 'accept' },
                                }),
                              ),
                              null,
                              reload,
                            )
                          }
                        >
                          {t('manage.accept')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={async () =>
                            answer.settle(
                              await send(
                                api.POST('/api/memberships/{id}/transitions', {
                                  params: { path: { id: request.id } },
                                  body: { action: 'decline' },
                                }),
                              ),
                              null,
                              reload,
                            )
                          }
                        >
                          {t('manage.decline')}
                        </Button>
                      </Group>
                    </List.Item>
                  ))}
                </List>
                {waiting.length > 0 ? (
                  <>
                    <Text mt="sm">{t('manage.invited_organizations')}</Text>
                    <List>
                      {waiting.map((membership) => (
                        <List.Item key={membership.id}>
                          <OrganizationName id={membership.memberOrganizationId!} />
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
              </section>
            ) : null}
            <section aria-labelledby="current-members-title">
              <Title order={2} size="h3" id="current-members-title" mb="sm">
                {t('network.members', { count: detail.members.length })}
              </Title>
              <List spacing="xs">
                {detail.members.map((member) => (
                  <List.Item key={member.membershipId}>
                    <Group gap="xs">
                      {member.organization ? (
                        <Name
                          text={member.organization.name}
                          to={`/organizations/${member.organization.id}`}
                        />
                      ) : member.person ? (
                        <Name
                          text={{ ...member.person.names, en: member.person.names.en ?? member.person.name }}
                        />
                      ) : null}
                      <Badge size="sm" variant="light">
                        {t(roleLabel(member.role))}
                      </Badge>
                      {member.startDate ? (
                        <Text span size="sm" c="dimmed">
                          <IsoDate value={member.startDate} />
                        </Text>
                      ) : null}
                    </Group>
                  </List.Item>
                ))}
              </List>
            </section>
            {can(detail, 'manageMembers') && standing.length > 0 ? (
              <section aria-labelledby="standing-title">
                <Title order={2} size="h3" id="standing-title" mb="sm">
                  {t('membership.standing')}
                </Title>
                <List spacing="sm">
                  {standing.map((membership) => (
                    <List.Item key={membership.id}>
                      <OrganizationName id={membership.memberOrganizationId!} />
                      <MemberStanding membership={membership} onChanged={reload} />
                    </List.Item>
                  ))}
                </List>
              </section>
            ) : null}
            {can(detail, 'inviteMember') ? (
              <form
                id="invite"
                aria-labelledby="invite-title"
                onSubmit={async (event: FormEvent<HTMLFormElement>) => {
                  event.preventDefault();
                  const element = event.currentTarget;
                  const form = new FormData(element);
                  const [role, scopeId] = String(form.get('scope') ?? '').split(':') as [
                    'network_secretariat' | 'council_member' | 'municipal_officer',
                    string,
                  ];
                  const body = {
                    email: String(form.get('email') ?? '').trim(),
                    language: String(form.get('language') ?? language) as (typeof UI_LANGUAGES)[number],
                    grants: [{ role, scopeId }],
                  };
                  invite.settle(
                    await send(api.POST('/api/invitations', { body, headers: invite.headers(body) })),
                    element,
                    reload,
                  );
                }}
              >
                <Stack>
                  <Title order={2} size="h3" id="invite-title">
                    {t('manage.invite')}
                  </Title>
                  <ProblemNote problem={invite.problem} />
                  <TextInput name="email" type="email" required label={t('manage.invite_email')} />
                  <NativeSelect name="scope" label={t('manage.invite_role')} data={scopes} />
                  <NativeSelect
                    name="language"
                    label={t('manage.invite_language')}
                    defaultValue={language}
                    data={UI_LANGUAGES.map((code) => ({ value: code, label: t(LANGUAGE_LABELS[code]) }))}
                  />
                  <Group>
                    <Button type="submit">{t('manage.invite_submit')}</Button>
                    <Saved done={invite.done} text={t('manage.invited')} />
                  </Group>
                </Stack>
              </form>
            ) : null}
          </Stack>
        );
      }}
    </Show>
  );
}

/** The bodies of a network (council, bureau…), and a form to give it one. */
export function NetworkBodies() {
  const t = useT();
  const { language } = useLanguage();
  const { network, reload } = useNetwork();
  const add = useOutcome();
  usePageTitle(t('manage.bodies'));
  return (
    <Show loaded={network}>
      {(detail) => (
        <Stack gap="xl">
          <Heading network={detail} title={t('manage.bodies')} />
          {!can(detail, 'manageBodies') ? <NotAllowed /> : null}
          <List spacing="xs">
            {detail.bodies.map((body) => (
              <List.Item key={body.id}>
                <Group gap="xs">
                  <Name text={body.name} to={`/organizations/${body.id}`} />
                  <Text span size="sm" c="dimmed">
                    {t('network.seats', { count: body.members.length })}
                  </Text>
                  {can(detail, 'manageBodies') ? (
                    <Anchor component={Link} to={`/workspace/bodies/${body.id}`} underline="always">
                      {t('governance.manage_body')}
                    </Anchor>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
          {detail.bodies.length === 0 ? <Text c="dimmed">{t('manage.no_bodies')}</Text> : null}
          {can(detail, 'manageBodies') ? (
            <form
              aria-labelledby="add-body-title"
              onSubmit={async (event: FormEvent<HTMLFormElement>) => {
                event.preventDefault();
                const element = event.currentTarget;
                const name = String(new FormData(element).get('name') ?? '').trim();
                const body = { kind: 'body' as const, parentId: detail.id, name: { [language]: name } };
                add.settle(
                  await send(api.POST('/api/organizations', { body, headers: add.headers(body) })),
                  element,
                  reload,
                );
              }}
            >
              <Stack>
                <Title order={2} size="h3" id="add-body-title">
                  {t('manage.add_body')}
                </Title>
                <ProblemNote problem={add.problem} />
                <TextInput name="name" required label={t('manage.body_name')} />
                <Group>
                  <Button type="submit">{t('manage.add_body_submit')}</Button>
                  <Saved done={add.done} text={t('editor.saved')} />
                </Group>
              </Stack>
            </form>
          ) : null}
        </Stack>
      )}
    </Show>
  );
}
