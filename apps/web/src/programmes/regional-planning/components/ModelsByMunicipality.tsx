import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import type { RpOverview } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

/**
 * RP-3 the municipalities' development models, one closed panel per municipality (its name and how many services
 * it prioritises and is ready to support), so the page reads well on a phone; opened, each service with the
 * stance and its reason.
 */
export function ModelsByMunicipality({ overview }: { overview: RpOverview }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const serviceOf = (code: string) => overview.services.find((s) => s.code === code);
  const withModel = overview.municipalities.map((m) => ({
    m, rows: overview.models.filter((x) => x.municipalityAtvk === m.atvk && x.stance !== 'not_planned')
      .sort((a, b) => (a.stance === b.stance ? 0 : a.stance === 'priority' ? -1 : 1)),
  })).filter((x) => x.rows.length > 0);
  if (withModel.length === 0) return <Text c="dimmed">{t('rpPages.overview.noModels')}</Text>;
  return (
    <Accordion multiple variant="separated" order={3} chevronPosition="right">
      {withModel.map(({ m, rows }) => (
        <Accordion.Item key={m.atvk} value={m.atvk}>
          <Accordion.Control>
            <Text fw={600} component="span">{f.municipality(m)}</Text>
            <Text size="sm" c="dimmed" component="span" display="block">
              {t('rpPages.overview.modelCounts', { priority: rows.filter((r) => r.stance === 'priority').length, ready: rows.filter((r) => r.stance === 'ready_to_support').length })}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {rows.map((r) => (
                <li key={r.service}>
                  <Group gap="xs" wrap="wrap" align="baseline">
                    <Tag tone={r.stance === 'priority' ? 'brand' : 'teal'}>{t(`rp.enums.stance.${r.stance}`)}</Tag>
                    <Text size="sm" fw={500}>{serviceOf(r.service) ? f.service(serviceOf(r.service)!) : r.service}</Text>
                  </Group>
                  {r.reason ? <Text size="sm" c="dimmed">{r.reason}</Text> : null}
                </li>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
