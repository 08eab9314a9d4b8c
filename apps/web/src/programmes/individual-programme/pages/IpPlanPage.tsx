import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getIpCase, getLedger, getServiceLines, ipKeys, type IpCaseDetail } from '../individual-programme.api';
import { shiftMonth, thisMonth } from '../ip-format';
import { BackLink, CaseStatusTag } from '../components/IpUi';
import { ServiceLinesSection } from '../components/ServiceLines';
import { DeliveryForm } from '../components/DeliveryForm';
import { LedgerSection } from '../components/LedgerSection';
import { CoPaymentSection, coPaymentInForce } from '../components/CoPaymentSection';
import { ServiceLineForm } from '../components/ServiceLineForm';
import { CostForm } from '../components/CostForm';
import { CoPaymentForm } from '../components/CoPaymentForm';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * IP-2, IP-3 the plan's service lines planned against delivered, and the client's monthly ledger; to
 * those who may record on an open case, the forms to add a line, record a month's delivery and cost,
 * and set the co-payment for the flat.
 */
export function IpPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: ipKeys.case(id), queryFn: ({ signal }) => getIpCase(id, signal) });
  usePageTitle(detail.data ? `${detail.data.personName} — ${t('ipPages.plan.title')}` : t('ipPages.plan.title'));
  return <QueryState query={detail}>{(data) => <Plan data={data} />}</QueryState>;
}

function Plan({ data }: { data: IpCaseDetail }) {
  const { t } = useTranslation();
  const caseId = data.caseId;
  // the month and the ledger's year live in the address, so a reload or a shared link shows the same
  const [params, setParams] = useSearchParams();
  const month = MONTH.test(params.get('month') ?? '') ? params.get('month')! : thisMonth();
  const year = Number(params.get('year')) || Number(month.slice(0, 4));
  const set = (key: 'month' | 'year', value: string) => setParams((old) => { const next = new URLSearchParams(old); next.set(key, value); return next; }, { replace: true });
  const lines = useQuery({ queryKey: ipKeys.lines(caseId, month), queryFn: ({ signal }) => getServiceLines(caseId, month, signal) });
  const ledger = useQuery({ queryKey: ipKeys.ledger(caseId, year), queryFn: ({ signal }) => getLedger(caseId, year, signal) });
  const canRecord = data.abilities.record && data.status === 'open';
  const recordable = canRecord ? lines.data?.lines ?? [] : [];
  const openedMonth = data.openedOn.slice(0, 7);
  return (
    <>
      <PageHeader
        above={<BackLink to={`/ip/cases/${caseId}`}>{t('ipPages.common.backToCase')}</BackLink>}
        title={t('ipPages.plan.title')}
        description={`${data.subject === 'household' ? t('ipPages.cases.familyOf', { name: data.personName }) : data.personName} · ${t('ipPages.case.subtitle', { number: data.caseNumber ?? t('ipPages.common.noNumber'), provider: data.providerName })}`}
        actions={<CaseStatusTag status={data.status} closedOn={data.closedOn} />}
      />
      <Stack gap="lg">
        <ServiceLinesSection month={month} onMonth={(by) => set('month', shiftMonth(month, by))} query={lines} />
        {canRecord ? (
          <Grid gutter="lg">
            {recordable.length > 0 ? (
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <DeliveryForm key={month} caseId={caseId} month={month} lines={recordable} />
              </Grid.Col>
            ) : null}
            <Grid.Col span={{ base: 12, lg: recordable.length > 0 ? 6 : 12 }} miw={0}>
              <ServiceLineForm key={month} caseId={caseId} month={month} openedMonth={openedMonth} municipalityAtvk={data.municipalityAtvk} />
            </Grid.Col>
          </Grid>
        ) : null}
        <LedgerSection year={year} onYear={(by) => set('year', String(year + by))} query={ledger} />
        <Grid gutter="lg">
          {canRecord ? (
            <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
              <CostForm key={month} caseId={caseId} month={month} openedMonth={openedMonth} onSaved={(m) => set('year', m.slice(0, 4))} />
            </Grid.Col>
          ) : null}
          <Grid.Col span={{ base: 12, lg: canRecord ? 6 : 12 }} miw={0}>
            <CoPaymentSection coPayments={data.coPayments} month={month}>
              {canRecord ? (
                <CoPaymentForm key={month} caseId={caseId} month={month} openedMonth={openedMonth} inForce={coPaymentInForce(data.coPayments, month)} />
              ) : null}
            </CoPaymentSection>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
