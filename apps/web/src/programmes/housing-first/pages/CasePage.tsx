import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPersonalCode } from '@socrehab/domain';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getCase, hfKeys, pdf, type CaseDetail } from '../housing-first.api';
import { fullName, useMunicipalityName } from '../hf-format';
import { BackLink, PdfLink, SavedNotice } from '../components/HfUi';
import { ChecklistNav, NextStepCard } from '../components/CaseSteps';
import { AgreementsSection, ConsentSection, DocumentsSection, MunicipalWorkerSection, TeamSection } from '../components/CaseRecordSections';
import { AssessmentSummary, AttachmentsSection, DwellingSummary, MoveInSummary, Timeline } from '../components/CaseViewSections';
import { ServicePageLink } from '../service/components/ServicePageLink';

/** The case from opening to moving in: the next step first, every step reachable, the timeline of all. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.case(id), queryFn: () => getCase(id) });
  usePageTitle(query.data ? t('hf.case.title', { number: query.data.case.caseNumber ?? '' }) : t('hf.cases.title'));
  return <QueryState query={query}>{(data) => <CaseView data={data} />}</QueryState>;
}

function CaseView({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const municipality = useMunicipalityName();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const c = data.case;
  return (
    <>
      <PageHeader
        above={<BackLink to="/hf/cases">{t('hf.common.backToCases')}</BackLink>}
        title={t('hf.case.title', { number: c.caseNumber ?? '' })}
        description={[fullName(data.person), data.person.personalCode ? formatPersonalCode(data.person.personalCode) : null, municipality(c.municipalityAtvk), t('hf.case.openedOn', { date: toDisplayDate(c.openedOn) }), data.caseManagerName ? t('hf.case.caseManager', { name: data.caseManagerName }) : null].filter(Boolean).join(' · ')}
        actions={<Tag tone={c.status === 'open' ? 'brand' : 'neutral'}>{t(`housing.enums.caseStatus.${c.status}`)}</Tag>}
      />
      <Stack gap="lg">
        <SavedNotice>{notice}</SavedNotice>
        <ServicePageLink caseId={c.id} movedIn={!!data.moveIn} />
        {data.policeIfRisk ? (
          <Alert color="red.9" variant="filled" role="note" title={t('hf.case.policeTitle')}>
            <Text size="sm" c="white">{t('hf.case.policeText')}</Text>
          </Alert>
        ) : null}
        <NextStepCard checklist={data.checklist} />
        {!data.abilities.record ? <Text size="sm" c="dimmed">{t('hf.case.readOnly')}</Text> : null}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }} miw={0}>
            <Stack gap="lg">
              <DocumentsSection data={data} />
              <AgreementsSection data={data} />
              <ConsentSection data={data} />
              <MunicipalWorkerSection data={data} />
              <AssessmentSummary data={data} />
              <TeamSection data={data} />
              <DwellingSummary data={data} />
              <MoveInSummary data={data} />
              <AttachmentsSection data={data} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }} miw={0}>
            <Stack gap="lg" pos={{ base: 'static', lg: 'sticky' }} top={76}>
              <ChecklistNav checklist={data.checklist} />
              <Paper p="md">
                <Title order={2} mb="sm">{t('hf.case.printTitle')}</Title>
                <Stack gap={6}>
                  <PdfLink href={pdf.titlePage(c.id)} name={t('hf.case.titlePage')} />
                  <PdfLink href={pdf.titlePageReverse(c.id)} name={t('hf.case.titlePageReverse')} />
                  {c.contractSignedOn ? <PdfLink href={pdf.contract(c.id)} name={t('hf.case.contract')} /> : null}
                  {data.consents.map((k) => <PdfLink key={k.id} href={pdf.consent(c.id, k.id)} name={t('hf.case.consentPdf', { version: k.consentTextVersion })} />)}
                  {data.moveIn ? <PdfLink href={pdf.handoverAct(c.id)} name={t('hf.case.handoverAct')} /> : null}
                  {c.applicationId ? <PdfLink href={pdf.decisionLetter(c.applicationId)} name={t('hf.application.decisionLetter')} /> : null}
                </Stack>
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
        <Timeline data={data} />
      </Stack>
    </>
  );
}
