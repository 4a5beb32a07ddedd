import { Spin } from 'antd';
import type { ReactNode } from 'react';
import type { ApiQuery } from '../hooks/use-api';
import { useI18n } from '../i18n/lang-context';
import { ErrorAlert } from './error-alert';

/** A query's three faces: its error (with a retry), a spinner while nothing is there yet, or its data. */
export function QueryView<T>({ query, children }: { query: ApiQuery<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      {query.error !== undefined && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {query.data !== undefined ? (
        children(query.data)
      ) : query.loading ? (
        <Spin description={t.loading} style={{ display: 'block', margin: '48px auto' }} />
      ) : null}
    </>
  );
}
