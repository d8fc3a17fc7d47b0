import { Alert, Anchor, Badge, Button, Card, Chip, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { TO_DOS, type ToDo } from '../../../src/agreements/to-do.ts';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { displayName } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { isolated, Joined } from '../ui/bidi.tsx';
import { oneOf } from '../ui/forms.ts';
import { Name, Show, StatusBadge } from '../ui/parts.tsx';

/** Each role as a line naming what it is held for: "Municipal officer of Ivry-sur-Seine". */
const ROLE_LINES: Record<string, string> = {
  network_secretariat: 'workspace.role_line_network_secretariat',
  council_member: 'workspace.role_line_council_member',
  municipal_officer: 'workspace.role_line_municipal_officer',
  reviewer: 'workspace.role_line_reviewer',
};

export const TO_DO_LABELS: Record<ToDo, string> = {
  draft: 'workspace.todo_draft',
  awaiting_approval: 'workspace.todo_awaiting_approval',
  part_unsigned: 'workspace.todo_part_unsigned',
  no_signed_document: 'workspace.todo_no_signed_document',
  no_source: 'workspace.todo_no_source',
};

/** One role, with the name of the organization or network it is held for. */
function RoleLine({ role, scopeId }: { role: string; scopeId: string }) {
  const t = useT();
  const { language } = useLanguage();
  const scope = useLoad(`scope/${scopeId}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id: scopeId } } }),
  );
  const name = scope.status === 'ready' ? displayName(scope.data.name, language).text : '…';
  return (
    <List.Item>
      <Anchor
        component={Link}
        underline="always"
        to={role === 'network_secretariat' ? `/networks/${scopeId}` : `/organizations/${scopeId}`}
      >
        {t(ROLE_LINES[role] ?? 'workspace.role_line_municipal_officer', { organization: isolated(name) })}
      </Anchor>
    </List.Item>
  );
}

/** The agreements of the officer's organizations, each with what it still needs, filtered by need. */
function AgreementsToDo() {
  const t = useT();
  const loaded = useLoad('workspace/agreements', () => api.GET('/api/workspace/agreements'));
  const [filter, setFilter] = useState<ToDo | 'all'>('all');
  return (
    <section aria-labelledby="todo-title">
      <Title order={2} size="h3" id="todo-title" mb="xs">
        {t('workspace.agreements')}
      </Title>
      <Show loaded={loaded}>
        {({ items, truncated }) => {
          if (items.length === 0) return <Text c="dimmed">{t('workspace.no_agreements')}</Text>;
          const count = (toDo: ToDo) => items.filter((item) => item.toDos.includes(toDo)).length;
          const shown = filter === 'all' ? items : items.filter((item) => item.toDos.includes(filter));
          return (
            <Stack>
              <Chip.Group
                value={filter}
                onChange={(value) => setFilter(value === 'all' ? 'all' : (oneOf(TO_DOS, value) ?? 'all'))}
              >
                <Group gap="xs" role="radiogroup" aria-label={t('workspace.filter_label')}>
                  <Chip value="all">{t('workspace.filter_all', { count: items.length })}</Chip>
                  {TO_DOS.map((toDo) => (
                    <Chip key={toDo} value={toDo}>
                      {t('workspace.filter_count', { label: t(TO_DO_LABELS[toDo]), count: count(toDo) })}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {truncated ? <Text size="sm">{t('workspace.truncated', { count: items.length })}</Text> : null}
              {shown.length === 0 ? <Text c="dimmed">{t('workspace.no_match')}</Text> : null}
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {shown.map((item) => (
                  <Card withBorder component="li" key={item.id} data-agreement={item.id}>
                    <Group justify="space-between" align="start" wrap="nowrap">
                      <Stack gap={4}>
                        <Text fw={600}>
                          <Name text={item.title} to={`/workspace/agreements/${item.id}`} />
                        </Text>
                        <Text size="sm" c="dimmed">
                          <Joined
                            isolate={false}
                            items={item.parties.map((party) =>
                              party.organization ? (
                                <Name key={party.position} text={party.organization.name} />
                              ) : (
                                <Name key={party.position} text={party.description} />
                              ),
                            )}
                          />
                        </Text>
                        <Group gap={6}>
                          {item.toDos.length === 0 ? (
                            <Badge color="green" variant="light" c="dark.8">
                              {t('workspace.nothing_to_do')}
                            </Badge>
                          ) : (
                            item.toDos.map((toDo) => (
                              <Badge key={toDo} color="orange" variant="light" c="dark.8" data-todo={toDo}>
                                {t(TO_DO_LABELS[toDo])}
                              </Badge>
                            ))
                          )}
                        </Group>
                      </Stack>
                      <Stack gap="xs" align="end">
                        <StatusBadge status={item.status} />
                        <Button
                          component={Link}
                          to={`/workspace/agreements/${item.id}`}
                          size="xs"
                          variant="light"
                        >
                          {t('workspace.edit')}
                        </Button>
                      </Stack>
                    </Group>
                  </Card>
                ))}
              </Stack>
            </Stack>
          );
        }}
      </Show>
    </section>
  );
}

/** The way to the names an import left for review, for those who may settle them, with how many are open. */
function ImportReviewsLink() {
  const t = useT();
  const open = useLoad('workspace/import-reviews', () =>
    api.GET('/api/import-reviews', { params: { query: { status: 'open', limit: 1 } } }),
  );
  if (open.status !== 'ready' || !can(open.data, 'resolve')) return null;
  return (
    <Button component={Link} to="/workspace/import-reviews" variant="light">
      {t('workspace.import_reviews', { count: open.data.total })}
    </Button>
  );
}

/** The way to import a list of twinnings, for those the server lets import (its policy decides). */
function ImportLink() {
  const t = useT();
  const capabilities = useLoad('imports/agreements', () => api.GET('/api/imports/agreements'));
  if (capabilities.status !== 'ready' || !capabilities.data.allowedActions.includes('import')) return null;
  return (
    <Button component={Link} to="/workspace/import" variant="light">
      {t('workspace.import_agreements')}
    </Button>
  );
}

/** The way to the press review, for those the server lets submit articles. */
function PressLink() {
  const t = useT();
  const pending = useLoad('workspace/press', () =>
    api.GET('/api/press/articles', { params: { query: { pending: true, limit: 1 } } }),
  );
  if (pending.status !== 'ready' || !pending.data.allowedActions.includes('submit')) return null;
  return (
    <Button component={Link} to="/workspace/press" variant="light">
      {t('workspace.press')}
    </Button>
  );
}

/** The workspace's home: who the person works for, and what their agreements still need. */
export function WorkspaceHome() {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('workspace.heading'));
  if (!user) return null;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('workspace.heading')}</Title>
        <Text>{t('workspace.welcome', { name: user.displayName })}</Text>
      </Stack>
      {user.twoFactorRequired ? (
        <Alert color="orange" title={t('workspace.two_factor_title')}>
          {t('workspace.two_factor_text')}{' '}
          <Anchor component={Link} to="/workspace/two-factor" underline="always">
            {t('account.two_factor_heading')}
          </Anchor>
        </Alert>
      ) : null}
      <section aria-labelledby="roles-title">
        <Title order={2} size="h3" id="roles-title" mb="xs">
          {t('workspace.roles')}
        </Title>
        {user.roles.length === 0 && !user.isPlatformAdmin ? (
          <Text c="dimmed">{t('workspace.no_roles')}</Text>
        ) : (
          <List>
            {user.isPlatformAdmin ? <List.Item>{t('workspace.role_platform_admin')}</List.Item> : null}
            {user.roles.map((role) => (
              <RoleLine key={`${role.role}-${role.scopeId}`} role={role.role} scopeId={role.scopeId} />
            ))}
          </List>
        )}
      </section>
      <Group>
        <Button component={Link} to="/workspace/agreements/new">
          {t('workspace.new_agreement')}
        </Button>
        <Button component={Link} to="/workspace/organizations/new" variant="light">
          {t('workspace.new_organization')}
        </Button>
        <Button component={Link} to="/workspace/people/new" variant="light">
          {t('workspace.new_person')}
        </Button>
        {user.isPlatformAdmin || user.roles.length > 0 ? <ImportReviewsLink /> : null}
        <ImportLink />
        {user.isPlatformAdmin || user.roles.length > 0 ? <PressLink /> : null}
        <Button component={Link} to="/workspace/two-factor" variant="subtle">
          {t('account.two_factor_heading')}
        </Button>
      </Group>
      <AgreementsToDo />
    </Stack>
  );
}
