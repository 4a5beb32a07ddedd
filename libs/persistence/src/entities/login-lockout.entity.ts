import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins of one username, known or not (so a lockout tells nothing about who exists), and
 * the lock they led to. In the database, so every API process honours it.
 */
@Entity('login_lockouts')
export class LoginLockoutEntity {
  @PrimaryColumn({ type: 'text' })
  username: string;

  /** The failures still inside the counting window, oldest first. */
  @Column({ type: 'timestamptz', name: 'failed_at', array: true, default: () => "'{}'" })
  failedAt: Date[];

  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true })
  lockedUntil: Date | null;
}
