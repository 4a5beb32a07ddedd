import { DatePicker, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { cloneElement, useEffect, type ReactElement } from 'react';
import type { BusinessCalendar, DayKind } from '../../hooks/use-business-calendar';
import type { Dictionary } from '../../i18n';
import { useI18n } from '../../i18n/lang-context';

const OFF: DayKind[] = ['holiday', 'weekend'];
// As printed calendars do: weekends in red, statutory holidays also marked 休, worked weekend days 班.
const CELL_STYLE: Partial<Record<DayKind, { color: string; mark?: 'dayOffMark' | 'workMark' }>> = {
  holiday: { color: '#cf1322', mark: 'dayOffMark' },
  weekend: { color: '#cf1322' },
  adjusted: { color: '#531dab', mark: 'workMark' },
};

interface Props {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  id?: string;
  calendar: BusinessCalendar;
  'data-testid'?: string;
}

/**
 * A date picker that shows the business calendar: days off in red (holidays marked 休), weekend
 * days worked (调休) marked 班. The year on show is loaded as the user pages to it.
 */
export function DeadlinePicker({ value, onChange, id, calendar, ...rest }: Props) {
  const { t } = useI18n();
  const { showYear } = calendar;
  useEffect(() => showYear((value ?? null)?.year() ?? new Date().getFullYear()), [showYear, value]);
  return (
    <DatePicker
      id={id}
      value={value ?? null}
      onChange={(next: Dayjs | null) => onChange?.(next)}
      onPickerValueChange={(shown: Dayjs) => showYear(shown.year())}
      style={{ width: '100%' }}
      data-testid={rest['data-testid']}
      cellRender={(current, info) => {
        if (info.type !== 'date' || typeof current === 'number' || typeof current === 'string') return info.originNode;
        const kind = calendar.dayKind(current);
        const style = CELL_STYLE[kind];
        if (!style) return info.originNode;
        return cloneElement(info.originNode as ReactElement<Record<string, unknown>>, {
          'data-day-kind': kind,
          title: kind === 'adjusted' ? t.drafts.adjustedWorkday : kind === 'holiday' ? t.holidays : undefined,
          // The chosen day keeps the picker's white on blue.
          style: { color: value?.isSame(current, 'day') ? undefined : style.color, position: 'relative' },
          children: (
            <>
              {current.date()}
              {style.mark && (
                <span style={{ position: 'absolute', top: -4, right: -7, fontSize: 9, lineHeight: 1 }}>
                  {t.drafts[style.mark]}
                </span>
              )}
            </>
          ),
        });
      }}
    />
  );
}

/** A warning (never a refusal) under a deadline field when the chosen day is not a workday. */
export function dayOffRule(calendar: BusinessCalendar, t: Dictionary): FormRule {
  return {
    warningOnly: true,
    validator: async (_, value: Dayjs | null | undefined) => {
      if (!value) return;
      const { kind, unconfirmed } = await calendar.dayLoaded(value);
      if (OFF.includes(kind)) throw new Error(t.drafts.dayOff[kind as 'holiday' | 'weekend']);
      if (unconfirmed) throw new Error(t.drafts.calendarUnconfirmed);
    },
  };
}
