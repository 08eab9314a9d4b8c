import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/session';
import { housingFirstOf, type HousingFirstAbilities } from '../housing-first.api';

interface Item { to: string; label: string; icon: string; visible: (a: HousingFirstAbilities) => boolean; also?: string[] }

/** The Housing First part of the main navigation, from the `housingFirst` abilities of GET /api/auth/me. */
export function HousingFirstNavigation() {
  const { t } = useTranslation();
  const abilities = housingFirstOf(useMe());
  const { pathname } = useLocation();
  const items: Item[] = [
    { to: '/hf/worklist', label: t('hf.nav.worklist'), icon: 'M9 5h11M9 12h11M9 19h11M4 5h.01M4 12h.01M4 19h.01', visible: (a) => a.municipalWorklist, also: ['/hf/first-contacts', '/hf/applications'] },
    { to: '/hf/waiting-list', label: t('hf.nav.waitingList'), icon: 'M4 6h16M4 12h10M4 18h6M18 14v6m-3-3h6', visible: (a) => a.waitingList, also: abilities.municipalWorklist ? [] : ['/hf/applications'] },
    { to: '/hf/cases', label: t('hf.nav.cases'), icon: 'M4 7h16v12H4zM9 7V5h6v2', visible: (a) => a.cases },
    { to: '/hf/caseloads', label: t('hf.nav.caseloads'), icon: 'M4 20h16M6 16V9m6 7V5m6 11v-4', visible: (a) => a.caseloads },
    { to: '/hf/dwellings', label: t('hf.nav.dwellings'), icon: 'M3 11l9-7 9 7v9H3zM9 20v-6h6v6', visible: (a) => a.dwellings },
  ];
  const visible = items.filter((i) => i.visible(abilities));
  if (visible.length === 0) return null;
  const isActive = (item: Item) => pathname === item.to || pathname.startsWith(`${item.to}/`) || !!item.also?.some((p) => pathname.startsWith(p));
  return (
    <>
      <Text component="h2" size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" style={{ letterSpacing: 0.6 }} id="hf-nav-title">{t('hf.nav.section')}</Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-labelledby="hf-nav-title">
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={<Text size="sm" fw={500} inherit>{item.label}</Text>}
              active={isActive(item)}
              aria-current={isActive(item) ? 'page' : undefined}
              variant="light"
              leftSection={
                <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
                  <path d={item.icon} />
                </svg>
              }
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        ))}
      </Stack>
    </>
  );
}
