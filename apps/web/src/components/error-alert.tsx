import { Alert, Button } from 'antd';
import { apiErrorText } from '../hooks/api-error-text';
import { useI18n } from '../i18n/lang-context';

/** A failed request, said in the user's language, with the API's message below and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t } = useI18n();
  const text = apiErrorText(error, t);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={text.title}
      description={text.detail}
      style={{ marginBottom: 16 }}
      action={
        onRetry && (
          <Button size="small" onClick={() => void onRetry()}>
            {t.retry}
          </Button>
        )
      }
    />
  );
}
