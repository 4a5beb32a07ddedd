import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/lang-context';
import { apiErrorText, localDetail } from './api-error-text';

/** A GET of the API, kept current with its path. */
export interface ApiQuery<T> {
  /** What the API answered for the current path; undefined while it loads, or when it failed. */
  data: T | undefined;
  /** Why the last load of the current path failed (an ApiError), or undefined. */
  error: unknown;
  loading: boolean;
  /** Loads the current path again, keeping what is shown until the answer comes. */
  reload: () => Promise<void>;
}

interface QueryState<T> {
  path: string | null;
  data?: T;
  error?: unknown;
  loading: boolean;
}

/**
 * Loads `path` (null: nothing) and loads again whenever it changes. Nothing of a previous path is
 * ever returned: not its data, not its error, not an answer that arrives after the switch.
 */
export function useApiQuery<T>(path: string | null): ApiQuery<T> {
  const [state, setState] = useState<QueryState<T>>({ path, loading: path !== null });
  const current = useRef(path);

  const load = useCallback(async (p: string) => {
    try {
      const data = await api<T>('GET', p);
      if (current.current === p) setState({ path: p, data, loading: false });
    } catch (error) {
      if (current.current === p)
        setState((s) => ({ path: p, data: s.path === p ? s.data : undefined, error, loading: false }));
    }
  }, []);

  useEffect(() => {
    current.current = path;
    setState({ path, loading: path !== null });
    if (path !== null) void load(path);
  }, [path, load]);

  const reload = useCallback(async () => {
    if (path === null) return;
    setState((s) => (s.path === path ? { ...s, loading: true } : { path, loading: true }));
    await load(path);
  }, [path, load]);

  // Until the effect runs after a switch, the state still belongs to the previous path.
  const mine: QueryState<T> = state.path === path ? state : { path, loading: path !== null };
  return { data: mine.data, error: mine.error, loading: mine.loading, reload };
}

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs commands against the API. A refusal is shown at once as a notification in the user's
 * language, with the API's own message as the detail where the language allows; `done` is shown on success.
 */
export function useApiCommand() {
  const { t, lang } = useI18n();
  const { notification, message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(request: () => Promise<T>, done?: string): Promise<CommandResult<T>> => {
      setBusy(true);
      try {
        const value = await request();
        if (done) void message.success(done);
        return { ok: true, value };
      } catch (error) {
        const text = apiErrorText(error, t);
        notification.error({ title: text.title, description: localDetail(text.detail, t, lang), placement: 'top' });
        return { ok: false, error };
      } finally {
        setBusy(false);
      }
    },
    [t, lang, notification, message],
  );
  return { run, busy };
}
