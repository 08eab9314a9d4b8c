import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../shared/auth/session';
import { FullPageLoader } from '../shared/ui/FullPageLoader';

/** Pages behind it need a signed-in user; others go to sign-in and come back afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <FullPageLoader />;
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
