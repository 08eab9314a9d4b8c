import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * HF-2.7, GDPR Art. 15 — "what we hold about you": the person's extract as a PDF (to hand over) and as
 * JSON (machine-readable), in the UI language, each opened in a new tab. The server audits each one.
 */
export function PersonExtract({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'lv';
  const href = (kind: 'pdf' | 'json') => `/api/persons/${personId}/extract.${kind}?lang=${language}`;
  return (
    <Paper component="section" aria-labelledby="person-extract-title" p={{ base: 'sm', sm: 'lg' }} mt="lg" withBorder radius="md">
      <Title order={2} size="h4" id="person-extract-title" mb={4}>{t('person.extract.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('person.extract.intro')}</Text>
      <Group gap="lg" wrap="wrap">
        {(['pdf', 'json'] as const).map((kind) => (
          <Anchor key={kind} href={href(kind)} target="_blank" rel="noopener" fw={600} size="sm">
            <span>{t(`person.extract.${kind}`)}</span>
            <span className="visually-hidden"> {t('person.extract.newTab')}</span>
          </Anchor>
        ))}
      </Group>
    </Paper>
  );
}
