import type { DataSource } from 'typeorm';
import type { Role } from '@duban/domain';
import { UnitEntity, UserEntity } from '@duban/persistence';
import { hashPassword } from '../auth/password-hasher';

/** Every demo account's password; it meets the password policy. Tests import it from here. */
export const DEMO_PASSWORD = 'Duban@2024-demo';

/** A development zone's units: code → name and parent code. */
export const DEMO_UNITS = {
  gwh: { name: '北京经济技术开发区工委管委会', parent: null },
  dcs: { name: '督查室', parent: 'gwh' },
  jfj: { name: '经济发展局', parent: 'gwh' },
  tcj: { name: '投资促进局', parent: 'gwh' },
  yhj: { name: '营商合作局', parent: 'gwh' },
  sjj: { name: '社会事业局', parent: 'gwh' },
  yjj: { name: '应急管理局', parent: 'gwh' },
  kjj: { name: '开发建设局', parent: 'gwh' },
  tzk: { name: '投资促进科', parent: 'jfj' },
} as const;
export type DemoUnitCode = keyof typeof DEMO_UNITS;

type DemoUser = { displayName: string; unit: DemoUnitCode; roles: Role[]; email: string };
const staff = (unit: DemoUnitCode, handler: string, head: string): Record<string, DemoUser> => ({
  [`${unit}-handler`]: { displayName: handler, unit, roles: ['handler'], email: `${unit}-handler@duban.local` },
  [`${unit}-head`]: { displayName: head, unit, roles: ['unit_head'], email: `${unit}-head@duban.local` },
});

/** One account per role; a handler and a head for each working unit. */
export const DEMO_USERS: Record<string, DemoUser> = {
  admin: { displayName: '系统管理员', unit: 'dcs', roles: ['admin'], email: 'admin@duban.local' },
  office: { displayName: '督查室 王敏', unit: 'dcs', roles: ['office'], email: 'office@duban.local' },
  leader: { displayName: '分管副主任 李强', unit: 'gwh', roles: ['leader'], email: 'leader@duban.local' },
  leadership: { displayName: '工委书记 张强', unit: 'gwh', roles: ['leadership'], email: 'leadership@duban.local' },
  ...staff('jfj', '经发局 赵磊', '经发局局长 钱进'),
  ...staff('tcj', '投促局 孙悦', '投促局局长 周航'),
  ...staff('yhj', '营商局 吴静', '营商局局长 郑华'),
  ...staff('sjj', '社事局 冯雪', '社事局局长 陈刚'),
  ...staff('yjj', '应急局 褚明', '应急局局长 卫东'),
  ...staff('kjj', '开建局 蒋涛', '开建局局长 沈阳'),
};

export interface DemoDirectory {
  units: Record<DemoUnitCode, string>;
  users: Record<string, string>;
}

/** Writes the demo units and users unless they are there; returns their ids either way. */
export async function ensureDemoDirectory(db: DataSource, password = DEMO_PASSWORD): Promise<DemoDirectory> {
  return db.transaction(async (em) => {
    const units = {} as Record<DemoUnitCode, string>;
    for (const [code, { name, parent }] of Object.entries(DEMO_UNITS) as [
      DemoUnitCode,
      (typeof DEMO_UNITS)[DemoUnitCode],
    ][]) {
      const parentId = parent ? units[parent] : null;
      const existing = await em.findOneBy(UnitEntity, { name });
      units[code] = existing?.id ?? (await em.save(em.create(UnitEntity, { name, parentId }))).id;
    }
    const users: Record<string, string> = {};
    const passwordHash = await hashPassword(password);
    for (const [username, { unit, ...user }] of Object.entries(DEMO_USERS)) {
      const existing = await em.findOneBy(UserEntity, { username });
      users[username] =
        existing?.id ??
        (await em.save(em.create(UserEntity, { username, ...user, unitId: units[unit], passwordHash }))).id;
    }
    return { units, users };
  });
}
