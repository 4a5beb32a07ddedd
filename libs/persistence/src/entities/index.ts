import { ExtensionEntity } from './extension.entity';
import { ItemEntity } from './item.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export { ExtensionEntity, ItemEntity, MilestoneEntity, ProgressReportEntity, TimelineEventEntity, UnitEntity, UserEntity };
export type { ReportingCadence } from './item.entity';
export type { ExtensionStatus } from './extension.entity';

export const ENTITIES = [
  UnitEntity,
  UserEntity,
  ItemEntity,
  MilestoneEntity,
  ProgressReportEntity,
  ExtensionEntity,
  TimelineEventEntity,
];
