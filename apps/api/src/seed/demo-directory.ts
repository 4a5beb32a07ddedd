import type { DataSource } from 'typeorm';
import type { Role } from '@duban/domain';
import { UnitEntity, UserEntity } from '@duban/persistence';
import { hashPassword } from '../auth/password-hasher';

/** Every demo account's password; it meets the password policy. Tests import it from here. */
export const DEMO_PASSWORD = 'Duban@2024-demo';

/**
 * A development zone's units: code → name, parent code, kind (a plan's 各街道 names every unit of a
 * kind) and aliases (the short names plans use). They cover the units the sample plans name.
 */
export const DEMO_UNITS = {
  gwh: { name: '北京经济技术开发区工委管委会', parent: null, kind: '管委会', aliases: ['工委管委会'] },
  dcs: { name: '督查室', parent: 'gwh', kind: '内设机构', aliases: [] },
  jfj: { name: '经济发展局', parent: 'gwh', kind: '部门', aliases: ['经发局'] },
  tcj: { name: '投资促进局', parent: 'gwh', kind: '部门', aliases: ['投促局'] },
  yhj: { name: '营商合作局', parent: 'gwh', kind: '部门', aliases: ['营商局'] },
  sjj: { name: '社会事业局', parent: 'gwh', kind: '部门', aliases: ['社事局'] },
  yjj: { name: '应急管理局', parent: 'gwh', kind: '部门', aliases: ['应急局'] },
  kjj: { name: '开发建设局', parent: 'gwh', kind: '部门', aliases: ['开建局'] },
  tzk: { name: '投资促进科', parent: 'jfj', kind: '科室', aliases: [] },
  czj: { name: '财政国资局', parent: 'gwh', kind: '部门', aliases: ['财政局'] },
  sjrj: { name: '商务金融局', parent: 'gwh', kind: '部门', aliases: ['商金局'] },
  kcj: { name: '科技和产业促进局', parent: 'gwh', kind: '部门', aliases: ['科产局'] },
  gzj: { name: '规划和自然资源分局', parent: 'gwh', kind: '部门', aliases: ['规自分局'] },
  cyj: { name: '城市运行局', parent: 'gwh', kind: '部门', aliases: ['城运局'] },
  bxjd: { name: '博兴街道', parent: 'gwh', kind: '街道', aliases: ['博兴街道办事处'] },
  rhjd: { name: '荣华街道', parent: 'gwh', kind: '街道', aliases: ['荣华街道办事处'] },
} as const satisfies Record<string, { name: string; parent: string | null; kind: string; aliases: string[] }>;
export type DemoUnitCode = keyof typeof DEMO_UNITS;

type DemoUser = { displayName: string; unit: DemoUnitCode; roles: Role[]; email: string; title?: string };
const staff = (unit: DemoUnitCode, handler: string, head: string): Record<string, DemoUser> => ({
  [`${unit}-handler`]: { displayName: handler, unit, roles: ['handler'], email: `${unit}-handler@duban.local` },
  [`${unit}-head`]: { displayName: head, unit, roles: ['unit_head'], email: `${unit}-head@duban.local` },
});

function leaders(byCode: Record<string, [name: string, title: string]>): Record<string, DemoUser> {
  return Object.fromEntries(
    Object.entries(byCode).map(([code, [name, title]]) => [
      `leader-${code}`,
      { displayName: name, unit: 'gwh', roles: ['leader'], email: `leader-${code}@duban.local`, title },
    ]),
  );
}

/** One account per role; a handler and a head for each working unit. */
export const DEMO_USERS: Record<string, DemoUser> = {
  admin: { displayName: '系统管理员', unit: 'dcs', roles: ['admin'], email: 'admin@duban.local' },
  office: { displayName: '督查室 王敏', unit: 'dcs', roles: ['office'], email: 'office@duban.local' },
  leader: {
    displayName: '分管副主任 李强',
    unit: 'gwh',
    roles: ['leader'],
    email: 'leader@duban.local',
    title: '分管经济工作副主任',
  },
  leadership: { displayName: '工委书记 张强', unit: 'gwh', roles: ['leadership'], email: 'leadership@duban.local' },
  ...staff('jfj', '经发局 赵磊', '经发局局长 钱进'),
  ...staff('tcj', '投促局 孙悦', '投促局局长 周航'),
  ...staff('yhj', '营商局 吴静', '营商局局长 郑华'),
  ...staff('sjj', '社事局 冯雪', '社事局局长 陈刚'),
  ...staff('yjj', '应急局 褚明', '应急局局长 卫东'),
  ...staff('kjj', '开建局 蒋涛', '开建局局长 沈阳'),
  // The supervising leaders a plan names by title (责任领导: 分管营商环境副主任 …).
  ...leaders({
    ys: ['王刚', '分管营商环境副主任'],
    gh: ['赵敏', '分管规划建设副主任'],
    aq: ['孙丽', '分管安全生产副主任'],
    sh: ['周杰', '分管社会事业副主任'],
    zs: ['吴涛', '分管招商副主任'],
  }),
};

export interface DemoDirectory {
  units: Record<DemoUnitCode, string>;
  users: Record<string, string>;
}

/** Writes the demo units and users unless they are there; returns their ids either way. */
export async function ensureDemoDirectory(db: DataSource, password = DEMO_PASSWORD): Promise<DemoDirectory> {
  return db.transaction(async (em) => {
    const units = {} as Record<DemoUnitCode, string>;
    for (const [code, { name, parent, kind, aliases }] of Object.entries(DEMO_UNITS) as [
      DemoUnitCode,
      (typeof DEMO_UNITS)[DemoUnitCode],
    ][]) {
      const parentId = parent ? units[parent] : null;
      const existing = await em.findOneBy(UnitEntity, { name });
      // A demo seeded before units had kinds gets them; what an admin set since is kept.
      if (existing && existing.kind === null) await em.update(UnitEntity, existing.id, { kind, aliases: [...aliases] });
      units[code] =
        existing?.id ?? (await em.save(em.create(UnitEntity, { name, parentId, kind, aliases: [...aliases] }))).id;
    }
    const users: Record<string, string> = {};
    const passwordHash = await hashPassword(password);
    for (const [username, { unit, title = null, ...user }] of Object.entries(DEMO_USERS)) {
      const existing = await em.findOneBy(UserEntity, { username });
      if (existing && existing.title === null && title) await em.update(UserEntity, existing.id, { title });
      users[username] =
        existing?.id ??
        (await em.save(em.create(UserEntity, { username, ...user, title, unitId: units[unit], passwordHash }))).id;
    }
    return { units, users };
  });
}
