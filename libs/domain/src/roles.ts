export const ROLES = ['admin', 'office', 'leader', 'leadership', 'handler', 'unit_head'] as const;
export type Role = (typeof ROLES)[number];

/** Who gives a command: the signed-in user, with the unit and roles it had at that moment. */
export interface Actor {
  userId: string;
  unitId: string;
  roles: Role[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
