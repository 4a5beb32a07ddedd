import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The office's own entry of a year's holidays and adjusted workdays; it overrides the package. */
@Entity('calendar_years')
@Check('ck_calendar_years_source', `source IN ('office')`)
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'text', array: true })
  holidays: string[];

  @Column({ type: 'text', array: true, name: 'adjusted_workdays' })
  adjustedWorkdays: string[];

  @Column({ type: 'text', default: 'office' })
  source: 'office';

  /** The calendar's revision after this change: items pin the revision they were published under. */
  @Column({ type: 'int', unique: true })
  revision: number;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
