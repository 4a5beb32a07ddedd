import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An organisational unit; units form a tree (管委会 → 经济发展局 → 投资促进科). */
@Entity('units')
@Index('uq_units_parent_name', ['parentId', 'name'], { unique: true })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity;

  /** The kind of unit, e.g. 街道 or 部门: a plan's "各街道" names every unit of the kind. */
  @Column({ type: 'text', nullable: true })
  kind: string | null;

  /** Other names plans use for the unit (简称, former names). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
