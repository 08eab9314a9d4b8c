import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavList } from '../../shared/ui/NavList';
import { useFsAbilities } from './fs-abilities';

const ICONS = {
  families: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6m0-3c.7-1.8 2.3-3 4-3 2.2 0 4 1.8 4 4',
  groups: 'M3 20h18M6 20V10l6-5 6 5v10M10 20v-5h4v5',
  mentors: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9c0-3.9 3.1-7 7-7s7 3.1 7 7M17 4l2 2 3-3',
  finance: 'M4 7h16v12H4zM4 11h16M8 15h3',
  report: 'M6 3h9l4 4v14H6zM9 17v-3m3 3v-6m3 6v-4',
};

/** Family support's part of the main navigation, from its abilities in GET /api/auth/me. */
export function FsNavigation() {
  const { t } = useTranslation();
  const a = useFsAbilities();
  const { pathname } = useLocation();
  const items = [
    { to: '/fs/families', label: t('fsPages.nav.families'), icon: ICONS.families, visible: a.families },
    { to: '/fs/groups', label: t('fsPages.nav.groups'), icon: ICONS.groups, visible: a.groups },
    { to: '/fs/mentors', label: t('fsPages.nav.mentors'), icon: ICONS.mentors, visible: a.mentors },
    { to: '/fs/finance', label: t('fsPages.nav.finance'), icon: ICONS.finance, visible: a.finance },
    { to: '/fs/report', label: t('fsPages.nav.report'), icon: ICONS.report, visible: a.report },
  ].filter((i) => i.visible).map((i) => ({ ...i, active: pathname === i.to || pathname.startsWith(`${i.to}/`) }));
  return <NavList items={items} title={t('fsPages.nav.section')} titleId="fs-nav-title" />;
}
