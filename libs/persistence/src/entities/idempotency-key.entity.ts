import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key a user sent with a write, the request it came with (a hash of method, path
 * and body) and the answer it got: the same key and request get that answer again, another
 * request under the same key a 422. Kept for a day.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text', name: 'request_hash' })
  requestHash: string;

  /** The answer's status; null while the first request is still being answered. */
  @Column({ type: 'int', nullable: true })
  status: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response: unknown;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
