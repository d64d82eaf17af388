import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { loadView, saveView, type View } from './view';

interface Router {
  readonly view: View;
  readonly navigate: (view: View) => void;
}

const RouterContext = createContext<Router | null>(null);

export function RouterProvider({ children, initial }: { children: ReactNode; initial?: View }) {
  const [view, setView] = useState<View>(() => initial ?? loadView());
  const navigate = useCallback((next: View) => {
    saveView(next);
    setView(next);
  }, []);
  const value = useMemo(() => ({ view, navigate }), [view, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}
