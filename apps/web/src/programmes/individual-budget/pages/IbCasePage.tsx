import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { Fact } from '../../../shared/ui/Fact';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getIbCase, ibKeys, type IbCaseDetail } from '../individual-budget.api';
import { useIbFormat } from '../ib-format';
import { BackLink, CaseStatusTag, DueTag } from '../components/IbUi';
import { AssessmentsSection } from '../components/AssessmentsSection';
import { PlanSection } from '../components/PlanSection';
import { DifficultiesSection, InterruptionsSection } from '../components/InterruptionsSection';
import { EvaluationsSection } from '../components/EvaluationsSection';
import { EndCaseForm } from '../components/EndCaseForm';

/** IB-1 – IB-6 a case: the person and pilot, the assessments with both rankings side by side, the support plan and its versions, interruptions, difficulties, the closing meeting and the ending. */
export function IbCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ibKeys.case(id), queryFn: ({ signal }) => getIbCase(id, signal) });
  usePageTitle(query.data?.personName ?? t('ibPages.cases.title'));
  return <QueryState query={query}>{(detail) => <CaseView detail={detail} />}</QueryState>;
}

function CaseView({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const due = detail.reassessment;
  return (
    <Stack gap="lg">
      <PageHeader above={<BackLink to="/ib/cases">{t('ibPages.common.back')}</BackLink>} title={detail.personName}
        description={`${detail.caseNumber ?? t('ibPages.common.noNumber')} · ${t(`ib.enums.pilot.${detail.pilot}`)}`}
        actions={<Button component={Link} to={`/ib/cases/${detail.caseId}/ledger`}>{t('ibPages.case.ledger')}</Button>} />
      <Section id="facts" title={t('ibPages.case.facts')}>
        <Group gap="xs">
          <CaseStatusTag status={detail.status} closedOn={detail.closedOn} />
          {due ? <DueTag daysLeft={due.daysLeft}>{t(due.kind === 'initial' ? 'ibPages.case.initialDue' : 'ibPages.case.reassessmentDue', { date: toDisplayDate(due.dueOn) })}</DueTag> : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Fact label={t('ibPages.cases.municipality')}>{f.language === 'en' ? detail.municipalityNameEn : detail.municipalityName}</Fact>
          <Fact label={t('ibPages.case.born')}>{toDisplayDate(detail.birthDate)}</Fact>
          <Fact label={t('ibPages.case.referredOn')}>{toDisplayDate(detail.referredOn)}</Fact>
          <Fact label={t('ibPages.case.openedOn')}>{toDisplayDate(detail.openedOn)}</Fact>
          <Fact label={t('ibPages.case.representative')}>{t(`ib.enums.ranker.${detail.representative}`)}{detail.representativeName ? ` — ${detail.representativeName}` : ''}</Fact>
          <Fact label={t('ibPages.case.manager')}>{detail.caseManagerName ?? t('ibPages.common.none')} ({detail.organisationName})</Fact>
          {detail.endingReason ? <Fact label={t('ibPages.case.endingReason')}>{t(`ib.enums.endingReason.${detail.endingReason}`)}</Fact> : null}
        </SimpleGrid>
      </Section>
      <AssessmentsSection detail={detail} />
      <PlanSection detail={detail} />
      <InterruptionsSection detail={detail} />
      <DifficultiesSection detail={detail} />
      <EvaluationsSection caseId={detail.caseId} canRecord={detail.abilities.recordMeeting} closedOn={detail.closedOn} />
      {detail.abilities.record ? <EndCaseForm caseId={detail.caseId} /> : null}
    </Stack>
  );
}
