import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Country, Name, Show } from '../ui/parts.tsx';
import { ExportLinks, listExportHref } from './ExportLinks.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function NetworkList() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('network.heading'));
  const { user } = useSession();
  // Asked again on signing in or out: what the reader may do with each network comes with it.
  const loaded = useLoad(`networks/${user?.id ?? ''}`, () => api.GET('/api/networks'), {
    keepWhileReloading: true,
  });
  return (
    <Stack>
      <Title order={1}>{t('network.heading')}</Title>
      <ExportLinks href={(format) => listExportHref('networks', {}, format, language)} />
      <Show loaded={loaded}>
        {(networks) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {networks.items.map((network) => (
              <Card key={network.id} withBorder>
                <Text fw={700}>
                  <Name text={network.name} to={`/networks/${network.id}`} />
                </Text>
                <Text size="sm" c="dimmed">
                  <Country code={network.countryCode} />
                </Text>
                {can(network, 'manageMembers') || can(network, 'inviteMember') ? (
                  <Button
                    component={Link}
                    to={`/workspace/networks/${network.id}/members`}
                    variant="light"
                    size="xs"
                    mt="sm"
                    w="fit-content"
                  >
                    {t('manage.members')}
                  </Button>
                ) : null}
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Show>
    </Stack>
  );
}
