import type { Actor } from '@duban/domain';

/** The signed-in caller: an actor for the domain rules, with its name for display. */
export interface AuthUser extends Actor {
  username: string;
  displayName: string;
}
