import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Code, Grid, Group, Input, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../shared/api/errors';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

import { CASE_HISTORY_FORMAT_DOC, importCaseHistory, importIssuesOf, organisationHistoryExport, type ImportIssue, type ImportSummary } from '../history.api';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

const h = 'hf.caseService.history';
const FILE_INPUT = {
  display: 'block', width: '100%', marginTop: 6, padding: '10px 12px', font: 'inherit', fontSize: 14, background: '#fff',
  border: '1px dashed var(--mantine-color-gray-5)', borderRadius: 'var(--mantine-radius-md)', cursor: 'pointer',
} as const;

/**
 * Issue 4: a manager imports case histories (docs/case-history-format.md) into the organisation —
 * checked first (dry run), then imported all or nothing; a refused file lists every line and field.
 */
export function CaseHistoryImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t(`${h}.title`));
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const run = useMutation({
    mutationFn: async ({ dryRun, chosen }: { dryRun: boolean; chosen: File }) => importCaseHistory(await chosen.text(), { dryRun, csrfToken: me.csrfToken }),
  });
  const submit = (dryRun: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    if (!file) { setMissing(true); return; }
    setMissing(false);
    run.mutate({ dryRun, chosen: file });
  };
  // one reason may come from two checks of the same value: list it once
  const issues = importIssuesOf(run.error).filter((i, n, all) => all.findIndex((j) => j.line === i.line && j.field === i.field && j.code === i.code) === n);

  return (
    <>
      <PageHeader title={t(`${h}.title`)} description={t(`${h}.intro`)} />
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper component="section" aria-labelledby="import-title" p={{ base: 'sm', sm: 'lg' }} withBorder radius="md">
          <Title order={2} size="h3" id="import-title" mb="sm">{t(`${h}.fileTitle`)}</Title>
          <form onSubmit={submit(true)} noValidate aria-labelledby="import-title">
            <Stack gap="md">
              <Input.Wrapper label={t(`${h}.fileLabel`)} description={t(`${h}.fileHint`)} error={missing ? t(`${h}.noFile`) : undefined} id="import-file">
                <input
                  id="import-file" type="file" accept=".jsonl,.ndjson,.txt,application/x-ndjson,application/jsonl" style={FILE_INPUT}
                  aria-describedby={missing ? 'import-file-description import-file-error' : 'import-file-description'} aria-invalid={missing || undefined}
                  onChange={(e) => { setFile(e.currentTarget.files?.[0] ?? null); setMissing(false); run.reset(); }}
                />
              </Input.Wrapper>
              <Group gap="sm">
                <Button type="submit" variant="default" loading={run.isPending && run.variables?.dryRun}>{t(`${h}.check`)}</Button>
                <Button onClick={() => submit(false)()} loading={run.isPending && !run.variables?.dryRun}>{t(`${h}.import`)}</Button>
              </Group>
              {run.data ? <Counts summary={run.data} /> : null}
              {run.error ? (
                <Alert color="red" role="alert" styles={ALERT_INK.red} title={messageOf(run.error, t)}>
                  {issues.length ? <Text size="sm" style={ALERT_INK.red.message}>{t(`${h}.fixLines`)}</Text> : null}
                </Alert>
              ) : null}
              {issues.length ? <Issues issues={issues} /> : null}
            </Stack>
          </form>
        </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}><FormatHelp /></Grid.Col>
      </Grid>
    </>
  );
}

/** What a valid file created (or would create), by record type. */
function Counts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const types = Object.entries(summary.createdByType);
  return (
    <Alert color="green" role="status" styles={ALERT_INK.green} title={summary.dryRun ? t(`${h}.checkedTitle`) : t(`${h}.importedTitle`)}>
      <Stack gap="xs">
        <Text size="sm" fw={600} style={ALERT_INK.green.message}>{t(`${h}.counts`, { created: summary.created, unchanged: summary.unchanged })}</Text>
        {types.length ? (
          <Table aria-label={t(`${h}.byType`)} fz="sm" verticalSpacing={4} maw={420} bg="white">
            <Table.Thead>
              <Table.Tr><Table.Th scope="col">{t(`${h}.type`)}</Table.Th><Table.Th scope="col" ta="right">{t(`${h}.count`)}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.map(([type, n]) => (
                <Table.Tr key={type}><Table.Td>{t(`${h}.types.${type}`, { defaultValue: type })}</Table.Td><Table.Td ta="right">{n.toLocaleString('lv-LV')}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Every problem of a refused file: line, field and the reason in the UI language. */
function Issues({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t(`${h}.errorsTable`)} minWidth={320}>
      <Table aria-label={t(`${h}.errorsTable`)} fz="sm" verticalSpacing="xs" withTableBorder striped>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col" w={64}>{t(`${h}.line`)}</Table.Th>
            <Table.Th scope="col" w="36%">{t(`${h}.field`)}</Table.Th>
            <Table.Th scope="col">{t(`${h}.message`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i, n) => (
            <Table.Tr key={n}>
              <Table.Td fw={700}>{i.line}</Table.Td>
              <Table.Td className="wrap-anywhere">{i.field ? <Code>{i.field}</Code> : <Text span size="sm" c="dimmed">{t(`${h}.wholeLine`)}</Text>}</Table.Td>
              <Table.Td>{t(i.code, { defaultValue: i.message })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** A short description of the format, where the full one is, and the organisation's export. */
function FormatHelp() {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="format-title" p={{ base: 'sm', sm: 'lg' }} withBorder radius="md" bg="gray.0">
      <Title order={2} size="h4" id="format-title" mb="sm">{t(`${h}.formatTitle`)}</Title>
      <List size="sm" spacing={6}>
        {(['lines', 'records', 'workers', 'allOrNothing', 'export'] as const).map((k) => <List.Item key={k} className="wrap-anywhere">{t(`${h}.format.${k}`)}</List.Item>)}
      </List>
      <Text size="sm" mt="sm">
        {t(`${h}.formatDoc`)} <Anchor href={CASE_HISTORY_FORMAT_DOC} target="_blank" rel="noopener" fw={600}>{t(`${h}.formatDocLink`)}</Anchor>
      </Text>
      <Anchor href={organisationHistoryExport} download fw={600} size="sm" mt="sm" display="inline-block">
        {t(`${h}.exportAll`)}<span className="visually-hidden"> ({t(`${h}.exportHint`)})</span>
      </Anchor>
    </Paper>
  );
}
