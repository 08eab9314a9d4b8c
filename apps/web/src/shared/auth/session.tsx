import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import { getMe, type Me } from '../../modules/auth/auth.api';

interface Session {
  me: Me | null;
  loading: boolean;
  /** After sign-in: remember the user without another round trip. */
  signedIn: (me: Me) => void;
  /** After sign-out or a 401: forget everything cached about the user. */
  signedOut: () => void;
}

const SessionContext = createContext<Session | null>(null);
const ME_KEY = ['me'] as const;

/** Who is signed in, from GET /api/auth/me; also keeps the API client's CSRF token in step. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await getMe();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  const me = meQuery.data ?? null;
  useEffect(() => setCsrfToken(me?.csrfToken ?? null), [me]);

  // Forget everything cached about the previous user, but keep the `me` query itself alive (its
  // observer would otherwise wait forever on a removed query).
  const forgetOthers = useCallback(() => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] }), [queryClient]);
  const signedIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    forgetOthers();
    queryClient.setQueryData(ME_KEY, next);
  }, [queryClient, forgetOthers]);
  const signedOut = useCallback(() => {
    setCsrfToken(null);
    forgetOthers();
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient, forgetOthers]);

  useEffect(() => setUnauthorizedHandler(signedOut), [signedOut]);

  const value = useMemo(() => ({ me, loading: meQuery.isPending, signedIn, signedOut }), [me, meQuery.isPending, signedIn, signedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
