import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ROLES, type Role } from '../../../src/people/roles.ts';
import { directionOf, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { send } from '../api/send.ts';
import { savedState } from '../app/Layout.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Joined } from '../ui/bidi.tsx';
import { oneOf } from '../ui/forms.ts';
import { ROLE_LABELS, roleLabel } from '../ui/labels.ts';
import { MEMBERSHIP_STATUS_LABELS } from '../ui/membership-labels.ts';
import { IsoDate, Name, Show } from '../ui/parts.tsx';
import { OrganizationPicker, type PickedOrganization } from './OrganizationPicker.tsx';
import { ProblemNote } from './ProblemNote.tsx';

const NAME_LABELS = {
  ar: 'person_form.name_ar',
  fr: 'person_form.name_fr',
  en: 'person_form.name_en',
} as const;

/** Records a person: their name as they write it, in each script, and how to reach them. */
export function PersonForm() {
  const t = useT();
  usePageTitle(t('person_form.new'));
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const submission = useSubmissionKey();
  const fieldError = (field: string) => problem?.errors?.find((error) => error.field === field)?.message;
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => String(form.get(name) ?? '').trim();
        const names = Object.fromEntries(
          UI_LANGUAGES.flatMap((code) => (value(`name_${code}`) ? [[code, value(`name_${code}`)]] : [])),
        );
        const body = {
          name: value('name'),
          names,
          email: value('email') || null,
          phone: value('phone') || null,
        };
        const recorded = await send(api.POST('/api/people', { body, headers: submission.headers(body) }));
        if (recorded.problem) setProblem(recorded.problem);
        else {
          submission.settled();
          navigate(`/workspace/people/${recorded.data.id}`, { state: savedState });
        }
      }}
    >
      <Stack>
        <Title order={1}>{t('person_form.new')}</Title>
        <ProblemNote problem={problem} />
        <TextInput
          name="name"
          label={t('person_form.name')}
          description={t('person_form.name_hint')}
          required
          error={fieldError('/name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {UI_LANGUAGES.map((code) => (
            <TextInput
              key={code}
              name={`name_${code}`}
              label={t(NAME_LABELS[code])}
              lang={code}
              dir={directionOf(code)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput name="email" type="email" label={t('signin.email')} error={fieldError('/email')} />
          <TextInput name="phone" type="tel" label={t('person_form.phone')} error={fieldError('/phone')} />
        </SimpleGrid>
        <Group>
          <Button type="submit">{t('form.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A person, their posts and memberships, and a form to give them one more. */
export function PersonPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(
    `person/${id}/${version}`,
    () => api.GET('/api/people/{id}', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  const [organization, setOrganization] = useState<PickedOrganization | null>(null);
  const [role, setRole] = useState<Role>('mayor');
  const [startDate, setStartDate] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const membershipSubmission = useSubmissionKey();
  usePageTitle(t('person_form.person'));
  return (
    <Show loaded={loaded}>
      {(person) => (
        <Stack gap="xl">
          <Title order={1}>
            <Name text={{ ...person.names, en: person.names.en ?? person.name }} />
          </Title>
          <section aria-labelledby="posts-title">
            <Title order={2} size="h3" id="posts-title" mb="sm">
              {t('person_form.posts')}
            </Title>
            {person.memberships.length === 0 ? (
              <Text c="dimmed">{t('organization.no_people')}</Text>
            ) : (
              <List>
                {person.memberships.map((membership) => (
                  <List.Item key={membership.id}>
                    <Joined
                      items={[
                        t(roleLabel(membership.role)),
                        <IsoDate key="start" value={membership.startDate} />,
                      ]}
                    />
                    {membership.status !== 'active' && (
                      <Badge
                        ms="xs"
                        variant="light"
                        color={membership.status === 'invited' ? 'yellow' : 'gray'}
                      >
                        {t(MEMBERSHIP_STATUS_LABELS[membership.status])}
                      </Badge>
                    )}
                    {membership.status === 'invited' && (
                      <Group gap="xs" mt={4}>
                        {(['accept', 'decline'] as const).map((action) => (
                          <Button
                            key={action}
                            size="compact-sm"
                            variant={action === 'accept' ? 'light' : 'subtle'}
                            onClick={async () => {
                              const answered = await send(
                                api.POST('/api/memberships/{id}/transitions', {
                                  params: { path: { id: membership.id } },
                                  body: { action },
                                }),
                              );
                              setProblem(answered.problem ?? null);
                              if (!answered.problem) setVersion((v) => v + 1);
                            }}
                          >
                            {t(action === 'accept' ? 'membership.confirm' : 'membership.decline')}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
          <form
            aria-labelledby="add-post"
            onSubmit={async (event) => {
              event.preventDefault();
              if (!organization) return;
              const body = {
                organizationId: organization.id,
                personId: person.id,
                role,
                startDate: startDate || null,
              };
              const added = await send(
                api.POST('/api/memberships', { body, headers: membershipSubmission.headers(body) }),
              );
              setProblem(added.problem ?? null);
              if (!added.problem) {
                membershipSubmission.settled();
                setVersion((v) => v + 1);
              }
            }}
          >
            <Stack>
              <Title order={2} size="h3" id="add-post">
                {t('person_form.add_post')}
              </Title>
              <ProblemNote problem={problem} />
              <OrganizationPicker
                label={t('person_form.organization')}
                value={organization}
                onChange={setOrganization}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('person_form.role')}
                  value={role}
                  onChange={(event) => setRole(oneOf(ROLES, event.currentTarget.value) ?? role)}
                  data={ROLES.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
                />
                <TextInput
                  type="date"
                  label={t('person_form.since')}
                  value={startDate}
                  onChange={(event) => setStartDate(event.currentTarget.value)}
                />
              </SimpleGrid>
              <Group>
                <Button type="submit" variant="light" disabled={!organization}>
                  {t('person_form.add_post_submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </Show>
  );
}
