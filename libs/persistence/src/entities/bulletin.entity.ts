import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One 督查通报 as issued: the snapshot computed from the timeline as of its cut-off, kept as it was
 * (the documents are rendered from it), with its content's hash. One per cut-off, one per number.
 */
@Entity('bulletins')
@Index('uq_bulletins_cutoff', ['cutoff'], { unique: true })
@Index('uq_bulletins_number', ['year', 'issue'], { unique: true })
export class BulletinEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 第N期 of the year (the cut-off's year in Shanghai). */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  issue: number;

  @Column({ type: 'timestamptz' })
  cutoff: Date;

  @Column({ type: 'timestamptz', name: 'previous_cutoff', nullable: true })
  previousCutoff: Date | null;

  /** The BulletinSnapshot of @duban/bulletins. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, any>;

  /** SHA-256 (hex) of the snapshot's canonical JSON (keys sorted). */
  @Column({ type: 'text', name: 'content_sha256' })
  contentSha256: string;

  /** The user who made it, or null when the weekly schedule did. */
  @Column({ type: 'uuid', name: 'made_by', nullable: true })
  madeBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
