import { Button, Card, DatePicker, Descriptions, Form, InputNumber, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type CalendarYear } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

const SOURCE_COLOUR: Record<CalendarYear['source'], string> = { package: 'blue', office: 'green', fallback: 'orange' };

/** A year of the business calendar; an admin loads the office's own arrangement from an ICS or JSON file. */
export function CalendarScreen({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const calendar = useApiQuery<CalendarYear>(`/calendar/${year}`);
  const { run, busy } = useApiCommand();
  const [fileError, setFileError] = useState<unknown>(undefined);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ holidays: Dayjs[]; adjustedWorkdays: Dayjs[] }>();
  const c = t.calendarForm;

  // The year as it stands (the packaged days, the office's, or none) is where an adjustment starts.
  const edit = () => {
    form.setFieldsValue({
      holidays: (calendar.data?.holidays ?? []).map((d) => dayjs(d)),
      adjustedWorkdays: (calendar.data?.adjustedWorkdays ?? []).map((d) => dayjs(d)),
    });
    setEditing(true);
  };
  const saveDays = async (values: { holidays?: Dayjs[]; adjustedWorkdays?: Dayjs[] }) => {
    const days = (list?: Dayjs[]) => (list ?? []).map((d) => d.format('YYYY-MM-DD')).sort();
    const body = { holidays: days(values.holidays), adjustedWorkdays: days(values.adjustedWorkdays) };
    if ((await run(() => api<CalendarYear>('PUT', `/calendar/${year}`, body), c.saved)).ok) {
      setEditing(false);
      await calendar.reload();
    }
  };
  const outsideYear = (d: Dayjs) => d.year() !== year;

  const upload = async (file: File) => {
    setFileError(undefined);
    let body: unknown;
    try {
      const text = await file.text();
      body = file.name.toLowerCase().endsWith('.json') ? JSON.parse(text) : { ics: text };
    } catch (e) {
      return setFileError(e); // a JSON file that is not JSON: said before anything is sent
    }
    if ((await run(() => api<CalendarYear>('PUT', `/calendar/${year}`, body))).ok) await calendar.reload();
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
            <Button onClick={edit} disabled={!calendar.data} data-testid="calendar-edit">
              {c.edit(year)}
            </Button>
          )}
          {canEdit && (
            <Button>
              <label style={{ cursor: 'pointer' }}>
                {t.importCalendar}
                <input
                  type="file"
                  accept=".ics,.json"
                  hidden
                  data-testid="calendar-file"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = ''; // the same file may be chosen again after a fix
                    if (file) void upload(file);
                  }}
                />
              </label>
            </Button>
          )}
        </Space>
      }
    >
      {fileError !== undefined && <ErrorAlert error={fileError} />}
      <QueryView query={calendar}>
        {(data) => (
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
                  <Space wrap>{data.holidays.length ? data.holidays.map((d) => <Tag key={d}>{d}</Tag>) : t.none}</Space>
                ),
              },
              {
                key: 'adjusted',
                label: t.adjustedWorkdays,
                children: (
                  <Space wrap>
                    {data.adjustedWorkdays.length
                      ? data.adjustedWorkdays.map((d) => (
                          <Tag key={d} color="purple">
                            {d}
                          </Tag>
                        ))
                      : t.none}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <FormModal open={editing} title={c.title(year)} form={form} busy={busy} onCancel={() => setEditing(false)}>
        <Form form={form} layout="vertical" name="calendar-year" onFinish={saveDays}>
          <Form.Item name="holidays" label={t.holidays} extra={c.holidaysHelp}>
            <DatePicker
              multiple
              placeholder={c.pick}
              style={{ width: '100%' }}
              disabledDate={outsideYear}
              defaultPickerValue={dayjs(`${year}-01-01`)}
            />
          </Form.Item>
          <Form.Item name="adjustedWorkdays" label={t.adjustedWorkdays} extra={c.adjustedHelp}>
            <DatePicker
              multiple
              placeholder={c.pick}
              style={{ width: '100%' }}
              disabledDate={(d) => outsideYear(d) || (d.day() !== 0 && d.day() !== 6)}
              defaultPickerValue={dayjs(`${year}-01-01`)}
            />
          </Form.Item>
        </Form>
      </FormModal>
    </Card>
  );
}
