import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavList } from '../../../shared/ui/NavList';
import { useIbAbilities } from '../ib-abilities';

const ICONS = {
  cases: 'M12 3v18M5 8h14M7 8l-3 7h6zM17 8l-3 7h6z',
  report: 'M6 3h9l4 4v14H6zM9 17v-3m3 3v-6m3 6v-4',
};

/** The Individual Budget programme's part of the main navigation, from its abilities in GET /api/auth/me. */
export function IbNavigation() {
  const { t } = useTranslation();
  const abilities = useIbAbilities();
  const { pathname } = useLocation();
  const items = [
    { to: '/ib/cases', label: t('ibPages.nav.cases'), icon: ICONS.cases, visible: abilities.cases },
    { to: '/ib/report', label: t('ibPages.nav.report'), icon: ICONS.report, visible: abilities.report },
  ].filter((i) => i.visible).map((i) => ({ ...i, active: pathname === i.to || pathname.startsWith(`${i.to}/`) }));
  return <NavList items={items} title={t('ibPages.nav.section')} titleId="ib-nav-title" />;
}
