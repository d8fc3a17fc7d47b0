import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function NotFound() {
  const t = useT();
  usePageTitle(t('common.not_found'));
  return (
    <Stack>
      <Title order={1}>{t('common.not_found')}</Title>
      <Text>{t('common.not_found_text')}</Text>
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
    </Stack>
  );
}
