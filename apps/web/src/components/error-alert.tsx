import { Alert, Button } from 'antd';
import { apiErrorText, localDetail } from '../hooks/api-error-text';
import { useI18n } from '../i18n/lang-context';

/** A failed request, said in the user's language, with the API's message below (as the language allows) and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t, lang } = useI18n();
  const text = apiErrorText(error, t);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={text.title}
      description={localDetail(text.detail, t, lang)}
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
