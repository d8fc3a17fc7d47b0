import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedNumber } from 'react-intl';
import { Link } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { SearchBox } from './SearchBox.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function Home() {
  const t = useT();
  usePageTitle(t('home.title'));
  const figures = useLoad('figures', () => api.GET('/api/figures'));
  const latest = useLoad('latest', () => api.GET('/api/agreements', { params: { query: { limit: 6 } } }));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg" c="gray.8">
          {t('home.lead')}
        </Text>
      </Stack>
      <SearchBox />
      <section aria-labelledby="figures-title">
        <Title order={2} size="h3" id="figures-title" mb="sm">
          {t('home.figures')}
        </Title>
        <Show loaded={figures} skeleton="cards">
          {(data) => (
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {(
                [
                  ['agreements', data.agreements, 'home.figure_agreements'],
                  ['organizations', data.organizations, 'home.figure_organizations'],
                  ['countries', data.countries, 'home.figure_countries'],
                  ['networks', data.networks, 'home.figure_networks'],
                ] as const
              ).map(([key, value, label]) => (
                <Card key={key} withBorder padding="md">
                  <Text fz={32} fw={700} c="jumelage.8">
                    <FormattedNumber value={value} />
                  </Text>
                  <Text size="sm">{t(label)}</Text>
                </Card>
              ))}
            </SimpleGrid>
          )}
        </Show>
      </section>
      <section aria-labelledby="latest-title">
        <Title order={2} size="h3" id="latest-title" mb="sm">
          {t('home.latest')}
        </Title>
        <Show loaded={latest} skeleton="rows">
          {(data) => <AgreementTable items={data.items} caption={t('home.latest')} />}
        </Show>
        <Anchor component={Link} to="/agreements" mt="sm" display="inline-block">
          {t('home.all_agreements')}
        </Anchor>
      </section>
    </Stack>
  );
}
