import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ALTERNATIVE_SERVICES, CRITERION_FINDINGS, eligibilityAssessmentSchema, PRIORITY_FACTORS } from '@socrehab/domain/programmes/housing-first/index';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { assessEligibility, getApplication, hfKeys, type ApplicationDetail } from '../housing-first.api';
import { fullName, schemaErrors, todayIso } from '../hf-format';
import { BackLink, DateField, FormError } from '../components/HfUi';

/** HF-1.4, HF-1.3, HF-3.1.2 eligibility against the municipality's own criteria, version in force. */
export function EligibilityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.application(id), queryFn: () => getApplication(id) });
  usePageTitle(query.data ? t('hf.eligibility.title', { name: fullName(query.data.person) }) : null);
  return <QueryState query={query}>{(data) => <EligibilityForm data={data} />}</QueryState>;
}

function EligibilityForm({ data }: { data: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const criteria = data.criteriaInForce?.criteria ?? [];
  const [assessedOn, setAssessedOn] = useState(toDisplayDate(todayIso()));
  const [findings, setFindings] = useState<Record<string, { finding: string; note: string }>>({});
  const [factors, setFactors] = useState<string[]>([]);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [alternatives, setAlternatives] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const body = () => ({
    assessedOn: parseDisplayDate(assessedOn) ?? '',
    findings: criteria.filter((c) => findings[c.key]?.finding).map((c) => ({ key: c.key, finding: findings[c.key]!.finding as 'met', note: findings[c.key]!.note || null })),
    priorityFactors: factors as Array<(typeof PRIORITY_FACTORS)[number]>,
    outcome: outcome as 'eligible' | 'not_eligible',
    reason,
    alternativesOffered: outcome === 'not_eligible' ? (alternatives as Array<(typeof ALTERNATIVE_SERVICES)[number]>) : [],
  });
  const mutation = useMutation({
    mutationFn: () => assessEligibility(data.application.id, body()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      navigate(`/hf/applications/${data.application.id}`, { state: { notice: t('hf.eligibility.saved') } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const b = body();
    const found = schemaErrors(eligibilityAssessmentSchema, b);
    for (const c of criteria) if (!findings[c.key]?.finding) found[`findings.${c.key}`] = 'validation.required';
    if (b.outcome === 'not_eligible' && b.alternativesOffered.length === 0) found.alternativesOffered = 'housing.errors.alternativesRequired';
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const setFinding = (key: string, patch: Partial<{ finding: string; note: string }>) =>
    setFindings((f) => ({ ...f, [key]: { finding: f[key]?.finding ?? '', note: f[key]?.note ?? '', ...patch } }));
  const name = fullName(data.person);

  return (
    <>
      <PageHeader above={<BackLink to={`/hf/applications/${data.application.id}`}>{t('hf.common.backToApplication')}</BackLink>} title={t('hf.eligibility.title', { name })} description={t('hf.eligibility.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <DateField label={t('hf.eligibility.assessedOn')} withAsterisk value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} maw={220} />
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }} component="fieldset" style={{ margin: 0 }}>
            <Title order={2} component="legend" px={4}>
              {data.criteriaInForce ? t('hf.eligibility.criteriaTitle', { version: data.criteriaInForce.version, date: toDisplayDate(data.criteriaInForce.validFrom) }) : t('hf.eligibility.noCriteria')}
            </Title>
            <Stack gap="md" mt="sm">
              {criteria.map((c, i) => (
                <Paper key={c.key} p="sm" bg="gray.0" withBorder={false}>
                  <Radio.Group
                    label={`${i + 1}. ${i18n.language === 'en' ? c.textEn : c.textLv}`}
                    withAsterisk
                    value={findings[c.key]?.finding ?? ''}
                    onChange={(v) => setFinding(c.key, { finding: v })}
                    error={errors[`findings.${c.key}`]}
                  >
                    <Group gap="lg" mt={6}>
                      {CRITERION_FINDINGS.map((f) => <Radio key={f} value={f} label={t(`housing.enums.criterionFinding.${f}`)} />)}
                    </Group>
                  </Radio.Group>
                  <TextInput mt="xs" size="xs" label={t('hf.eligibility.note')} value={findings[c.key]?.note ?? ''} onChange={(e) => setFinding(c.key, { note: e.currentTarget.value })} />
                </Paper>
              ))}
            </Stack>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Checkbox.Group label={<Title order={2} component="span">{t('hf.eligibility.priorityTitle')}</Title>} description={t('hf.eligibility.priorityHint')} value={factors} onChange={setFactors} error={errors.priorityFactors}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="xs">
                {PRIORITY_FACTORS.map((p) => <Checkbox key={p} value={p} label={t(`housing.enums.priorityFactor.${p}`)} />)}
              </SimpleGrid>
            </Checkbox.Group>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Stack gap="md">
              <Title order={2}>{t('hf.eligibility.outcomeTitle')}</Title>
              <Radio.Group label={t('hf.eligibility.outcome')} withAsterisk value={outcome} onChange={setOutcome} error={errors.outcome}>
                <Group gap="lg" mt={6}>
                  <Radio value="eligible" label={t('housing.enums.eligibilityOutcome.eligible')} />
                  <Radio value="not_eligible" label={t('housing.enums.eligibilityOutcome.not_eligible')} />
                </Group>
              </Radio.Group>
              <Textarea label={t('hf.eligibility.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
              {outcome === 'not_eligible' ? (
                <Checkbox.Group label={t('hf.eligibility.alternativesTitle')} description={t('hf.eligibility.alternativesHint')} withAsterisk value={alternatives} onChange={setAlternatives} error={errors.alternativesOffered}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="xs">
                    {ALTERNATIVE_SERVICES.map((s) => <Checkbox key={s} value={s} label={t(`housing.enums.alternativeService.${s}`)} />)}
                  </SimpleGrid>
                </Checkbox.Group>
              ) : null}
            </Stack>
          </Paper>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/hf/applications/${data.application.id}`}>{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('hf.eligibility.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
