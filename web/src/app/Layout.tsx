import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  NativeSelect,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from '../../../src/shared/languages.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { useSession } from './session.tsx';

function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <NativeSelect
      aria-label={t('nav.language')}
      size="xs"
      value={language}
      onChange={(event) => isUiLanguage(event.currentTarget.value) && setLanguage(event.currentTarget.value)}
      data={UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
    />
  );
}

/** How a form that has just saved a record says so on the page it moves on to (see `savedState`). */
export const savedState = { saved: true } as const;

/** Where a form moved on after saving: the page says it is saved, until the reader goes elsewhere. */
function SavedNotice() {
  const t = useT();
  const state = useLocation().state as Partial<typeof savedState> | null;
  if (state?.saved !== true) return null;
  return (
    <Alert role="status" color="green" variant="light" mb="md">
      {t('editor.saved')}
    </Alert>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { user, signOut } = useSession();
  const navLink = (to: string, label: string) => (
    <Anchor component={NavLink} to={to} end={to === '/'} c="white" fw={500} className="nav-link">
      {label}
    </Anchor>
  );
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Box component="header" bg="jumelage.8" py="sm">
        <Container size="lg">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to="/" c="white" fw={700} fz="lg" underline="never">
                Jumelage
              </Anchor>
              <Box component="nav" aria-label={t('nav.main')}>
                <Group gap="md" wrap="wrap">
                  {navLink('/', t('nav.home'))}
                  {navLink('/agreements', t('nav.agreements'))}
                  {navLink('/map', t('nav.map'))}
                  {navLink('/networks', t('nav.networks'))}
                  {user ? navLink('/workspace', t('nav.workspace')) : null}
                </Group>
              </Box>
            </Group>
            <Group gap="sm">
              <LanguageSwitch />
              {user ? (
                <Button size="xs" variant="white" onClick={() => void signOut()}>
                  {t('nav.sign_out')}
                  <VisuallyHidden> ({user.displayName})</VisuallyHidden>
                </Button>
              ) : (
                <Button size="xs" variant="white" component={Link} to="/sign-in">
                  {t('nav.sign_in')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      {/* At least a screen tall: the footer never jumps while a page's data arrives. */}
      <Container size="lg" component="main" id="main" py="lg" tabIndex={-1} mih="100vh">
        <SavedNotice />
        {children}
      </Container>
      <Box component="footer" py="lg" mt="xl" bg="gray.1">
        <Container size="lg">
          <Text size="sm" c="gray.8">
            {t('footer.credits_prefix')}{' '}
            <Anchor href="https://www.geonames.org/" c="jumelage.9">
              GeoNames
            </Anchor>{' '}
            (
            <Anchor href="https://creativecommons.org/licenses/by/4.0/" c="jumelage.9">
              CC BY 4.0
            </Anchor>
            ) · {t('footer.basemap')}{' '}
            <Anchor href="https://www.naturalearthdata.com/" c="jumelage.9">
              Natural Earth
            </Anchor>{' '}
            · {t('footer.open_data')}{' '}
            <Anchor href="/api/docs" c="jumelage.9">
              API
            </Anchor>
          </Text>
        </Container>
      </Box>
    </>
  );
}
