import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { PageHeader } from '../../../../shared/ui/PageHeader';
import { QueryState } from '../../../../shared/ui/QueryState';
import { usePageTitle } from '../../../../shared/ui/usePageTitle';
import { ContactForm } from '../components/ContactForm';
import { EndingPanel } from '../components/EndingPanel';
import { EngagementPanel } from '../components/EngagementPanel';
import { ExtensionForm } from '../components/ExtensionForm';
import { InspectionPeriodForm } from '../components/InspectionPeriodForm';
import { OfferForm } from '../components/OfferForm';
import { PlanEditor } from '../components/PlanEditor';
import { PlanReviews, PlanVersions } from '../components/PlanVersions';
import { PlanReportSection, ProtocolsSection } from '../components/ProtocolsSection';
import { RehousingPanel, useRehousing } from '../components/RehousingPanel';
import { AssessmentForm, PlanReviewForm } from '../components/ReviewForms';
import { Section } from '../../../../modules/service/components/ServiceUi';
import { ServiceSummary } from '../components/ServiceSummary';
import { VisitForm } from '../components/VisitForm';
import { VisitSlotForm } from '../components/VisitSlotForm';
import { WorkLog } from '../components/WorkLog';
import { WorklistItemCard } from '../../../../modules/service/components/WorklistItemCard';
import { CaseEvaluationsSection } from '../../../../modules/evaluations/CaseEvaluationsSection';
import { caseHistoryExport } from '../../../../modules/service/history.api';
import { getPlanVersions, planKeys } from '../plans.api';
import { getServiceCase, serviceKeys, type ServiceCase } from '../service.api';
import { todayIso, validDate } from '../../../../modules/service/service-format';
import { useServiceAbilities, useTodayOnCase } from '../../../../modules/service/service-abilities';
import { ALERT_INK } from '../../../../shared/ui/alert-ink';

const TABS = ['visits', 'plan', 'housing', 'log', 'ending'] as const;
const DOWNLOAD_ICON = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M12 4v11m-4-4 4 4 4-4M5 19h14" />
  </svg>
);
type Tab = (typeof TABS)[number];

/** HF-3.2, HF-3.3, HF-3.4.5 everything a team records while the person receives the service. */
export function CaseServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: serviceKeys.case(id), queryFn: ({ signal }) => getServiceCase(id, signal) });
  const name = detail.data ? `${detail.data.person.givenNames} ${detail.data.person.surnames}` : null;
  usePageTitle(name ? `${name} — ${t('service.case.title')}` : t('service.case.title'));
  return <QueryState query={detail}>{(data) => <CaseService data={data} />}</QueryState>;
}

function CaseService({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'visits';
  const asOf = validDate(toDisplayDate(params.get('asOf'))) ?? todayIso();
  /** The tab and the summary's day live in the address, so a reload or a shared link shows the same. */
  const setParam = (key: 'tab' | 'asOf', value: string | null) => setParams((old) => {
    const next = new URLSearchParams(old);
    if (value) next.set(key, value); else next.delete(key);
    return next;
  }, { replace: true });
  const abilities = useServiceAbilities();
  const caseId = data.case.id;
  const now = useTodayOnCase(caseId);
  const number = data.case.caseNumber ?? t('service.common.noNumber');
  const canRecord = data.abilities.record && !data.case.closedOn;
  /** Served: moved in, or imported without a move-in and its service begun (issue 11 §3). */
  const served = !!data.moveIn || !!data.case.serviceBeganOn;
  const team = data.team.filter((m) => m.active);
  const rehousing = useRehousing(caseId).data;
  const plans = useQuery({ queryKey: planKeys.versions(caseId), queryFn: ({ signal }) => getPlanVersions(caseId, signal), enabled: tab === 'plan' });

  return (
    <>
      <PageHeader
        above={
          <Group gap="md">
            <Anchor component={Link} to={`/hf/cases/${caseId}`} size="sm" fw={500}>← {t('service.case.back')}</Anchor>
            {abilities.organisation
              ? <Anchor component={Link} to="/service/organisation" size="sm" fw={500}>{t('service.case.backToOrganisation')}</Anchor>
              : abilities.worker ? <Anchor component={Link} to="/service/my-morning" size="sm" fw={500}>{t('service.case.backToWorklist')}</Anchor> : null}
          </Group>
        }
        title={`${data.person.givenNames} ${data.person.surnames}`}
        description={
          <>
            {t('service.case.title')} · {data.dwelling ? t('service.case.subtitle', { number, address: data.dwelling.address }) : t('service.case.subtitleNoDwelling', { number })}
            {team.length ? <><br />{t('service.case.team')}: {team.map((m) => `${m.displayName} (${t(`housing.enums.teamRole.${m.teamRole}`).toLocaleLowerCase()})`).join(', ')}</> : null}
            {canRecord ? <> · <Anchor component={Link} to={`/cases/${caseId}/service/worker-change`} size="sm" fw={500}>{t('service.workerChange.link')}</Anchor></> : null}
          </>
        }
        actions={
          <Button component="a" href={caseHistoryExport(caseId)} download variant="default" size="sm" leftSection={DOWNLOAD_ICON}>
            {t('hf.caseService.history.export')}<span className="visually-hidden"> ({t('hf.caseService.history.exportHint')})</span>
          </Button>
        }
      />
      <Stack gap="lg">
        {data.case.closedOn ? <Alert color="orange" styles={ALERT_INK.orange} title={t('service.case.closed', { date: toDisplayDate(data.case.closedOn) })} /> : null}
        {!served ? <Alert color="blue" styles={ALERT_INK.blue}>{t('service.case.notInService')}</Alert> : null}
        {!data.abilities.record ? <Alert color="blue" styles={ALERT_INK.blue}>{t('service.case.readOnly')}</Alert> : null}
        {rehousing?.open ? <Alert color="orange" styles={ALERT_INK.orange}>{t('hf.rehousing.openAlert', { date: toDisplayDate(rehousing.open.openedOn), count: rehousing.open.offers.length, max: rehousing.maxDwellingsOffered })}</Alert> : null}
        <ServiceSummary caseId={caseId} asOf={asOf} onAsOf={(iso) => setParam('asOf', iso === todayIso() ? null : iso)} />
        <EngagementPanel caseId={caseId} canRecord={canRecord} />
        <Section id="now" title={t('service.case.nowTitle')}>
          <QueryState query={now}>
            {(items) => items.length === 0 ? <Text size="sm" c="dimmed">{t('service.case.nowEmpty')}</Text> : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">{items.map((item, i) => <WorklistItemCard key={`${item.kind}-${i}`} item={item} showCase={false} />)}</SimpleGrid>
            )}
          </QueryState>
        </Section>
        {/* HF-4.3 the evaluation tools due on the case, recorded with their questions (the core's schedule) */}
        <CaseEvaluationsSection caseId={caseId} canRecord={data.abilities.record} closedOn={data.case.closedOn} />
        <Tabs variant="pills" radius="xl" value={tab} onChange={(v) => setParam('tab', v && v !== 'visits' ? v : null)} keepMounted={false}>
          <Tabs.List mb="md" p={4} style={{ gap: 4, background: 'var(--mantine-color-gray-1)', borderRadius: 'var(--mantine-radius-lg)', alignSelf: 'flex-start', width: 'fit-content', maxWidth: '100%' }}>
            {TABS.map((x) => <Tabs.Tab key={x} value={x} fw={600}>{x === 'housing' ? t('hf.rehousing.tab') : t(`service.case.tabs.${x}`)}</Tabs.Tab>)}
          </Tabs.List>
          <Tabs.Panel value="visits">
            <Stack gap="lg">
              {canRecord && served ? <VisitForm data={data} /> : null}
              {canRecord ? <ContactForm data={data} /> : null}
              {canRecord ? (
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                  <VisitSlotForm caseId={caseId} />
                  {served ? <ExtensionForm caseId={caseId} /> : null}
                  <InspectionPeriodForm data={data} />
                </SimpleGrid>
              ) : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <QueryState query={plans}>
              {(read) => (
                <Stack gap="lg">
                  <PlanVersions caseId={caseId} plans={read.plans} />
                  <PlanReportSection data={data} />
                  <SimpleGrid cols={{ base: 1, lg: canRecord ? 2 : 1 }} spacing="lg" style={{ alignItems: 'start' }}>
                    <PlanReviews reviews={read.reviews} />
                    {canRecord ? <PlanReviewForm caseId={caseId} /> : null}
                  </SimpleGrid>
                  {canRecord ? <PlanEditor data={data} latest={read.plans[0]} /> : null}
                  {canRecord ? <OfferForm caseId={caseId} /> : null}
                  {canRecord ? <AssessmentForm caseId={caseId} /> : null}
                </Stack>
              )}
            </QueryState>
          </Tabs.Panel>
          <Tabs.Panel value="housing"><RehousingPanel caseId={caseId} /></Tabs.Panel>
          <Tabs.Panel value="log">
            <Stack gap="lg">
              <WorkLog data={data} />
              <ProtocolsSection caseId={caseId} canRecord={canRecord} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="ending"><EndingPanel data={data} /></Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
