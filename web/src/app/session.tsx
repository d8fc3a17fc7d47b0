import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { SIGNED_IN_HINT_COOKIE } from '../../../src/shared/cookies.ts';
import { api } from '../api/client.ts';

type User = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;
async function fetchMe() {
  const { data } = await api.GET('/api/auth/me');
  return data ? { ...data.user, roles: data.roles } : null;
}

interface SessionValue {
  user: User | null;
  checked: boolean;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}
const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checked, setChecked] = useState(false);
  const refresh = useCallback(async () => {
    setUser(await fetchMe());
    setChecked(true);
  }, []);
  const signOut = useCallback(async () => {
    await api.POST('/api/auth/sign-out');
    setUser(null);
  }, []);
  useEffect(() => {
    // Only ask who is signed in when a session cookie may exist: the public portal stays one request lighter.
    if (document.cookie.includes(`${SIGNED_IN_HINT_COOKIE}=1`)) void refresh();
    else setChecked(true);
  }, [refresh]);
  return (
    <SessionContext.Provider value={{ user, checked, refresh, signOut }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
