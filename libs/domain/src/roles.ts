export const ROLES = ['admin', 'office', 'leader', 'leadership', 'handler', 'unit_head'] as const;
export type Role = (typeof ROLES)[number];

/** Who gives a command: the signed-in user, with the unit and roles it had at that moment. */
export interface Actor {
  userId: string;
  unitId: string;
  roles: Role[];
  /**
   * Whose authority the actor acts on: a unit head who delegated sign-off to this colleague
   * while away (the API adds the unit head's role for that one command, and says so here).
   */
  onBehalfOf?: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
