import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavList } from '../../../shared/ui/NavList';
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
    { to: '/service/calendar', label: t('service.calendar.nav'), icon: ICONS.calendar, visible: abilities.visits },
    { to: '/service/import', label: t('hf.caseService.history.nav'), icon: ICONS.import, visible: abilities.organisation },
  ].filter((i) => i.visible).map((i) => ({ ...i, active: pathname === i.to }));
  return <NavList items={items} title={t('service.nav.section')} titleId="service-nav-title" />;
}
