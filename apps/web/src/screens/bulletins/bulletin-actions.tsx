import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import type { components } from '../../api-types';
import { useApiCommand } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';
import { downloadFile } from './download';

type Summary = components['schemas']['BulletinSummaryView'];
type Check = components['schemas']['BulletinCheckView'];

/** A bulletin's downloads and its check against the record, with the check's answer below. */
export function BulletinActions({ bulletin, canCheck }: { bulletin: Summary; canCheck: boolean }) {
  const { t } = useI18n();
  const { run, busy } = useApiCommand();
  const [check, setCheck] = useState<Check | null>(null);
  const name = `bulletin-${bulletin.year}-${bulletin.issue}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          data-testid="download-xlsx"
          onClick={() => void run(() => downloadFile(`/bulletins/${bulletin.id}/xlsx`, `${name}.xlsx`))}
        >
          {t.bulletins.downloadXlsx}
        </Button>
        <Button
          data-testid="download-pdf"
          onClick={() => void run(() => downloadFile(`/bulletins/${bulletin.id}/pdf`, `${name}.pdf`))}
        >
          {t.bulletins.downloadPdf}
        </Button>
        {canCheck && (
          <Button
            data-testid="check-bulletin"
            loading={busy}
            onClick={async () => {
              const result = await run(() => api<Check>('GET', `/bulletins/${bulletin.id}/check`));
              if (result.ok) setCheck(result.value);
            }}
          >
            {t.bulletins.check}
          </Button>
        )}
      </Space>
      {check && (
        <Alert
          data-testid="check-result"
          type={check.matches && check.hashMatches ? 'success' : 'error'}
          showIcon
          title={check.matches ? t.bulletins.checkMatches : t.bulletins.checkDiffers(check.differences.length)}
          description={
            check.matches && check.hashMatches ? undefined : (
              <>
                {!check.hashMatches && <div>{t.bulletins.hashBroken}</div>}
                {check.differences.map((d) => (
                  <div key={d}>{d}</div>
                ))}
              </>
            )
          }
        />
      )}
    </Space>
  );
}
