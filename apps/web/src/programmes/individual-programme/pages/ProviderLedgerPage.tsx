import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ForbiddenPage } from '../../../app/StatusPages';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getProviderLedger, getProviderOverview, ipKeys } from '../individual-programme.api';
import { useIpAbilities } from '../ip-abilities';
import { shiftMonth, thisMonth } from '../ip-format';
import { BackLink } from '../components/IpUi';
import { LedgerSection } from '../components/LedgerSection';
import { SelfAssessmentSection } from '../components/SelfAssessmentSection';

/**
 * IP-3, IP-4 a provider's monthly ledger for a year over all its clients of the programme: staff and
 * housing cost planned against actual, persons served, cost per person beside the reference, the
 * clients' co-payments. The welfare department reads any of its providers'; a provider's manager reads
 * the provider's own and records its yearly self-assessment there (IP-6).
 */
export function ProviderLedgerPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const abilities = useIpAbilities();
  // the server decides who reads which ledger: the department any of its providers', a provider's manager (who reads reports) its own
  const own = abilities.report && me.user.organisation.id === id;
  return abilities.providers || own ? <ProviderLedger providerId={id} own={own} ownName={me.user.organisation.name} department={abilities.providers} /> : <ForbiddenPage />;
}

function ProviderLedger({ providerId, own, ownName, department }: { providerId: string; own: boolean; ownName: string; department: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2017 && asked <= 2100 ? asked : Number(thisMonth().slice(0, 4));
  const ledger = useQuery({ queryKey: ipKeys.providerLedger(providerId, year), queryFn: ({ signal }) => getProviderLedger(providerId, year, signal) });
  // the provider's name: the department has it from its overview (the month it opens on, usually cached)
  const month = shiftMonth(thisMonth(), -1);
  const overview = useQuery({ queryKey: ipKeys.providers(month), queryFn: ({ signal }) => getProviderOverview(month, signal), enabled: department && !own });
  const name = own ? ownName : overview.data?.providers.find((p) => p.organisationId === providerId)?.name;
  usePageTitle(name ? `${name} — ${t('ipPages.providerLedger.title')}` : t('ipPages.providerLedger.title'));
  return (
    <>
      <PageHeader
        above={department ? <BackLink to="/ip/providers">{t('ipPages.providerLedger.backToProviders')}</BackLink> : undefined}
        title={t('ipPages.providerLedger.title')}
        description={name}
      />
      <Stack gap="lg">
        <LedgerSection year={year} onYear={(by) => setParams({ year: String(year + by) }, { replace: true })} query={ledger}
          title={t('ipPages.providerLedger.ledgerTitle')} intro={t('ipPages.providerLedger.ledgerIntro', { year })} />
        {own ? <SelfAssessmentSection /> : null}
      </Stack>
    </>
  );
}
