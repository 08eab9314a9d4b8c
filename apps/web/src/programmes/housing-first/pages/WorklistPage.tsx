import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getWorklist, hfKeys, type WorklistApplication } from '../housing-first.api';
import { todayIso } from '../hf-format';
import { AsOfForm } from '../../../modules/service/components/AsOfForm';

/** HF-3.1.1–3.1.4 the municipal social worker's worklist as of a day: overdue decisions first, in red. */
export function WorklistPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.worklist.title'));
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayIso();
  const worklist = useQuery({ queryKey: hfKeys.worklist(asOf), queryFn: () => getWorklist(asOf) });

  return (
    <>
      <PageHeader
        title={t('hf.worklist.title')}
        description={t('hf.worklist.intro')}
        actions={<Button component={Link} to="/hf/first-contacts/new">{t('hf.worklist.recordContact')}</Button>}
      />
      <Paper p={{ base: 'sm', sm: 'md' }} mb="lg">
        <AsOfForm label={t('hf.common.asOf')} description={t('hf.common.asOfHint')} value={asOf} onChange={(next) => setParams(next === todayIso() ? {} : { asOf: next })} />
      </Paper>
      <QueryState query={worklist}>
        {(data) => {
          const overdue = data.applications.filter((a) => a.overdue).length;
          return (
            <Stack gap="xl">
              <Group gap="xs" aria-live="polite">
                {overdue ? <Tag tone="warning">{t('hf.worklist.summaryOverdue', { count: overdue })}</Tag> : null}
                <Tag tone="brand">{t('hf.worklist.summaryPending', { count: data.applications.length })}</Tag>
                <Tag>{t('hf.worklist.summaryContacts', { count: data.firstContacts.length })}</Tag>
              </Group>
              <section aria-labelledby="pending-title">
                <Title order={2} id="pending-title" mb="sm">{t('hf.worklist.applicationsTitle')}</Title>
                {data.applications.length === 0 ? <Text c="dimmed">{t('hf.worklist.noApplications')}</Text> : (
                  <ListTable
                    label={t('hf.worklist.applicationsTable')}
                    minWidth={560}
                    columns={[
                      t('hf.common.person'),
                      t('hf.worklist.submittedOn'),
                      t('hf.worklist.dueOn'),
                      t('hf.worklist.daysLeft'),
                    ]}
                  >
                    {data.applications.map((a) => (
                      <Table.Tr key={a.id} bg={a.overdue ? 'red.0' : undefined}>
                        <Table.Td><Anchor component={Link} to={`/hf/applications/${a.id}`} fw={600}>{a.personName}</Anchor></Table.Td>
                        <Table.Td className="nowrap">{toDisplayDate(a.submittedOn)}</Table.Td>
                        <Table.Td className="nowrap">{toDisplayDate(a.dueOn)}</Table.Td>
                        <Table.Td><DaysLeft item={a} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </ListTable>
                )}
              </section>
              <section aria-labelledby="contacts-title">
                <Title order={2} id="contacts-title" mb="sm">{t('hf.worklist.contactsTitle')}</Title>
                {data.firstContacts.length === 0 ? <Text c="dimmed">{t('hf.worklist.noContacts')}</Text> : (
                  <ListTable
                    label={t('hf.worklist.contactsTable')}
                    minWidth={560}
                    columns={[
                      t('hf.common.person'),
                      t('hf.worklist.contactedOn'),
                      t('hf.worklist.source'),
                      { label: <span className="visually-hidden">{t('hf.common.actions')}</span>, pos: 'relative' },
                    ]}
                  >
                    {data.firstContacts.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/persons/${c.personId}`} fw={600}>{c.personName}</Anchor>
                          {c.note ? <Text size="xs" c="dimmed" lineClamp={2}>{c.note}</Text> : null}
                        </Table.Td>
                        <Table.Td className="nowrap">{toDisplayDate(c.contactedOn)}</Table.Td>
                        <Table.Td>{t(`housing.enums.contactSource.${c.source}`)}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            component={Link}
                            to={`/hf/applications/new?${new URLSearchParams({ personId: c.personId, contactId: c.id, name: c.personName, contactedOn: c.contactedOn })}`}
                            aria-label={`${t('hf.worklist.startApplication')}: ${c.personName}`}
                          >
                            {t('hf.worklist.startApplication')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </ListTable>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

/** Days left to decide; overdue in red with words, not only colour. */
function DaysLeft({ item }: { item: WorklistApplication }) {
  const { t } = useTranslation();
  if (item.overdue) return <Text span c="red.9" fw={700} size="sm">{t('hf.worklist.overdueBy', { count: -item.daysLeft })}</Text>;
  if (item.daysLeft === 0) return <Text span c="#8a3700" fw={700} size="sm">{t('hf.worklist.dueToday')}</Text>;
  return <Text span size="sm" fw={item.daysLeft <= 5 ? 700 : 400}>{t('hf.worklist.daysLeftValue', { count: item.daysLeft })}</Text>;
}
