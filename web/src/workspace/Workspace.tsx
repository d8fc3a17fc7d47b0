import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { useSession } from '../app/session.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Loading } from '../ui/parts.tsx';
import { AgreementEditor } from './AgreementEditor.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { NetworkBodies, NetworkMembers } from './NetworkManagement.tsx';
import { OrganizationForm } from './OrganizationForm.tsx';
import { PersonForm, PersonPage } from './PersonForm.tsx';

const TwoFactor = lazy(() => import('../account/TwoFactor.tsx'));

const ROLE_NAMES: Record<string, string> = {
  network_secretariat: 'workspace.role_network_secretariat',
  council_member: 'workspace.role_council_member',
  municipal_officer: 'workspace.role_municipal_officer',
  reviewer: 'workspace.role_reviewer',
};

export default function Workspace() {
  const { user, checked } = useSession();
  if (!checked) return <Loading />;
  if (!user) return <Navigate to="/sign-in" replace />;
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="agreements/new" element={<AgreementForm />} />
      <Route path="agreements/:id" element={<AgreementEditor />} />
      <Route path="organizations/new" element={<OrganizationForm />} />
      <Route path="organizations/:id" element={<OrganizationForm />} />
      <Route path="people/new" element={<PersonForm />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="two-factor" element={<TwoFactor />} />
      <Route path="networks/:id/members" element={<NetworkMembers />} />
      <Route path="networks/:id/bodies" element={<NetworkBodies />} />
    </Routes>
  );
}

function Home() {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('workspace.heading'));
  if (!user) return null;
  return (
    <Stack>
      <Title order={1}>{t('workspace.heading')}</Title>
      <Text>{t('workspace.welcome', { name: user.displayName })}</Text>
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
              <List.Item key={`${role.role}-${role.scopeId}`}>
                {t(ROLE_NAMES[role.role] ?? 'workspace.role_municipal_officer')} —{' '}
                <Anchor
                  component={Link}
                  underline="always"
                  to={
                    role.role === 'network_secretariat'
                      ? `/networks/${role.scopeId}`
                      : `/organizations/${role.scopeId}`
                  }
                >
                  {t('workspace.open_scope')}
                </Anchor>
              </List.Item>
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
        <Button component={Link} to="/workspace/two-factor" variant="subtle">
          {t('account.two_factor_heading')}
        </Button>
      </Group>
    </Stack>
  );
}
