import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavList } from '../../../shared/ui/NavList';
import { useMe } from '../../../shared/auth/session';
import { useIpAbilities } from '../ip-abilities';

const ICONS = {
  cases: 'M4 7h16v12H4zM9 7V5h6v2M4 12h16',
  providers: 'M3 21h18M5 21V8l7-4 7 4v13M9 12h2m2 0h2m-6 4h2m2 0h2',
  report: 'M6 3h9l4 4v14H6zM9 17v-3m3 3v-6m3 6v-4',
  ledger: 'M4 4h16v16H4zM4 9h16M4 14h16M10 4v16',
};

/** The Individual Programme's part of the main navigation, from its abilities in GET /api/auth/me. */
export function IpNavigation() {
  const { t } = useTranslation();
  const abilities = useIpAbilities();
  const { pathname } = useLocation();
  const { organisation } = useMe().user;
  // IP-3, IP-6 a provider's manager keeps their own ledger (and the yearly self-assessment on it)
  const ownLedger = abilities.report && organisation.kind === 'service_provider';
  const items = [
    { to: '/ip/cases', label: t('ipPages.nav.cases'), icon: ICONS.cases, visible: abilities.cases },
    { to: '/ip/providers', label: t('ipPages.nav.providers'), icon: ICONS.providers, visible: abilities.providers },
    { to: `/ip/providers/${organisation.id}/ledger`, label: t('ipPages.nav.ledger'), icon: ICONS.ledger, visible: ownLedger },
    { to: '/ip/reports/target-groups', label: t('ipPages.nav.report'), icon: ICONS.report, visible: abilities.report },
  ].filter((i) => i.visible).map((i) => ({ ...i, active: pathname === i.to || pathname.startsWith(`${i.to}/`) }));
  return <NavList items={items} title={t('ipPages.nav.section')} titleId="ip-nav-title" />;
}
