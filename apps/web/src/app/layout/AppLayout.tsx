import { AppShell, Burger, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNavigation } from './MainNavigation';
import { UserMenu } from './UserMenu';
import { ProductMark } from './ProductMark';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';

/** The shell around every signed-in page: header, navigation by role, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useEffect(close, [location.pathname, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 248, breakpoint: 'md', collapsed: { mobile: !opened } }} padding={0}>
      <a className="skip-link" href="#main-content">{t('app.skipToContent')}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')} aria-expanded={opened} aria-controls="main-navigation" />
            <UnstyledButton component={Link} to="/" style={{ minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap">
                <ProductMark />
                <Text fw={650} size="md" c="brand.8" truncate visibleFrom="sm">{t('app.productName')}</Text>
                <Text fw={650} size="md" c="brand.8" hiddenFrom="sm">{t('app.productShort')}</Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" p="sm" aria-label={t('app.mainNavigation')} style={{ overflowY: 'auto' }}>
        <MainNavigation />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="xl" px={{ base: 'sm', sm: 'lg' }} py={{ base: 'md', sm: 'xl' }}>
          {/* each page is loaded with its route (issue 16); the shell stays while it comes */}
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
        <Container size="xl" px={{ base: 'sm', sm: 'lg' }} pb="lg" component="footer">
          <Text size="xs" c="dimmed">{t('app.footer')}</Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
