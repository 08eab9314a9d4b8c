import { Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCatalogue, rpKeys } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

/** Where each programme keeps its services' names (by key, not by import: a programme imports no other). */
const SERVICE_NAMES: Record<string, string> = { individual_programme: 'ip.enums.serviceLine', individual_budget: 'ib.enums.service', family_support: 'fs.enums.groupKind' };

/** RP-1 the regional catalogue: the services in force with the law's type, where given and target groups; its versions and what each changed; the other programmes' services mapped onto it. */
export function RpCataloguePage() {
  const { t } = useTranslation();
  const f = useRpFormat();
  usePageTitle(t('rpPages.catalogue.title'));
  const catalogue = useQuery({ queryKey: rpKeys.catalogue, queryFn: ({ signal }) => getCatalogue(signal) });
  return (
    <Stack gap="lg">
      <PageHeader title={t('rpPages.catalogue.title')} description={t('rpPages.catalogue.intro')}
        actions={catalogue.data?.mayPublish ? <Button component={Link} to="/rp/catalogue/new-version">{t('rpPages.catalogue.publish')}</Button> : null} />
      <QueryState query={catalogue}>
        {(c) => (
          <>
            <Section id="rp-catalogue" title={t('rpPages.catalogue.table')} intro={t('rpPages.catalogue.version', { version: c.version, from: f.date(c.validFrom) })}>
              <ListTable label={t('rpPages.catalogue.table')} minWidth={860} columns={[t('rpPages.catalogue.service'), t('rpPages.catalogue.lawType'), t('rpPages.catalogue.setting'), t('rpPages.catalogue.targetGroups')]}>
                {c.services.map((s) => (
                  <Table.Tr key={s.code}>
                    <Table.Td><Text size="sm" fw={600}>{f.service(s)}</Text><Text size="xs" c="dimmed">{s.description[f.language]}</Text></Table.Td>
                    <Table.Td><Tag tone="brand">{t(`rp.enums.lawType.${s.lawType}`)}</Tag></Table.Td>
                    <Table.Td>{t(`rp.enums.setting.${s.setting}`)}</Table.Td>
                    <Table.Td>{s.targetGroups.map((g) => <Tag key={g} tone="teal">{t(`rp.enums.targetGroup.${g}`)}</Tag>)}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            </Section>
            <Section id="rp-versions" title={t('rpPages.catalogue.versionsTitle')} intro={t('rpPages.catalogue.versionsIntro')}>
              <ListTable label={t('rpPages.catalogue.versionsTable')} minWidth={760}
                columns={[t('rpPages.catalogue.versionNo'), t('rpPages.catalogue.validFrom'), { label: t('rpPages.catalogue.servicesCount'), ta: 'right' }, t('rpPages.catalogue.changes'), t('rpPages.catalogue.publishedBy')]}>
                {[...c.versions].reverse().map((v) => {
                  const names = (list: typeof v.added) => list.map((x) => x.names[f.language]).join(', ');
                  return (
                    <Table.Tr key={v.version}>
                      <Table.Td>{v.version}{v.inForce ? <> <Tag tone="success">{t('rpPages.catalogue.inForce')}</Tag></> : null}</Table.Td>
                      <Table.Td>{f.date(v.validFrom)}</Table.Td>
                      <Table.Td ta="right">{v.services}</Table.Td>
                      <Table.Td>
                        {v.version === 1 ? <Text size="sm">{t('rpPages.catalogue.firstVersion')}</Text> : null}
                        {v.added.length ? <Text size="sm">{t('rpPages.catalogue.added', { names: names(v.added) })}</Text> : null}
                        {v.removed.length ? <Text size="sm">{t('rpPages.catalogue.removed', { names: names(v.removed) })}</Text> : null}
                        {v.changed.length ? <Text size="sm">{t('rpPages.catalogue.changed', { names: names(v.changed) })}</Text> : null}
                        {v.note ? <Text size="sm" c="dimmed">{v.note}</Text> : null}
                      </Table.Td>
                      <Table.Td>{v.publishedBy ? `${v.publishedBy}, ${f.date(v.publishedAt!.slice(0, 10))}` : t('rpPages.common.none')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </ListTable>
            </Section>
            <Section id="rp-mapping" title={t('rpPages.catalogue.mappingTitle')}>
              <ListTable label={t('rpPages.catalogue.mappingTable')} minWidth={640} columns={[t('rpPages.catalogue.programme'), t('rpPages.catalogue.programmeService'), t('rpPages.catalogue.catalogueService')]}>
                {c.mapping.map((m) => {
                  const target = c.services.find((s) => s.code === m.catalogue);
                  return (
                    <Table.Tr key={`${m.programme}-${m.service}`}>
                      <Table.Td>{t(`rpPages.catalogue.programmes.${m.programme}`, { defaultValue: m.programme })}</Table.Td>
                      <Table.Td>{m.service === '*' ? t('rpPages.catalogue.allOfProgramme') : t(`${SERVICE_NAMES[m.programme] ?? 'rpPages.catalogue.otherServices'}.${m.service}`, { defaultValue: t(`rpPages.catalogue.otherServices.${m.service}`) })}</Table.Td>
                      <Table.Td>{target ? f.service(target) : m.catalogue}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </ListTable>
            </Section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
