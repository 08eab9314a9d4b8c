import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/session';
import { NavList } from '../../shared/ui/NavList';
import type { Abilities } from '../../modules/auth/auth.api';
import { WEB_PROGRAMMES } from '../../programmes/registry';
import { ServiceNavigation } from '../../modules/service/components/ServiceNavigation';

interface Item {
  to: string;
  label: string;
  icon: string;
  visible: (a: Abilities) => boolean;
  /** Highlight only on an exact match (so /persons/new does not also light up /persons). */
  exact?: boolean;
}

/** Navigation built from the abilities the server returned for the user's roles. */
export function MainNavigation() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const items: Item[] = [
    { to: '/persons', label: t('nav.persons'), icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0', visible: (a) => a.readPersons },
    { to: '/persons/new', label: t('nav.registerPerson'), icon: 'M12 5v14M5 12h14', visible: (a) => a.createPerson, exact: true },
    { to: '/overview', label: t('nav.overview'), icon: 'M4 20V10m6 10V4m6 16v-7m4 7H2', visible: (a) => a.readAggregates },
    { to: '/users', label: t('nav.users'), icon: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-6 8a6 6 0 0 1 12 0m2-8a3 3 0 1 0 0-6m4 14a6 6 0 0 0-4-5.6', visible: (a) => a.readAudit || a.manageUsers },
    { to: '/audit', label: t('nav.audit'), icon: 'M6 3h9l4 4v14H6zM9 12h7M9 16h7M9 8h3', visible: (a) => a.readAudit },
  ];
  const isActive = (item: Item) =>
    item.exact ? pathname === item.to : (pathname === item.to || pathname.startsWith(`${item.to}/`)) && pathname !== '/persons/new';

  return (
    <>
      <NavList items={items.filter((i) => i.visible(me.abilities)).map((i) => ({ ...i, active: isActive(i) }))} />
      {WEB_PROGRAMMES.map(({ code, Navigation }) => Navigation && <Navigation key={code} />)}
      <ServiceNavigation />
    </>
  );
}
