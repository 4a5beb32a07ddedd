import type { Colour, Trigger } from '@duban/domain';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a message says, fixed when the rule fired. */
export interface MessageFacts {
  /** A rule's trigger, or 'bulletin' for a bulletin's notice (itemTitle its number, leadUnitName its issuer). */
  trigger: Trigger | 'bulletin';
  level: number;
  colour: Colour | null;
  itemTitle: string;
  leadUnitName: string;
  deadline: string;
  daysLate: number;
  risk: string[];
  link: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  /** For the group robots, which render Markdown. */
  markdown: string;
}

const RISK_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    milestone_late: '节点任务逾期',
    progress_trails: '进度滞后',
    no_report: '长期未报送进度',
    extension_pending: '延期申请待审批',
  },
  en: {
    milestone_late: 'a milestone is late',
    progress_trails: 'progress trails the time used',
    no_report: 'no progress report for too long',
    extension_pending: 'an extension request is pending',
  },
};

function headline(f: MessageFacts, locale: Locale): { tag: string; line: string } {
  const zh = locale === 'zh-CN';
  const risk = f.risk.map((r) => RISK_WORDS[locale][r] ?? r).join(zh ? '、' : ', ');
  switch (f.trigger) {
    case 'bulletin':
      return zh
        ? { tag: '督查通报', line: `${f.leadUnitName}印发督查通报（截至 ${f.deadline}），请登录督办系统查阅。` }
        : { tag: 'Bulletin', line: `${f.leadUnitName} has issued a bulletin as of ${f.deadline}; open it in Duban.` };
    case 'before_deadline':
      return zh
        ? { tag: '督办预警', line: `完成时限 ${f.deadline} 临近，请抓紧办理。` }
        : { tag: 'Deadline near', line: `The deadline ${f.deadline} is near; please finish the item in time.` };
    case 'after_deadline':
      return zh
        ? {
            tag: `逾期升级·${f.level}级`,
            line: `已超过完成时限 ${f.deadline}，逾期第 ${f.daysLate} 天，升级至第 ${f.level} 级督办。`,
          }
        : {
            tag: `Overdue, level ${f.level}`,
            line: `The deadline ${f.deadline} has passed (day ${f.daysLate} late); escalated to level ${f.level}.`,
          };
    case 'missed_report':
      return zh
        ? { tag: '催报', line: '进度报送已逾期，请尽快报送办理进展。' }
        : { tag: 'Progress report overdue', line: 'A progress report is overdue; please report progress now.' };
    case 'milestone_deadline':
      return zh
        ? { tag: '节点逾期', line: '节点任务已过时限仍未完成，请说明情况并加快推进。' }
        : { tag: 'Milestone late', line: 'A milestone has passed its deadline unmet; please explain and speed up.' };
    case 'risk':
      return zh
        ? { tag: '逾期风险', line: `存在逾期风险：${risk}。` }
        : { tag: 'Overdue risk', line: `At risk of running late: ${risk}.` };
  }
}

/** The message of a firing in the reader's language (zh-CN first, English second). */
export function renderMessage(f: MessageFacts, locale: Locale = 'zh-CN'): RenderedMessage {
  const zh = locale === 'zh-CN';
  const { tag, line } = headline(f, locale);
  const subject = zh ? `【${tag}】${f.itemTitle}` : `[${tag}] ${f.itemTitle}`;
  const bulletin = f.trigger === 'bulletin';
  const rows = bulletin
    ? zh
      ? [`督查通报：${f.itemTitle}`, `印发：${f.leadUnitName}`, `截至：${f.deadline}`, line, `查看通报：${f.link}`]
      : [`Bulletin: ${f.itemTitle}`, `Issued by: ${f.leadUnitName}`, `As of: ${f.deadline}`, line, `Open: ${f.link}`]
    : zh
      ? [
          `督办事项：${f.itemTitle}`,
          `牵头单位：${f.leadUnitName}`,
          `完成时限：${f.deadline}`,
          line,
          `查看详情：${f.link}`,
        ]
      : [`Item: ${f.itemTitle}`, `Lead unit: ${f.leadUnitName}`, `Deadline: ${f.deadline}`, line, `Open: ${f.link}`];
  const markdown = [
    `### ${subject}`,
    ...rows.slice(0, 4).map((r) => `> ${r}`),
    '',
    zh ? `[查看详情](${f.link})` : bulletin ? `[Open the bulletin](${f.link})` : `[Open the item](${f.link})`,
  ].join('\n');
  return { subject, text: rows.join('\n'), markdown };
}

/** A recorded message (facts fixed when the rule fired, plus its rule's trigger, level and colour) in a reader's language. */
export function renderNotification(
  n: {
    params: Omit<MessageFacts, 'trigger' | 'level' | 'colour'>;
    trigger: Trigger | 'bulletin';
    level: number;
    colour: Colour | null;
  },
  locale: string | null | undefined,
): RenderedMessage {
  return renderMessage({ ...n.params, trigger: n.trigger, level: n.level, colour: n.colour }, asLocale(locale));
}

export const asLocale = (value: string | null | undefined): Locale => (value === 'en' ? 'en' : 'zh-CN');
