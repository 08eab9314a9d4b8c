import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { KEY_HOLDERS, recordMoveInSchema } from '@socrehab/domain/programmes/housing-first/index';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { getCase, hfKeys, recordMoveIn, type CaseDetail } from '../housing-first.api';
import { fullName, parseNumber, schemaErrors, todayIso } from '../hf-format';
import { BackLink, DateField, FormError } from '../components/HfUi';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

/** HF-3.1.8–3.1.10 moving in: crisis agreement and spare key (or police), handover act, keys register, lease. */
export function MoveInPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.case(id), queryFn: () => getCase(id) });
  usePageTitle(query.data ? t('hf.moveIn.title', { name: fullName(query.data.person) }) : null);
  return <QueryState query={query}>{(data) => <MoveInForm data={data} />}</QueryState>;
}

function MoveInForm({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = toDisplayDate(todayIso());
  const name = fullName(data.person);
  const [movedInOn, setMovedInOn] = useState(today);
  const [accompaniedBy, setAccompaniedBy] = useState(me.user.displayName);
  const [crisis, setCrisis] = useState('');
  const [spareKey, setSpareKey] = useState('');
  const [equipment, setEquipment] = useState(false);
  const [nothingMissing, setNothingMissing] = useState(false);
  const [items, setItems] = useState([{ item: '', quantity: '1', condition: '' }]);
  const [keys, setKeys] = useState([{ holder: 'person', holderName: name, handedOn: today }, { holder: 'team', holderName: me.user.displayName, handedOn: today }]);
  const [lease, setLease] = useState({ landlord: data.dwelling?.landlord ?? '', startsOn: today, rentEuros: data.dwelling ? String(data.dwelling.rentEuros).replace('.', ',') : '', signedBy: 'person', coPayment: '' });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const body = () => ({
    movedInOn: parseDisplayDate(movedInOn) ?? '', accompaniedBy, crisisAgreement: crisis, spareKeyUseAllowed: spareKey === '' ? (undefined as unknown as boolean) : spareKey === 'yes',
    equipmentExplained: equipment, nothingEssentialMissing: nothingMissing,
    handoverItems: items.filter((i) => i.item.trim() || i.condition.trim()).map((i) => ({ item: i.item, quantity: parseNumber(i.quantity) as number, condition: i.condition })),
    keys: keys.map((k) => ({ holder: k.holder as 'person', holderName: k.holderName, handedOn: parseDisplayDate(k.handedOn) ?? '' })),
    lease: { landlord: lease.landlord, startsOn: parseDisplayDate(lease.startsOn) ?? '', rentEuros: parseNumber(lease.rentEuros) as number, signedBy: lease.signedBy as 'person', coPaymentEuros: parseNumber(lease.coPayment) },
  });
  const mutation = useMutation({
    mutationFn: () => recordMoveIn(data.case.id, body()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      navigate(`/hf/cases/${data.case.id}`, { state: { notice: t('hf.moveIn.saved') } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(recordMoveInSchema, body());
    if (spareKey === '') found.spareKeyUseAllowed = 'validation.required';
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const setItem = (i: number, patch: Partial<(typeof items)[number]>) => setItems(items.map((x, n) => (n === i ? { ...x, ...patch } : x)));
  const setKey = (i: number, patch: Partial<(typeof keys)[number]>) => setKeys(keys.map((x, n) => (n === i ? { ...x, ...patch } : x)));

  return (
    <>
      <PageHeader above={<BackLink to={`/hf/cases/${data.case.id}`}>{t('hf.common.backToCase')}</BackLink>} title={t('hf.moveIn.title', { name })} description={[data.dwelling?.address, t('hf.moveIn.intro')].filter(Boolean).join(' — ')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={920}>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label={t('hf.moveIn.movedInOn')} withAsterisk value={movedInOn} onChange={setMovedInOn} error={errors.movedInOn} />
              <TextInput label={t('hf.moveIn.accompaniedBy')} value={accompaniedBy} onChange={(e) => setAccompaniedBy(e.currentTarget.value)} error={errors.accompaniedBy} />
            </SimpleGrid>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.moveIn.crisisTitle')}</Title>
            <Stack gap="md">
              <Textarea label={t('hf.moveIn.crisisAgreement')} placeholder={t('hf.moveIn.crisisPlaceholder')} autosize minRows={2} value={crisis} onChange={(e) => setCrisis(e.currentTarget.value)} error={errors.crisisAgreement} />
              <Radio.Group label={t('hf.moveIn.spareKey')} withAsterisk value={spareKey} onChange={setSpareKey} error={errors.spareKeyUseAllowed}>
                <Group gap="lg" mt={6}>
                  <Radio value="yes" label={t('hf.moveIn.spareKeyYes')} />
                  <Radio value="no" label={t('hf.moveIn.spareKeyNo')} />
                </Group>
              </Radio.Group>
              {spareKey === 'no' ? <Alert color="red" variant="light" styles={ALERT_INK.red} role="status" title={t('hf.case.policeTitle')}>{t('hf.moveIn.policeNotice')}</Alert> : null}
              <Checkbox label={t('hf.moveIn.equipmentExplained')} checked={equipment} onChange={(e) => setEquipment(e.currentTarget.checked)} />
              <Checkbox label={t('hf.moveIn.nothingEssentialMissing')} checked={nothingMissing} onChange={(e) => setNothingMissing(e.currentTarget.checked)} />
            </Stack>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm" id="handover-title">{t('hf.moveIn.handoverTitle')}</Title>
            <TableScroll label={t('hf.moveIn.handoverTitle')} minWidth={560}>
              <Table aria-labelledby="handover-title" highlightOnHover={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('hf.moveIn.item')}</Table.Th>
                    <Table.Th scope="col" w={100}>{t('hf.moveIn.quantity')}</Table.Th>
                    <Table.Th scope="col">{t('hf.moveIn.condition')}</Table.Th>
                    <Table.Th scope="col" w={50} pos="relative"><span className="visually-hidden">{t('hf.common.actions')}</span></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((it, i) => (
                    <Table.Tr key={i}>
                      <Table.Td><TextInput aria-label={`${t('hf.moveIn.item')} — ${t('hf.moveIn.row', { n: i + 1 })}`} value={it.item} onChange={(e) => setItem(i, { item: e.currentTarget.value })} error={errors[`handoverItems.${i}.item`]} /></Table.Td>
                      <Table.Td><TextInput aria-label={`${t('hf.moveIn.quantity')} — ${t('hf.moveIn.row', { n: i + 1 })}`} inputMode="numeric" value={it.quantity} onChange={(e) => setItem(i, { quantity: e.currentTarget.value })} error={errors[`handoverItems.${i}.quantity`]} /></Table.Td>
                      <Table.Td><TextInput aria-label={`${t('hf.moveIn.condition')} — ${t('hf.moveIn.row', { n: i + 1 })}`} value={it.condition} onChange={(e) => setItem(i, { condition: e.currentTarget.value })} error={errors[`handoverItems.${i}.condition`]} /></Table.Td>
                      <Table.Td><Button variant="subtle" color="red" c="#b02525" size="compact-sm" onClick={() => setItems(items.filter((_, n) => n !== i))} aria-label={t('hf.moveIn.removeItem', { n: i + 1 })}>✕</Button></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Button mt="sm" variant="light" size="xs" onClick={() => setItems([...items, { item: '', quantity: '1', condition: '' }])}>{t('hf.moveIn.addItem')}</Button>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb={4} id="keys-title">{t('hf.moveIn.keysTitle')}</Title>
            <Text size="sm" c="dimmed" mb="sm">{t('hf.moveIn.keysHint')}</Text>
            <TableScroll label={t('hf.moveIn.keysTitle')} minWidth={560}>
              <Table aria-labelledby="keys-title" highlightOnHover={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={170}>{t('hf.moveIn.holder')}</Table.Th>
                    <Table.Th scope="col">{t('hf.moveIn.holderName')}</Table.Th>
                    <Table.Th scope="col" w={150}>{t('hf.moveIn.handedOn')}</Table.Th>
                    <Table.Th scope="col" w={50} pos="relative"><span className="visually-hidden">{t('hf.common.actions')}</span></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {keys.map((k, i) => (
                    <Table.Tr key={i}>
                      <Table.Td><NativeSelect aria-label={`${t('hf.moveIn.holder')} — ${t('hf.moveIn.row', { n: i + 1 })}`} value={k.holder} onChange={(e) => setKey(i, { holder: e.currentTarget.value })} data={KEY_HOLDERS.map((h) => ({ value: h, label: t(`housing.enums.keyHolder.${h}`) }))} /></Table.Td>
                      <Table.Td><TextInput aria-label={`${t('hf.moveIn.holderName')} — ${t('hf.moveIn.row', { n: i + 1 })}`} value={k.holderName} onChange={(e) => setKey(i, { holderName: e.currentTarget.value })} error={errors[`keys.${i}.holderName`]} /></Table.Td>
                      <Table.Td><DateField aria-label={`${t('hf.moveIn.handedOn')} — ${t('hf.moveIn.row', { n: i + 1 })}`} value={k.handedOn} onChange={(v) => setKey(i, { handedOn: v })} error={errors[`keys.${i}.handedOn`]} /></Table.Td>
                      <Table.Td><Button variant="subtle" color="red" c="#b02525" size="compact-sm" onClick={() => setKeys(keys.filter((_, n) => n !== i))} aria-label={t('hf.moveIn.removeKey', { n: i + 1 })}>✕</Button></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {errors.keys ? <Text c="red.9" size="sm" mt="xs" role="alert">{errors.keys}</Text> : null}
            <Button mt="sm" variant="light" size="xs" onClick={() => setKeys([...keys, { holder: 'team', holderName: '', handedOn: today }])}>{t('hf.moveIn.addKey')}</Button>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.moveIn.leaseTitle')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('hf.moveIn.landlord')} withAsterisk value={lease.landlord} onChange={(e) => setLease({ ...lease, landlord: e.currentTarget.value })} error={errors['lease.landlord']} />
              <DateField label={t('hf.moveIn.startsOn')} withAsterisk value={lease.startsOn} onChange={(v) => setLease({ ...lease, startsOn: v })} error={errors['lease.startsOn']} />
              <TextInput label={t('hf.moveIn.rentEuros')} withAsterisk inputMode="decimal" value={lease.rentEuros} onChange={(e) => setLease({ ...lease, rentEuros: e.currentTarget.value })} error={errors['lease.rentEuros']} />
              <NativeSelect label={t('hf.moveIn.signedBy')} value={lease.signedBy} onChange={(e) => setLease({ ...lease, signedBy: e.currentTarget.value })} data={(['person', 'provider'] as const).map((s) => ({ value: s, label: t(`housing.enums.leaseSignedBy.${s}`) }))} />
              <TextInput label={t('hf.moveIn.coPayment')} description={t('hf.moveIn.coPaymentHint')} inputMode="decimal" value={lease.coPayment} onChange={(e) => setLease({ ...lease, coPayment: e.currentTarget.value })} error={errors['lease.coPaymentEuros']} />
            </SimpleGrid>
          </Paper>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/hf/cases/${data.case.id}`}>{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('hf.moveIn.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
