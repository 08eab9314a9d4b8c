import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Center, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { useSession } from '../../../shared/auth/session';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { LanguageSwitcher } from '../../../app/layout/LanguageSwitcher';
import { ProductMark } from '../../../app/layout/ProductMark';
import { signIn } from '../auth.api';

interface LocationState {
  from?: string;
  signedOut?: boolean;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { me, signedIn } = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LocationState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (next) => {
      signedIn(next);
      navigate(state.from && state.from !== '/sign-in' ? state.from : '/', { replace: true });
    },
  });
  if (me && !state.signedOut && !mutation.isPending && !mutation.isSuccess) return <Navigate to="/" replace />;
  const errors = fieldErrorsOf(mutation.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ email, password });
  };

  return (
    <Box mih="100vh" bg="#f0f3f7">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <ProductMark />
              <Text fw={650} c="brand.8">{t('app.productName')}</Text>
            </Group>
            <LanguageSwitcher />
          </Group>
        </Container>
      </Box>
      <Center component="main" px="md" py={{ base: 'xl', sm: 64 }}>
        <Paper w="100%" maw={420} p={{ base: 'lg', sm: 'xl' }} shadow="sm">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1}>{t('signIn.title')}</Title>
                <Text c="dimmed" size="sm">{t('signIn.intro')}</Text>
              </Stack>
              {state.signedOut && !mutation.error ? <Alert color="brand" role="status">{t('signIn.signedOut')}</Alert> : null}
              {mutation.error ? <Alert color="red" role="alert">{messageOf(mutation.error, t)}</Alert> : null}
              <TextInput label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} data-autofocus autoFocus />
              <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }} label={t('signIn.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
              <Button type="submit" size="md" loading={mutation.isPending} fullWidth>{t('signIn.submit')}</Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
