import { Fragment, useEffect, useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SPLIT_FIGURES, splitKeyOf, STANCES, type CatalogueService, type SplitFigure, type Stance, type TargetGroup } from '@socrehab/domain/programmes/regional-planning/index';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { confirmPart, getOverview, getPart, rpKeys, savePart, type RpFigureRow, type RpPart } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

const NUMBERS = ['providers', 'places', 'clients', 'waiting', 'waitingDays', 'cost'] as const;
type NumberField = (typeof NUMBERS)[number];
type Method = '' | 'linear_trend' | 'rate_per_resident';
/** RP-5 a row's forecast: the method, and for the rate method the target group's residents and each year's projection (as typed); RP-7 each figure by target group (as typed). */
type Row = Record<NumberField, string> & {
  stance: Stance | ''; reason: string | null; forecast: Method; residents: string; projection: Record<number, string>;
  split: Record<SplitFigure, Partial<Record<TargetGroup, string>>>; showSplit: boolean;
};
/** The form's field of a figure that is split (cost is typed in euro). */
const FIELD_OF: Record<SplitFigure, NumberField> = { places: 'places', clients: 'clients', waiting: 'waiting', costCents: 'cost' };

/** A typed number: '' → null; `1 234,5` → 1234.5; anything else as typed (the server names the field). */
const parse = (s: string): number | null => {
  const x = s.replace(/\s/g, '').replace(',', '.');
  return x === '' ? null : Number.isFinite(Number(x)) ? Number(x) : (s as unknown as number);
};

function rowsOf(part: RpPart, f: ReturnType<typeof useRpFormat>): Record<string, Row> {
  return Object.fromEntries(part.services.map((s) => {
    const fig = part.figures.find((x) => x.service === s.code);
    const model = part.model.find((x) => x.service === s.code);
    const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    return [s.code, {
      providers: n(fig?.providers), places: n(fig?.places), clients: n(fig?.clients), waiting: n(fig?.waiting), waitingDays: n(fig?.waitingDays),
      cost: fig?.costCents == null ? '' : f.number(fig.costCents / 100).replace(/\u00a0/g, ' '),
      stance: model?.stance ?? '', reason: model?.reason ?? null,
      forecast: (part.forecasts.find((x) => x.service === s.code)?.method ?? '') as Method,
      residents: n(part.forecasts.find((x) => x.service === s.code && x.residents !== null)?.residents),
      projection: Object.fromEntries(part.forecasts.filter((x) => x.service === s.code && x.projected !== null).map((x) => [x.year, String(x.projected)])),
      split: Object.fromEntries(SPLIT_FIGURES.map((figure) => [figure, Object.fromEntries(Object.entries(fig?.[splitKeyOf(figure)] ?? {})
        .map(([g, v]) => [g, figure === 'costCents' ? f.number((v ?? 0) / 100).replace(/\u00a0/g, ' ') : String(v)]))])) as Row['split'],
      showSplit: SPLIT_FIGURES.some((figure) => Object.keys(fig?.[splitKeyOf(figure)] ?? {}).length > 0),
    } satisfies Row];
  }));
}

/** RP-2, RP-3, RP-5, RP-6 a municipality's part of a round: its officer fills in each service's figures, its stance and the forecast method, saves and confirms; others read it. */
export function RpPartPage() {
  const { id = '', atvk = '' } = useParams();
  const { t } = useTranslation();
  const f = useRpFormat();
  const part = useQuery({ queryKey: rpKeys.part(id, atvk), queryFn: ({ signal }) => getPart(id, atvk, signal) });
  const overview = useQuery({ queryKey: rpKeys.overview(null), queryFn: ({ signal }) => getOverview(null, signal) });
  const municipality = overview.data?.municipalities.find((m) => m.atvk === atvk);
  usePageTitle(municipality ? f.municipality(municipality) : t('rpPages.rounds.title'));
  return (
    <Stack gap="lg">
      <QueryState query={part}>
        {(p) => <PartForm part={p} title={t('rpPages.part.title', { municipality: municipality ? f.municipality(municipality) : atvk, round: p.round.name })} />}
      </QueryState>
    </Stack>
  );
}

function PartForm({ part, title }: { part: RpPart; title: string }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const client = useQueryClient();
  const [rows, setRows] = useState(() => rowsOf(part, f));
  const [version, setVersion] = useState(part.version);
  const [status, setStatus] = useState(part.status);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { setVersion(part.version); setStatus(part.status); }, [part.version, part.status]);
  const set = (service: string, field: Exclude<keyof Row, 'projection' | 'split' | 'showSplit'>, value: string) => setRows((r) => ({ ...r, [service]: { ...r[service]!, [field]: value } }));
  const setSplit = (service: string, figure: SplitFigure, group: TargetGroup, value: string) =>
    setRows((r) => ({ ...r, [service]: { ...r[service]!, split: { ...r[service]!.split, [figure]: { ...r[service]!.split[figure], [group]: value } } } }));
  const toggleSplit = (service: string) => setRows((r) => ({ ...r, [service]: { ...r[service]!, showSplit: !r[service]!.showSplit } }));
  const services = part.services;
  /** RP-7 a figure's split as typed: {} when no group is filled in (not split) or the service has one target group (all of it is that group's); cost from euro to cents. */
  const splitOf = (s: CatalogueService, r: Row, figure: SplitFigure) => (s.targetGroups.length < 2 ? {} : Object.fromEntries(Object.entries(r.split[figure]).filter(([, v]) => (v ?? '').trim() !== '').map(([g, v]) => {
    const n = parse(v!);
    return [g, figure === 'costCents' && typeof n === 'number' ? Math.round(n * 100) : n];
  })));
  const setProjection = (service: string, year: number, value: string) => setRows((r) => ({ ...r, [service]: { ...r[service]!, projection: { ...r[service]!.projection, [year]: value } } }));
  const forecasted = services.filter((s) => rows[s.code]!.forecast !== '');
  const projectionOf = (r: Row) => part.forecastYearsAhead.filter((y) => (r.projection[y] ?? '').trim() !== '').map((year) => ({ year, value: parse(r.projection[year]!) }));
  const filled = services.filter((s) => NUMBERS.some((n) => rows[s.code]![n].trim() !== ''));
  const save = useMutation({
    mutationFn: () => savePart(part.round.id, part.municipalityAtvk, {
      expectedVersion: version,
      figures: filled.map((s): RpFigureRow => {
        const r = rows[s.code]!;
        const cost = parse(r.cost);
        return {
          service: s.code, providers: parse(r.providers), places: parse(r.places), clients: parse(r.clients), waiting: parse(r.waiting), waitingDays: parse(r.waitingDays),
          costCents: typeof cost === 'number' ? Math.round(cost * 100) : cost,
          clientsByGroup: splitOf(s, r, 'clients'), placesByGroup: splitOf(s, r, 'places'), waitingByGroup: splitOf(s, r, 'waiting'), costCentsByGroup: splitOf(s, r, 'costCents'),
        };
      }),
      model: services.filter((s) => rows[s.code]!.stance !== '').map((s) => ({ service: s.code, stance: rows[s.code]!.stance as Stance, reason: rows[s.code]!.reason })),
      forecasts: forecasted.map((s) => {
        const r = rows[s.code]!;
        return r.forecast === 'rate_per_resident'
          ? { service: s.code, method: 'rate_per_resident' as const, residents: parse(r.residents), projection: projectionOf(r) }
          : { service: s.code, method: 'linear_trend' as const };
      }),
    }),
    onSuccess: async (r) => { setVersion(r.version); setStatus(r.status); setNotice(t('rpPages.part.saved', { version: r.version })); await client.invalidateQueries({ queryKey: rpKeys.all }); },
  });
  const confirmIt = useMutation({
    mutationFn: () => confirmPart(part.round.id, part.municipalityAtvk, version),
    onSuccess: async (r) => { setVersion(r.version); setStatus(r.status); setNotice(t('rpPages.part.confirmed', { date: f.date(new Date().toISOString().slice(0, 10)) })); await client.invalidateQueries({ queryKey: rpKeys.all }); },
  });
  const failed = save.error ?? confirmIt.error;
  const errors = fieldErrorsOf(save.error, t);
  const errorOf = (service: string, field: string) => {
    const i = filled.findIndex((s) => s.code === service);
    return errors[`figures.${i}.${field === 'cost' ? 'costCents' : field}`];
  };
  /** RP-7 the server's reason for a figure's split (it must add up), at the split's first field. */
  const splitErrorOf = (service: string, figure: SplitFigure) => errors[`figures.${filled.findIndex((s) => s.code === service)}.${splitKeyOf(figure)}`];
  /** RP-5 the server's reasons for a forecast row, at its field (the residents; a year's projection; the method). */
  const forecastErrorOf = (service: string, field: 'residents' | 'method' | number) => {
    const i = forecasted.findIndex((s) => s.code === service);
    if (typeof field !== 'number') return errors[`forecasts.${i}.${field}`];
    const j = projectionOf(rows[service]!).findIndex((p) => p.year === field);
    return j < 0 ? undefined : errors[`forecasts.${i}.projection.${j}.value`];
  };
  const tone = { not_started: 'warning', in_progress: 'brand', confirmed: 'success' } as const;
  const disabled = !part.mayEdit;
  return (
    <>
      <PageHeader title={title} description={part.mayEdit ? t('rpPages.part.intro') : t('rpPages.part.readOnly')}
        above={<Anchor component={Link} to={`/rp/rounds/${part.round.id}`} size="sm">{part.round.name}</Anchor>}
        actions={<Tag tone={tone[status]}>{t('rpPages.part.status', { status: t(`rpPages.status.${status}`) })}</Tag>} />
      {part.lastRemindedOn && status !== 'confirmed' ? <Text c="#8a3700" fw={600}>{t('rpPages.part.reminded', { date: f.date(part.lastRemindedOn) })}</Text> : null}
      <form aria-label={t('rpPages.part.figuresTable')} onSubmit={(e) => { e.preventDefault(); setNotice(null); save.mutate(); }}>
        <Stack gap="sm">
          <Section id="rp-part" title={t('rpPages.part.figuresTable')}>
            <ListTable label={t('rpPages.part.figuresTable')} minWidth={1180} tableProps={{ fz: 'sm' }}
              columns={[t('rpPages.part.service'), ...NUMBERS.map((n) => t(`rpPages.part.${n}`)), t('rpPages.part.stance'), t('rpPages.part.forecast')]}>
              {services.map((s) => (
                <Fragment key={s.code}>
                <Table.Tr>
                  <Table.Th scope="row" fw={500} miw={220}>
                    {f.service(s)}
                    {s.targetGroups.length > 1 ? (
                      <Button variant="subtle" size="compact-xs" display="block" px={0} onClick={() => toggleSplit(s.code)} aria-expanded={rows[s.code]!.showSplit}
                        aria-controls={`split-${s.code}`} aria-label={`${f.service(s)}: ${t('rpPages.part.splitToggle')}`}>{t('rpPages.part.splitToggle')}</Button>
                    ) : null}
                  </Table.Th>
                  {NUMBERS.map((n) => (
                    <Table.Td key={n} w={n === 'cost' ? 120 : 88}>
                      <TextInput size="xs" inputMode="decimal" aria-label={`${f.service(s)}: ${t(`rpPages.part.${n}`)}`} value={rows[s.code]![n]} disabled={disabled}
                        onChange={(e) => set(s.code, n, e.currentTarget.value)} error={errorOf(s.code, n)} />
                    </Table.Td>
                  ))}
                  <Table.Td w={150}>
                    <NativeSelect size="xs" aria-label={`${f.service(s)}: ${t('rpPages.part.stance')}`} value={rows[s.code]!.stance} disabled={disabled} onChange={(e) => set(s.code, 'stance', e.currentTarget.value)}
                      data={[{ value: '', label: t('rpPages.part.noStance') }, ...STANCES.map((x) => ({ value: x, label: t(`rp.enums.stance.${x}`) }))]} />
                  </Table.Td>
                  <Table.Td w={150}>
                    <NativeSelect size="xs" aria-label={`${f.service(s)}: ${t('rpPages.part.forecast')}`} value={rows[s.code]!.forecast} disabled={disabled} onChange={(e) => set(s.code, 'forecast', e.currentTarget.value)}
                      error={forecastErrorOf(s.code, 'method')}
                      data={[{ value: '', label: t('rpPages.part.noForecast') }, { value: 'linear_trend', label: t('rpPages.part.trend') }, { value: 'rate_per_resident', label: t('rpPages.part.rate') }]} />
                  </Table.Td>
                </Table.Tr>
                {s.targetGroups.length > 1 && rows[s.code]!.showSplit ? <SplitRow service={s} row={rows[s.code]!} disabled={disabled} colSpan={NUMBERS.length + 3}
                  onChange={(figure, group, value) => setSplit(s.code, figure, group, value)} errorOf={(figure) => splitErrorOf(s.code, figure)} /> : null}
                {rows[s.code]!.forecast === 'rate_per_resident' ? (
                  <Table.Tr>
                    <Table.Td colSpan={NUMBERS.length + 3} bg="gray.0">
                      <Stack gap={4}>
                        <Text size="sm" fw={600}>{t('rpPages.part.rateTitle', { service: f.service(s) })}</Text>
                        <Text size="xs" c="dimmed">{t('rpPages.part.rateHint')}</Text>
                        <Group gap="sm" align="flex-start">
                          <TextInput size="xs" w={220} inputMode="numeric" label={t('rpPages.part.residents')} aria-label={`${f.service(s)}: ${t('rpPages.part.residents')}`}
                            value={rows[s.code]!.residents} disabled={disabled} onChange={(e) => set(s.code, 'residents', e.currentTarget.value)} error={forecastErrorOf(s.code, 'residents')} />
                          {part.forecastYearsAhead.map((year) => (
                            <TextInput key={year} size="xs" w={200} inputMode="numeric" label={t('rpPages.part.projection', { year })} aria-label={`${f.service(s)}: ${t('rpPages.part.projection', { year })}`}
                              value={rows[s.code]!.projection[year] ?? ''} disabled={disabled} onChange={(e) => setProjection(s.code, year, e.currentTarget.value)} error={forecastErrorOf(s.code, year)} />
                          ))}
                        </Group>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
                </Fragment>
              ))}
            </ListTable>
          </Section>
          <FormError message={failed ? messageOf(failed, t) : null} hasFields={failed instanceof ApiError && Object.keys(failed.fields).length > 0} />
          <SavedNotice>{notice}</SavedNotice>
          {part.mayEdit ? (
            <Group>
              <Button type="submit" loading={save.isPending}>{t('rpPages.part.save')}</Button>
              <Button variant="default" onClick={() => { setNotice(null); confirmIt.mutate(); }} loading={confirmIt.isPending} disabled={status === 'confirmed'}>{t('rpPages.part.confirm')}</Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      {part.forecasts.length ? (
        <Section id="rp-part-forecasts" title={t('rpPages.part.forecasts')}>
          <ListTable label={t('rpPages.part.forecastsTable')} minWidth={520} columns={[t('rpPages.part.service'), t('rpPages.part.year'), { label: t('rpPages.part.clients'), ta: 'right' }, t('rpPages.part.method')]}>
            {part.forecasts.map((x) => {
              const s = part.services.find((y) => y.code === x.service);
              return (
                <Table.Tr key={`${x.service}-${x.year}`}>
                  <Table.Td>{s ? f.service(s) : x.service}</Table.Td>
                  <Table.Td>{x.year}</Table.Td>
                  <Table.Td ta="right">{f.number(x.clients)}</Table.Td>
                  <Table.Td>{t(`rp.enums.method.${x.method}`)}</Table.Td>
                </Table.Tr>
              );
            })}
          </ListTable>
        </Section>
      ) : null}
    </>
  );
}

/** RP-7 a service's figures by target group: for each of its groups the places, clients, persons waiting and cost; empty — not split. */
function SplitRow({ service, row, disabled, colSpan, onChange, errorOf }: {
  service: CatalogueService; row: Row; disabled: boolean; colSpan: number;
  onChange: (figure: SplitFigure, group: TargetGroup, value: string) => void; errorOf: (figure: SplitFigure) => string | undefined;
}) {
  const { t } = useTranslation();
  const f = useRpFormat();
  return (
    <Table.Tr id={`split-${service.code}`}>
      <Table.Td colSpan={colSpan} bg="gray.0">
        <Stack gap={6}>
          <Text size="sm" fw={600}>{t('rpPages.part.splitTitle', { service: f.service(service) })}</Text>
          <Text size="xs" c="dimmed">{t('rpPages.part.splitHint')}</Text>
          {service.targetGroups.map((g, gi) => (
            <Group key={g} gap="sm" align="flex-start" wrap="wrap">
              <Text size="sm" w={260}>{t(`rp.enums.targetGroup.${g}`)}</Text>
              {SPLIT_FIGURES.map((figure) => (
                <TextInput key={figure} size="xs" w={figure === 'costCents' ? 130 : 100} inputMode="decimal" label={t(`rpPages.part.${FIELD_OF[figure]}`)}
                  aria-label={`${f.service(service)}, ${t(`rp.enums.targetGroup.${g}`)}: ${t(`rpPages.part.${FIELD_OF[figure]}`)}`}
                  value={row.split[figure][g] ?? ''} disabled={disabled} onChange={(e) => onChange(figure, g, e.currentTarget.value)} error={gi === 0 ? errorOf(figure) : undefined} />
              ))}
            </Group>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
