import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavList } from '../../../shared/ui/NavList';
import { useRpAbilities } from '../rp-abilities';

const ICONS = {
  overview: 'M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3zM9 3v15m6-12v15',
  catalogue: 'M4 5h16M4 10h16M4 15h10M4 20h7',
  rounds: 'M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4',
};

/** Regional planning's part of the main navigation, from its abilities in GET /api/auth/me. */
export function RpNavigation() {
  const { t } = useTranslation();
  const abilities = useRpAbilities();
  const { pathname } = useLocation();
  if (!abilities.view) return null;
  const items = [
    { to: '/rp', label: t('rpPages.nav.overview'), icon: ICONS.overview, active: pathname === '/rp' },
    { to: '/rp/catalogue', label: t('rpPages.nav.catalogue'), icon: ICONS.catalogue, active: pathname.startsWith('/rp/catalogue') },
    { to: '/rp/rounds', label: t('rpPages.nav.rounds'), icon: ICONS.rounds, active: pathname.startsWith('/rp/rounds') },
  ];
  return <NavList items={items} title={t('rpPages.nav.section')} titleId="rp-nav-title" />;
}
