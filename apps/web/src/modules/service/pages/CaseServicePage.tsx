import { Alert, Anchor, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { ContactForm } from '../components/ContactForm';
import { EndingPanel } from '../components/EndingPanel';
import { ExtensionForm } from '../components/ExtensionForm';
import { HoursPanel } from '../components/HoursPanel';
import { OfferForm } from '../components/OfferForm';
import { PlanEditor } from '../components/PlanEditor';
import { RehousingPanel, useRehousing } from '../components/RehousingPanel';
import { AssessmentForm, PlanReviewForm } from '../components/ReviewForms';
import { INK, Section } from '../components/ServiceUi';
import { VisitForm } from '../components/VisitForm';
import { VisitSlotForm } from '../components/VisitSlotForm';
import { WorkLog } from '../components/WorkLog';
import { WorklistItemCard } from '../components/WorklistItemCard';
import { getServiceCase, serviceKeys, type ServiceCase } from '../service.api';
import { useServiceAbilities, useTodayOnCase } from '../service-abilities';

const TABS = ['visits', 'plan', 'housing', 'log', 'ending'] as const;
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
  const abilities = useServiceAbilities();
  const caseId = data.case.id;
  const now = useTodayOnCase(caseId);
  const number = data.case.caseNumber ?? t('service.common.noNumber');
  const canRecord = data.abilities.record && !data.case.closedOn;
  const team = data.team.filter((m) => m.active);
  const rehousing = useRehousing(caseId).data;

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
            {team.length ? <><br />{t('service.case.team')}: {team.map((m) => `${m.displayName} (${t(`housing.enums.teamRole.${m.teamRole}`)})`).join(', ')}</> : null}
          </>
        }
      />
      <Stack gap="lg">
        {data.case.closedOn ? <Alert color="orange" styles={INK.orange} title={t('service.case.closed', { date: toDisplayDate(data.case.closedOn) })} /> : null}
        {!data.moveIn ? <Alert color="blue" styles={INK.blue}>{t('service.case.notInService')}</Alert> : null}
        {!data.abilities.record ? <Alert color="blue" styles={INK.blue}>{t('service.case.readOnly')}</Alert> : null}
        {rehousing?.open ? <Alert color="orange" styles={INK.orange}>{t('hf.rehousing.openAlert', { date: toDisplayDate(rehousing.open.openedOn), count: rehousing.open.offers.length, max: rehousing.maxDwellingsOffered })}</Alert> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          <Section id="now" title={t('service.case.nowTitle')}>
            <QueryState query={now}>
              {(items) => items.length === 0 ? <Text size="sm" c="dimmed">{t('service.case.nowEmpty')}</Text> : (
                <Stack gap="xs">{items.map((item, i) => <WorklistItemCard key={`${item.kind}-${i}`} item={item} showCase={false} />)}</Stack>
              )}
            </QueryState>
          </Section>
          <HoursPanel data={data} />
        </SimpleGrid>
        <Tabs variant="pills" radius="xl" value={tab} onChange={(v) => setParams(v && v !== 'visits' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md" p={4} style={{ gap: 4, background: 'var(--mantine-color-gray-1)', borderRadius: 'var(--mantine-radius-lg)', alignSelf: 'flex-start', width: 'fit-content', maxWidth: '100%' }}>
            {TABS.map((x) => <Tabs.Tab key={x} value={x} fw={600}>{x === 'housing' ? t('hf.rehousing.tab') : t(`service.case.tabs.${x}`)}</Tabs.Tab>)}
          </Tabs.List>
          <Tabs.Panel value="visits">
            <Stack gap="lg">
              {canRecord && data.moveIn ? <VisitForm data={data} /> : null}
              {canRecord ? <ContactForm data={data} /> : null}
              {canRecord ? (
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                  <VisitSlotForm caseId={caseId} />
                  {data.moveIn ? <ExtensionForm caseId={caseId} /> : null}
                </SimpleGrid>
              ) : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <Stack gap="lg">
              {canRecord ? <OfferForm caseId={caseId} /> : null}
              {canRecord ? <PlanEditor data={data} /> : null}
              {canRecord ? <PlanReviewForm caseId={caseId} /> : null}
              {canRecord ? <AssessmentForm caseId={caseId} /> : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="housing"><RehousingPanel caseId={caseId} /></Tabs.Panel>
          <Tabs.Panel value="log"><WorkLog data={data} /></Tabs.Panel>
          <Tabs.Panel value="ending"><EndingPanel data={data} /></Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
