import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/session';
import { NavList } from '../../../shared/ui/NavList';
import { housingFirstOf, type HousingFirstAbilities } from '../housing-first.api';

interface Item { to: string; label: string; icon: string; visible: (a: HousingFirstAbilities) => boolean; also?: string[] }

/** The Housing First part of the main navigation, from the `programmes.housing_first` abilities of GET /api/auth/me. */
export function HousingFirstNavigation() {
  const { t } = useTranslation();
  const abilities = housingFirstOf(useMe());
  const { pathname } = useLocation();
  const items: Item[] = [
    { to: '/hf/worklist', label: t('hf.nav.worklist'), icon: 'M9 5h11M9 12h11M9 19h11M4 5h.01M4 12h.01M4 19h.01', visible: (a) => a.municipalWorklist, also: ['/hf/first-contacts', '/hf/applications'] },
    { to: '/hf/waiting-list', label: t('hf.nav.waitingList'), icon: 'M4 6h16M4 12h10M4 18h6M18 14v6m-3-3h6', visible: (a) => a.waitingList, also: abilities.municipalWorklist ? [] : ['/hf/applications'] },
    { to: '/hf/cases', label: t('hf.nav.cases'), icon: 'M4 7h16v12H4zM9 7V5h6v2', visible: (a) => a.cases },
    { to: '/hf/caseloads', label: t('hf.nav.caseloads'), icon: 'M4 20h16M6 16V9m6 7V5m6 11v-4', visible: (a) => a.caseloads },
    { to: '/hf/indicators', label: t('hf.nav.indicators'), icon: 'M4 19h16M7 16v-5m5 5V6m5 10v-8', visible: (a) => !!a.indicators },
    { to: '/hf/disclosures', label: t('hf.nav.disclosures'), icon: 'M12 3v12m0 0l-4-4m4 4l4-4M4 17v3h16v-3', visible: (a) => !!a.disclosures },
    { to: '/hf/dwellings', label: t('hf.nav.dwellings'), icon: 'M3 11l9-7 9 7v9H3zM9 20v-6h6v6', visible: (a) => a.dwellings },
  ];
  const isActive = (item: Item) => pathname === item.to || pathname.startsWith(`${item.to}/`) || !!item.also?.some((p) => pathname.startsWith(p));
  const visible = items.filter((i) => i.visible(abilities)).map((i) => ({ ...i, active: isActive(i) }));
  return <NavList items={visible} title={t('hf.nav.section')} titleId="hf-nav-title" />;
}
