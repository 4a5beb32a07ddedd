import { Alert, Button, Card, Descriptions, InputNumber, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api';
import { dictionaries, type Lang } from './i18n';

interface CalendarYear {
  year: number;
  holidays: string[];
  adjustedWorkdays: string[];
  source: 'package' | 'office' | 'fallback';
  revision: number;
}

const SOURCE_COLOUR = { package: 'blue', office: 'green', fallback: 'orange' } as const;

/** A year of the business calendar; an admin loads the office's own arrangement from an ICS or JSON file. */
export function CalendarPage({ lang, canEdit }: { lang: Lang; canEdit: boolean }) {
  const t = dictionaries[lang];
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [data, setData] = useState<CalendarYear | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => setData(await api<CalendarYear>('GET', `/calendar/${year}`)), [year]);
  useEffect(() => void load(), [load]);

  const upload = async (file: File) => {
    setError(null);
    const text = await file.text();
    try {
      const body = file.name.toLowerCase().endsWith('.json') ? JSON.parse(text) : { ics: text };
      setData(await api<CalendarYear>('PUT', `/calendar/${year}`, body));
    } catch (e) {
      setError(e instanceof ApiError || e instanceof SyntaxError ? e.message : String(e));
    }
  };

  return (
    <Card
      title={t.calendar}
      extra={
        <Space>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="calendar-year"
          />
          {canEdit && (
            <Button>
              <label style={{ cursor: 'pointer' }}>
                {t.importCalendar}
                <input
                  type="file"
                  accept=".ics,.json"
                  hidden
                  data-testid="calendar-file"
                  onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
                />
              </label>
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      {data && (
        <Descriptions
          bordered
          column={1}
          size="small"
          items={[
            {
              key: 'source',
              label: t.calendarSource,
              children: (
                <Tag color={SOURCE_COLOUR[data.source]} data-testid="calendar-source">
                  {t.calendarSources[data.source]}
                </Tag>
              ),
            },
            { key: 'revision', label: t.calendarRevision, children: data.revision },
            {
              key: 'holidays',
              label: t.holidays,
              children: (
                <Space wrap>
                  {data.holidays.map((d) => (
                    <Tag key={d}>{d}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'adjusted',
              label: t.adjustedWorkdays,
              children: (
                <Space wrap>
                  {data.adjustedWorkdays.map((d) => (
                    <Tag key={d} color="purple">
                      {d}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
