import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Country, Name, Show } from '../ui/parts.tsx';
import { ExportLinks, listExportHref } from './ExportLinks.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function NetworkList() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('network.heading'));
  const loaded = useLoad('networks', () => api.GET('/api/networks'));
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
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Show>
    </Stack>
  );
}
