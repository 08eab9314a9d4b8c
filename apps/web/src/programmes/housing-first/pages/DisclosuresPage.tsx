import { useState, type FormEvent } from 'react';
import { Button, Code, Group, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@socrehab/domain';
import { fundersHandoverSchema, researchExtractSchema } from '@socrehab/domain/programmes/housing-first/research.rules';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { disclosureKeys, getDisclosures, produceFundersHandover, produceResearchExtract, saveFile } from '../disclosures.api';
import { schemaErrors } from '../hf-format';
import { FormError, SavedNotice } from '../components/HfUi';

type Kind = 'research' | 'handover';

/**
 * HF-4.4 passing data out, for the provider's manager: pseudonymised, 5-anonymous data for research, the
 * handover of the case files to the funder, and the register of what was passed to whom.
 */
export function DisclosuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.disclosures.title'));
  const register = useQuery({ queryKey: disclosureKeys.register, queryFn: getDisclosures });
  return (
    <>
      <PageHeader title={t('hf.disclosures.title')} description={t('hf.disclosures.intro')} />
      <Stack gap="lg">
        <DisclosureForm kind="research" />
        <DisclosureForm kind="handover" />
        <Section id="disclosure-register" title={t('hf.disclosures.register')}>
          <QueryState query={register}>
            {(data) => data.items.length === 0 ? <Text c="dimmed">{t('hf.disclosures.registerEmpty')}</Text> : (
              <ListTable label={t('hf.disclosures.register')} minWidth={760} columns={[t('hf.disclosures.on'), t('hf.disclosures.kind'), t('hf.disclosures.recipient'), t('hf.disclosures.legalBasis'), t('hf.disclosures.what'), t('hf.disclosures.producedBy'), t('hf.disclosures.files')]}>
                {data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{formatDate(d.disclosedOn)}</Table.Td>
                    <Table.Td>{t(`hf.disclosures.kinds.${d.kind}`)}</Table.Td>
                    <Table.Th scope="row" fw={600}>{d.recipient}<Text size="xs" c="dimmed">{d.purpose}</Text></Table.Th>
                    <Table.Td>{d.legalBasis}</Table.Td>
                    <Table.Td>{[t('hf.disclosures.rows', { count: d.dataRows }), ...(d.kind === 'funder_handover' ? [t('hf.disclosures.caseFiles', { count: d.caseFiles })] : [])].join(', ')}</Table.Td>
                    <Table.Td>{d.producedBy ?? '—'}</Table.Td>
                    <Table.Td>
                      {d.actSha256 ? <Text size="xs">{t('hf.disclosures.checksum')}: <Code>{d.actSha256.slice(0, 16)}…</Code></Text> : null}
                      {d.files.filter((f) => !d.actSha256 || f.sha256 !== d.actSha256).slice(0, 3).map((f) => <Text key={f.name} size="xs">{f.name}: <Code>{f.sha256.slice(0, 16)}…</Code></Text>)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )}
          </QueryState>
        </Section>
      </Stack>
    </>
  );
}

/** One of the two actions: who receives the data, on what basis, for what; the file downloads when produced. */
function DisclosureForm({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [recipient, setRecipient] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [purpose, setPurpose] = useState('');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [cases, setCases] = useState<'all' | 'ended'>(kind === 'handover' ? 'ended' : 'all');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [produced, setProduced] = useState<string | null>(null);
  const body = () => (kind === 'research' ? { recipient, legalBasis, purpose, format, cases } : { recipient, legalBasis, purpose, cases });
  const mutation = useMutation({
    mutationFn: () => (kind === 'research' ? produceResearchExtract({ recipient, legalBasis, purpose, format, cases }) : produceFundersHandover({ recipient, legalBasis, purpose, cases })),
    onSuccess: (file) => {
      saveFile(file);
      setProduced(file.fileName);
      void queryClient.invalidateQueries({ queryKey: disclosureKeys.register });
    },
  });
  const errors = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProduced(null);
    const found = schemaErrors(kind === 'research' ? researchExtractSchema : fundersHandoverSchema, body());
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const id = `disclosure-${kind}`;
  return (
    <Section id={id} title={t(kind === 'research' ? 'hf.disclosures.researchTitle' : 'hf.disclosures.handoverTitle')} intro={t(kind === 'research' ? 'hf.disclosures.researchIntro' : 'hf.disclosures.handoverIntro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={760}>
          <TextInput label={t('hf.disclosures.recipient')} description={t('hf.disclosures.recipientHint')} withAsterisk value={recipient} onChange={(e) => setRecipient(e.currentTarget.value)} error={errors.recipient} />
          <TextInput label={t('hf.disclosures.legalBasis')} description={t('hf.disclosures.legalBasisHint')} withAsterisk value={legalBasis} onChange={(e) => setLegalBasis(e.currentTarget.value)} error={errors.legalBasis} />
          <Textarea label={t('hf.disclosures.purpose')} withAsterisk autosize minRows={2} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={errors.purpose} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Radio.Group label={t('hf.disclosures.cases')} value={cases} onChange={(v) => setCases(v as 'all' | 'ended')} error={errors.cases}>
              <Stack gap={6} mt={6}>
                <Radio value="all" label={t('hf.disclosures.casesAll')} />
                <Radio value="ended" label={t('hf.disclosures.casesEnded')} />
              </Stack>
            </Radio.Group>
            {kind === 'research' ? (
              <Radio.Group label={t('hf.disclosures.format')} value={format} onChange={(v) => setFormat(v as 'csv' | 'xlsx')} error={errors.format}>
                <Stack gap={6} mt={6}>
                  <Radio value="csv" label="CSV" />
                  <Radio value="xlsx" label="Excel (XLSX)" />
                </Stack>
              </Radio.Group>
            ) : null}
          </SimpleGrid>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
          <SavedNotice>{produced ? t('hf.disclosures.produced', { name: produced }) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t(kind === 'research' ? 'hf.disclosures.produceResearch' : 'hf.disclosures.produceHandover')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
