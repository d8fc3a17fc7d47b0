import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import LinksMap from './LinksMap.tsx';

export default function MapPage() {
  const t = useT();
  usePageTitle(t('map.heading'));
  return (
    <Stack>
      <Title order={1}>{t('map.heading')}</Title>
      <Text>{t('map.lead')}</Text>
      <LinksMap label={t('map.heading')} />
    </Stack>
  );
}
