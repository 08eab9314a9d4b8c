import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The way from the Housing First case page to the service page, once the person has moved in. */
export function ServicePageLink({ caseId, movedIn }: { caseId: string; movedIn: boolean }) {
  const { t } = useTranslation();
  if (!movedIn) return null;
  return (
    <Button component={Link} to={`/cases/${caseId}/service`} variant="light" style={{ alignSelf: 'flex-start' }}>
      {t('service.common.openCase')} →
    </Button>
  );
}
