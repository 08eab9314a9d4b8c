import { Alert, Button, Grid, SimpleGrid, Stack, Table, Text, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '@socrehab/domain';
import { getMunicipalityByAtvk } from '@socrehab/domain/reference/municipalities';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { Fact } from '../../../shared/ui/Fact';
import { ListTable } from '../../../shared/ui/ListTable';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { ALERT_INK } from '../../../shared/ui/alert-ink';
import { SavedNotice } from '../../../shared/ui/FormFeedback';
import { toDisplayDate } from '../../../shared/dates';
import { getIpCase, ipKeys, type IpCaseDetail } from '../individual-programme.api';
import { todayIso } from '../ip-format';
import { BackLink, CaseStatusTag } from '../components/IpUi';
import { EvaluationsSection } from '../components/EvaluationsSection';
import { EndServiceForm } from '../components/EndServiceForm';

/** IP-1, IP-5 an Individual Programme case: who receives it, why it was granted, the agreement and its ending, the satisfaction evaluations. */
export function IpCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ipKeys.case(id), queryFn: ({ signal }) => getIpCase(id, signal) });
  usePageTitle(query.data ? `${query.data.personName} — ${t('ipPages.case.title')}` : t('ipPages.case.title'));
  return <QueryState query={query}>{(data) => <CaseView data={data} />}</QueryState>;
}

function CaseView({ data }: { data: IpCaseDetail }) {
  const { t } = useTranslation();
  // just opened from the form: its number, worded here so the notice follows a language switch
  const openedNumber = (useLocation().state as { openedNumber?: string | null } | null)?.openedNumber;
  return (
    <>
      <PageHeader
        above={<BackLink to="/ip/cases">{t('ipPages.common.backToCases')}</BackLink>}
        title={data.subject === 'household' ? t('ipPages.cases.familyOf', { name: data.personName }) : data.personName}
        description={`${t('ipPages.case.title')} · ${t('ipPages.case.subtitle', { number: data.caseNumber ?? t('ipPages.common.noNumber'), provider: data.providerName })}`}
        actions={<>
          <CaseStatusTag status={data.status} closedOn={data.closedOn} />
          <Button component={Link} to={`/ip/cases/${data.caseId}/plan`} size="sm">{t('ipPages.case.toPlan')}</Button>
        </>}
      />
      <Stack gap="lg">
        {openedNumber !== undefined && data.status === 'open' ? <SavedNotice>{t('ipPages.openCase.opened', { number: openedNumber ?? t('ipPages.common.noNumber') })}</SavedNotice> : null}
        {data.status === 'closed' ? <EndedNotice data={data} />
          : !data.abilities.record ? <Alert color="blue" styles={ALERT_INK.blue}>{t('ipPages.case.readOnly')}</Alert> : null}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 7 }} miw={0}>
            <Stack gap="lg">
              <RecipientsSection data={data} />
              <BasisSection data={data} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }} miw={0}>
            <Stack gap="lg">
              <AgreementSection data={data} />
              {data.abilities.record && data.status === 'open' ? <EndServiceForm caseId={data.caseId} /> : null}
            </Stack>
          </Grid.Col>
        </Grid>
        <EvaluationsSection caseId={data.caseId} canRecord={data.abilities.record} days={{ closedOn: data.closedOn, agreementEndsOn: data.agreementEndsOn }} />
      </Stack>
    </>
  );
}

/** IP-5 the service has ended: the day and why (the ending's satisfaction survey is among the evaluations). */
function EndedNotice({ data }: { data: IpCaseDetail }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" role="status" styles={ALERT_INK.blue} title={t('ipPages.ending.ended', { date: toDisplayDate(data.closedOn) })}>
      {data.endingReason ? t('ipPages.ending.endedReason', { reason: t(`ip.enums.endingReason.${data.endingReason}`) }) : null}
    </Alert>
  );
}

/** IP-1 the person, or the family's members who receive the service. */
function RecipientsSection({ data }: { data: IpCaseDetail }) {
  const { t } = useTranslation();
  const gender = (g: IpCaseDetail['recipients'][number]['gender']) => t(`ipPages.case.genders.${g ?? 'unspecified'}`);
  const period = (r: IpCaseDetail['recipients'][number]) => (r.toDate
    ? t('ipPages.case.receivesFromTo', { from: toDisplayDate(r.fromDate), to: toDisplayDate(r.toDate) })
    : t('ipPages.case.receivesFromValue', { date: toDisplayDate(r.fromDate) }));
  return (
    <Section id="recipients" title={t('ipPages.case.recipientsTitle')} intro={t(data.subject === 'household' ? 'ipPages.case.recipientsIntroFamily' : 'ipPages.case.recipientsIntroPerson')}>
      <ListTable label={t('ipPages.case.recipientsTable')} minWidth={480} visibleFrom="sm"
        columns={[t('ipPages.case.name'), t('ipPages.case.birthDate'), t('ipPages.case.gender'), t('ipPages.case.receivesFrom')]}>
        {data.recipients.map((r) => (
          <Table.Tr key={r.personId}>
            <Table.Td fw={600}>{r.fullName}</Table.Td>
            <Table.Td className="nowrap">{toDisplayDate(r.birthDate) || t('ipPages.common.notSet')}</Table.Td>
            <Table.Td>{gender(r.gender)}</Table.Td>
            <Table.Td fz="sm">{period(r)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.case.recipientsTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.recipients.map((r) => (
          <Paper key={r.personId} component="li" p="sm" bg="gray.0">
            <Text fw={600}>{r.fullName}</Text>
            <Text size="sm">{[toDisplayDate(r.birthDate), gender(r.gender)].filter(Boolean).join(' · ')}</Text>
            <Text size="sm" c="dimmed">{period(r)}</Text>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}

/** IP-1 why the programme was granted: the need that the community's services cannot meet; income is not assessed. */
function BasisSection({ data }: { data: IpCaseDetail }) {
  const { t, i18n } = useTranslation();
  const municipality = getMunicipalityByAtvk(data.municipalityAtvk);
  return (
    <Section id="basis" title={t('ipPages.case.basisTitle')} intro={t('ipPages.case.basisIntro')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={t('ipPages.case.decidedOn')}>{toDisplayDate(data.decidedOn)}</Fact>
        <Fact label={t('ipPages.common.targetGroup')}>{t(`ip.enums.targetGroup.${data.targetGroup}`)}</Fact>
        <Fact label={t('ipPages.case.municipality')}>{municipality ? (i18n.language === 'en' ? municipality.nameEn : municipality.nameLv) : data.municipalityAtvk}</Fact>
      </SimpleGrid>
      <Fact label={t('ipPages.case.communityServices')}>{data.communityServicesConsidered}</Fact>
      <Fact label={t('ipPages.case.unmetNeed')}>{data.unmetNeedReason}</Fact>
    </Section>
  );
}

/** The client's service agreement with the provider: from the opening, to its agreed end if it has one (IP-1 not limited in time). */
function AgreementSection({ data }: { data: IpCaseDetail }) {
  const { t } = useTranslation();
  const today = todayIso();
  const end = data.agreementEndsOn;
  const left = end ? daysBetween(today, end) : null;
  return (
    <Section id="agreement" title={t('ipPages.case.agreementTitle')}>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 1 }} spacing="sm">
        <Fact label={t('ipPages.common.provider')}>{data.providerName}</Fact>
        <Fact label={t('ipPages.case.servicePlace')}>{t(`ip.enums.servicePlace.${data.servicePlace}`)}</Fact>
        <Fact label={t('ipPages.case.agreementFrom')}>{toDisplayDate(data.openedOn)}</Fact>
        <Fact label={t('ipPages.case.agreementTo')}>{end ? toDisplayDate(end) : t('ipPages.case.agreementOpenEnded')}</Fact>
      </SimpleGrid>
      {left === null || data.status === 'closed' ? null : (
        <Text size="sm" fw={600} c={left <= 31 ? '#8a3700' : undefined}>
          {left < 0 ? t('ipPages.case.agreementEnded', { date: toDisplayDate(end) }) : left === 0 ? t('ipPages.case.agreementEndsToday') : t('ipPages.case.agreementDaysLeft', { count: left })}
        </Text>
      )}
    </Section>
  );
}
