import type { ReportingCadence } from '@duban/domain';
import { digitsForChineseNumerals, lookupKey } from './plan-text';

/**
 * Progress-report cadences (报送频次) as plans write them. What a phrase's first clause says is
 * the cadence; words after it (报送进展情况, 重大事项随时报告) are the clerk's remarks.
 *
 * - 每N个工作日, 每隔N个工作日, N个工作日一报 → every N workdays (1 to 60)
 * - 每周X, 每星期X (一 … 五) → weekly on that day; 每周 alone → by Friday, the week's last workday
 * - 每月N日前, 每月N号 → monthly on day N (a short month ends on its last day)
 * - 每月底, 每月末, 每月 alone → by each month's end
 * - 每半月, 半月一报 → the 15th and the month's last day (半月报)
 * - 每季度末, 每季度, 季度末 → by each quarter's end
 * - 一事一报, 不定期, 随时报送, 无, an empty cell → no cadence: reports come when there is news
 * - anything else (每两周, 每10天, 每周六) → an error for the cell
 */
export type CadenceReading =
  | { ok: true; cadence: ReportingCadence | null }
  | { ok: false; code: 'cadence_unreadable' | 'cadence_out_of_range' | 'cadence_weekend' };

const FILLER = /(?:进展情况|工作进展|进展|情况|报送|报告|上报|汇报|一报|一次|下班前|之前|以前|前|报)$/;
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const NONE = /^(?:一事一报|不定期|随时|及时|有进展随时|无|\/|-|—)$/;

export function readCadencePhrase(phrase: string): CadenceReading {
  let key = digitsForChineseNumerals(lookupKey(phrase).split(/[,;。]/)[0]);
  if (NONE.test(key)) return { ok: true, cadence: null };
  while (FILLER.test(key) && key.replace(FILLER, '')) key = key.replace(FILLER, '');
  if (!key || NONE.test(key)) return { ok: true, cadence: null };
  let match = /^每?(?:隔)?(\d+)个?工作日$/.exec(key);
  if (match) {
    const every = Number(match[1]);
    return every >= 1 && every <= 60
      ? { ok: true, cadence: { kind: 'workdays', every } }
      : { ok: false, code: 'cadence_out_of_range' };
  }
  match = /^每(?:周|星期|礼拜)([一二三四五六日天1-7])?$/.exec(key);
  if (match) {
    const weekday = match[1] ? (WEEKDAYS[match[1]] ?? Number(match[1])) : 5;
    return weekday <= 5 ? { ok: true, cadence: { kind: 'weekly', weekday } } : { ok: false, code: 'cadence_weekend' };
  }
  match = /^每(?:个)?月(\d+)[日号]$/.exec(key);
  if (match) {
    const day = Number(match[1]);
    return day >= 1 && day <= 31
      ? { ok: true, cadence: { kind: 'monthly', day } }
      : { ok: false, code: 'cadence_out_of_range' };
  }
  if (/^每(?:个)?月(?:底|末|最后一天)?$/.test(key)) return { ok: true, cadence: { kind: 'month_end' } };
  if (/^(?:每)?半(?:个)?月$/.test(key)) return { ok: true, cadence: { kind: 'semimonthly' } };
  if (/^(?:每(?:个)?)?季度(?:末|底)?$/.test(key) && key !== '季度') return { ok: true, cadence: { kind: 'quarterly' } };
  return { ok: false, code: 'cadence_unreadable' };
}
