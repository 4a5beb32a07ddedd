import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ItemEntity } from './item.entity';
import { numericTransformer } from './numeric.transformer';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export type AttachmentUse = 'progress_report' | 'completion_request';

/** A file uploaded to an item as evidence (佐证材料); its bytes are in the file store under sha256. */
@Entity('attachments')
// The same bytes uploaded again by the same unit (a retried upload) find their attachment again.
@Index('uq_attachments_item_unit_sha256', ['itemId', 'unitId', 'sha256'], { unique: true })
@Check('ck_attachments_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_attachments_size', `size >= 0`)
@Check('ck_attachments_used_in', `used_in IN ('progress_report','completion_request')`)
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  // Deleting a draft takes its attachments with it; the bytes stay in the store, shared by address.
  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ItemEntity>;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bigint', transformer: numericTransformer })
  size: number;

  @Column({ type: 'text', name: 'content_type' })
  contentType: string;

  /** The original file name, sanitised; offered again at download. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: Relation<UserEntity>;

  /** The uploader's unit when it uploaded: whose evidence it is. */
  @Column({ type: 'uuid', name: 'unit_id' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity>;

  /** Uploaded by the supervision office: any unit of the item may cite it. */
  @Column({ type: 'boolean', name: 'by_office', default: false })
  byOffice: boolean;

  @Column({ type: 'timestamptz', name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;

  /** What cited it last: a progress report or a completion request, and which. */
  @Column({ type: 'text', name: 'used_in', nullable: true })
  usedIn: AttachmentUse | null;

  @Column({ type: 'text', name: 'used_in_id', nullable: true })
  usedInId: string | null;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;
}
