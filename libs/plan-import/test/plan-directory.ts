// The directory and calendar the plan-import tests read plans against: the units and leaders the
// sample plans name, units of every kind (部门, 街道, 镇), aliases, a stopped unit, two units of one
// name, leaders by name and by title, and a title two leaders share.
import published from 'chinese-days/dist/chinese-days.json';
import { BusinessCalendar, type CalendarYear } from '@duban/domain';
import type { PlanDirectory, PlanUnit, PlanUser } from '../src';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const unit = (n: number, name: string, kind: string | null, aliases: string[] = [], active = true): PlanUnit => ({
  id: id(n),
  name,
  kind,
  aliases,
  active,
});

export const UNITS: PlanUnit[] = [
  unit(1, '经济发展局', '部门', ['经发局']),
  unit(2, '投资促进局', '部门', ['投促局']),
  unit(3, '财政国资局', '部门', ['财政局']),
  unit(4, '营商合作局', '部门', ['营商局']),
  unit(5, '商务金融局', '部门'),
  unit(6, '科技和产业促进局', '部门', ['科产局']),
  unit(7, '规划和自然资源分局', '部门', ['规自分局']),
  unit(8, '开发建设局', '部门'),
  unit(9, '应急管理局', '部门', ['应急局']),
  unit(10, '城市运行局', '部门'),
  unit(11, '社会事业局', '部门', ['社事局']),
  unit(12, '博兴街道', '街道', ['博兴街道办事处']),
  unit(13, '荣华街道', '街道'),
  unit(14, '亦庄镇', '镇'),
  unit(15, '旧宫镇', '镇'),
  unit(16, '环境保护局', '部门', ['环保局'], false),
  unit(17, '综合办公室', null),
  unit(18, '综合办公室', null),
  unit(19, '北京亦庄投资控股有限公司', '国有企业', ['亦庄控股']),
];

export const unitId = (name: string) => UNITS.find((u) => u.name === name)!.id;

const user = (n: number, displayName: string, title: string | null, roles = ['leader'], active = true): PlanUser => ({
  id: id(100 + n),
  displayName,
  title,
  roles,
  active,
});

export const USERS: PlanUser[] = [
  user(1, '李强', '分管经济工作副主任'),
  user(2, '王刚', '分管营商环境副主任'),
  user(3, '赵敏', '分管规划建设副主任'),
  user(4, '孙丽', '分管安全生产副主任'),
  user(5, '周杰', '分管社会事业副主任'),
  user(6, '吴涛', '分管招商副主任'),
  user(7, '分管副主任 陈晨', null),
  user(8, '郑一', '副主任'),
  user(9, '郑二', '副主任'),
  user(10, '王敏', '督查室主任', ['office']),
  user(11, '刘洋', '原分管城建副主任', ['leader'], false),
];

export const userId = (displayName: string) => USERS.find((u) => u.displayName === displayName)!.id;

export const DIRECTORY: PlanDirectory = { units: UNITS, users: USERS };

// 2024 and 2025 as published (chinese-days); 2026 left out, so it falls back to Monday–Friday.
function publishedYears(years: number[]): CalendarYear[] {
  return years.map((year) => ({
    year,
    holidays: Object.keys(published.holidays).filter((d) => d.startsWith(`${year}-`)),
    adjustedWorkdays: Object.keys(published.workdays).filter((d) => d.startsWith(`${year}-`)),
    source: 'package',
  }));
}

export const CALENDAR = new BusinessCalendar(publishedYears([2024, 2025]));
