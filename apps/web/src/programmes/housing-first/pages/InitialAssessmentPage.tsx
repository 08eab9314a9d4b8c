import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { computeSuggestedTeam, computeSupportNeedLevel, DOMAIN_NEEDS, initialAssessmentSchema, LIFE_DOMAINS, SUPPORT_NEED_LEVELS, URGENT_MATTERS, URGENT_STATUSES } from '@socrehab/domain/programmes/housing-first/index';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { getCase, hfKeys, recordInitialAssessment, type CaseDetail } from '../housing-first.api';
import { fullName, schemaErrors, todayIso } from '../hf-format';
import { BackLink, DateField, FormError } from '../components/HfUi';

/** HF-3.1.7.5 the initial assessment before moving in; the level the domains suggest is shown beside the choice. */
export function InitialAssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.case(id), queryFn: () => getCase(id) });
  usePageTitle(query.data ? t('hf.initialAssessment.title', { name: fullName(query.data.person) }) : null);
  return <QueryState query={query}>{(data) => <AssessmentForm data={data} />}</QueryState>;
}

type Text6 = 'goalsAndWishes' | 'socialSituation' | 'resources' | 'furniture' | 'threats' | 'functioning';
const NARRATIVE: Text6[] = ['goalsAndWishes', 'socialSituation', 'resources', 'furniture', 'threats', 'functioning'];

function AssessmentForm({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [assessedOn, setAssessedOn] = useState(toDisplayDate(todayIso()));
  const [urgent, setUrgent] = useState<Record<string, string>>(Object.fromEntries(URGENT_MATTERS.map((m) => [m, 'not_needed'])));
  const [texts, setTexts] = useState<Record<Text6, string>>(Object.fromEntries(NARRATIVE.map((k) => [k, ''])) as Record<Text6, string>);
  const [domains, setDomains] = useState<Record<string, string>>(Object.fromEntries(LIFE_DOMAINS.map((d) => [d, 'none'])));
  const [level, setLevel] = useState('');
  const [plan, setPlan] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const suggested = computeSupportNeedLevel(domains as Record<(typeof LIFE_DOMAINS)[number], (typeof DOMAIN_NEEDS)[number]>);
  const teamText = (l: (typeof SUPPORT_NEED_LEVELS)[number]) => computeSuggestedTeam(l).map((r) => t(`housing.enums.teamRole.${r}`)).join(' + ');
  const body = () => ({ assessedOn: parseDisplayDate(assessedOn) ?? '', urgentMatters: urgent, ...texts, domainNeeds: domains, supportNeedLevel: level, moveInPlan: plan }) as Parameters<typeof recordInitialAssessment>[1];
  const mutation = useMutation({
    mutationFn: () => recordInitialAssessment(data.case.id, body()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      navigate(`/hf/cases/${data.case.id}`, { state: { notice: t('hf.initialAssessment.saved') } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(initialAssessmentSchema, body());
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const name = fullName(data.person);
  return (
    <>
      <PageHeader above={<BackLink to={`/hf/cases/${data.case.id}`}>{t('hf.common.backToCase')}</BackLink>} title={t('hf.initialAssessment.title', { name })} description={t('hf.initialAssessment.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={920}>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <DateField label={t('hf.initialAssessment.assessedOn')} withAsterisk value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} maw={220} />
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.initialAssessment.urgentTitle')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {URGENT_MATTERS.map((m) => (
                <NativeSelect key={m} label={t(`housing.enums.urgentMatter.${m}`)} value={urgent[m]} onChange={(e) => setUrgent({ ...urgent, [m]: e.currentTarget.value })}
                  data={URGENT_STATUSES.map((s) => ({ value: s, label: t(`housing.enums.urgentStatus.${s}`) }))} error={errors[`urgentMatters.${m}`]} />
              ))}
            </SimpleGrid>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.initialAssessment.narrativeTitle')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {NARRATIVE.map((k) => (
                <Textarea key={k} label={t(`hf.initialAssessment.${k}`)} autosize minRows={3} value={texts[k]} onChange={(e) => setTexts({ ...texts, [k]: e.currentTarget.value })} error={errors[k]} />
              ))}
            </SimpleGrid>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm" id="domains-title">{t('hf.initialAssessment.domainsTitle')}</Title>
            <TableScroll label={t('hf.initialAssessment.domainsTitle')} minWidth={560}>
              <Table aria-labelledby="domains-title" highlightOnHover={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Td />
                    {DOMAIN_NEEDS.map((n) => <Table.Th key={n} scope="col" ta="center">{t(`housing.enums.domainNeed.${n}`)}</Table.Th>)}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {LIFE_DOMAINS.map((d) => (
                    <Table.Tr key={d}>
                      <Table.Th scope="row" fw={500} fz="sm">{t(`housing.enums.lifeDomain.${d}`)}</Table.Th>
                      {DOMAIN_NEEDS.map((n) => (
                        <Table.Td key={n} ta="center">
                          <Radio
                            style={{ display: 'inline-block' }}
                            name={`domain-${d}`}
                            value={n}
                            checked={domains[d] === n}
                            onChange={() => setDomains({ ...domains, [d]: n })}
                            aria-label={`${t(`housing.enums.lifeDomain.${d}`)}: ${t(`housing.enums.domainNeed.${n}`)}`}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.initialAssessment.levelTitle')}</Title>
            <Stack gap="md">
              <Group gap="sm" p="sm" bg="brand.0" style={{ borderRadius: 6 }} aria-live="polite">
                <Text size="sm" fw={600} c="brand.8">{t('hf.initialAssessment.suggested', { level: t(`housing.enums.supportNeedLevel.${suggested}`), team: teamText(suggested) })}</Text>
                <Button size="compact-sm" variant="white" onClick={() => setLevel(suggested)}>{t('hf.initialAssessment.useSuggested')}</Button>
              </Group>
              <Radio.Group label={t('hf.initialAssessment.supportNeedLevel')} description={t('hf.initialAssessment.levelHint')} withAsterisk value={level} onChange={setLevel} error={errors.supportNeedLevel}>
                <Stack gap={6} mt={6}>
                  {SUPPORT_NEED_LEVELS.map((l) => <Radio key={l} value={l} label={`${t(`housing.enums.supportNeedLevel.${l}`)} — ${teamText(l)}`} />)}
                </Stack>
              </Radio.Group>
              <Textarea label={t('hf.initialAssessment.moveInPlan')} description={t('hf.initialAssessment.moveInPlanHint')} autosize minRows={3} value={plan} onChange={(e) => setPlan(e.currentTarget.value)} error={errors.moveInPlan} />
            </Stack>
          </Paper>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/hf/cases/${data.case.id}`}>{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('hf.initialAssessment.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
