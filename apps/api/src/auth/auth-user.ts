import type { Actor } from '@duban/domain';

/** The signed-in caller: an actor for the domain rules, with its name for display. */
export interface AuthUser extends Actor {
  username: string;
  displayName: string;
  /** Set by a command given on someone's authority (a delegated sign-off): the audit entry names them. */
  actingFor?: { userId: string; username: string };
}
