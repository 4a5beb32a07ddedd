import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/** A work plan (分工方案) imported as draft items: the same content again is noticed by its SHA-256. */
@Entity('plan_imports')
@Index('ix_plan_imports_sha256', ['sha256'])
@Check('ck_plan_imports_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
export class PlanImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The uploaded file's content hash, hex. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Column({ type: 'int', name: 'plan_year', nullable: true })
  planYear: number | null;

  @Column({ type: 'uuid', name: 'imported_by' })
  importedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imported_by' })
  importer?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz', name: 'imported_at' })
  importedAt: Date;

  /** The draft items it created, in the plan's row order (a draft deleted later stays listed). */
  @Column({ type: 'uuid', array: true, name: 'item_ids' })
  itemIds: string[];
}
