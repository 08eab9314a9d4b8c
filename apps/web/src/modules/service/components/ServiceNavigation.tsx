import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useServiceAbilities } from '../service-abilities';

const ICONS = {
  morning: 'M12 3v2m6.4.6-1.4 1.4M21 12h-2M5 12H3m3.6-5L5.2 5.6M8 16a4 4 0 1 1 8 0M3 20h18',
  organisation: 'M4 5h16M4 10h16M4 15h10M4 20h7m9-4-4 4-2-2',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v4m8-4v4M8 14h2m3 0h2m-7 3h2',
  import: 'M12 15V3m-4 8 4 4 4-4M4 15v5h16v-5',
};

/** The service part of the main navigation: "My morning" for the team, the organisation's list instead for managers; the planned visits for both. */
export function ServiceNavigation() {
  const { t } = useTranslation();
  const abilities = useServiceAbilities();
  const { pathname } = useLocation();
  const items = [
    { to: '/service/my-morning', label: t('service.nav.myMorning'), icon: ICONS.morning, visible: abilities.worker && !abilities.organisation },
    { to: '/service/organisation', label: t('service.nav.organisation'), icon: ICONS.organisation, visible: abilities.organisation },
    { to: '/service/calendar', label: t('service.calendar.nav'), icon: ICONS.calendar, visible: abilities.worker || abilities.organisation },
    { to: '/service/import', label: t('hf.caseService.history.nav'), icon: ICONS.import, visible: abilities.organisation },
  ].filter((i) => i.visible);
  if (items.length === 0) return null;
  return (
    <>
      <Text component="h2" size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" style={{ letterSpacing: 0.6 }} id="service-nav-title">{t('service.nav.section')}</Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-labelledby="service-nav-title">
        {items.map((item) => {
          const active = pathname === item.to;
          return (
            <li key={item.to}>
              <NavLink
                component={Link}
                to={item.to}
                label={<Text size="sm" fw={500} inherit>{item.label}</Text>}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                leftSection={
                  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
                    <path d={item.icon} />
                  </svg>
                }
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            </li>
          );
        })}
      </Stack>
    </>
  );
}
