import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ItemEntity } from './item.entity';
import { numericTransformer } from './numeric.transformer';

/** A milestone (节点任务): its own deadline and, where quantified, a target value and unit. */
@Entity('milestones')
@Index('ix_milestones_item', ['itemId', 'position'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @ManyToOne(() => ItemEntity, (item) => item.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<ItemEntity>;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'numeric', name: 'target_value', nullable: true, transformer: numericTransformer })
  targetValue: number | null;

  @Column({ type: 'text', name: 'value_unit', nullable: true })
  valueUnit: string | null;

  @Column({ type: 'numeric', name: 'actual_value', nullable: true, transformer: numericTransformer })
  actualValue: number | null;
}
