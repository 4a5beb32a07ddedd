import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@duban/domain';
import { UnitEntity } from './unit.entity';

@Entity('users')
@Check(
  'ck_users_roles',
  `roles <@ ARRAY['admin','office','leader','leadership','handler','unit_head']::text[] AND cardinality(roles) > 0`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** The job title, e.g. 分管经济工作副主任: plans name leaders by it. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** The language of the user's e-mails and inbox (zh-CN first, English second). */
  @Column({ type: 'text', default: 'zh-CN' })
  locale: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
