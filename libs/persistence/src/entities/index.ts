import { AttachmentEntity } from './attachment.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { DeliveryEntity } from './delivery.entity';
import { EscalationPolicyEntity } from './escalation-policy.entity';
import { ExtensionEntity } from './extension.entity';
import { InboxMessageEntity } from './inbox-message.entity';
import { NotificationEntity } from './notification.entity';
import { ItemEntity } from './item.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { ProjectionFailureEntity } from './projection-failure.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AttachmentEntity,
  CalendarYearEntity,
  DeliveryEntity,
  EscalationPolicyEntity,
  InboxMessageEntity,
  NotificationEntity,
  ExtensionEntity,
  ItemEntity,
  MilestoneEntity,
  ProgressReportEntity,
  ProjectionFailureEntity,
  TimelineEventEntity,
  UnitEntity,
  UserEntity,
};

export type { AttachmentUse } from './attachment.entity';
export type { ExtensionStatus } from './extension.entity';
export type { NotificationParams } from './notification.entity';
export { CHANNELS, type Channel, type DeliveryStatus } from './delivery.entity';

export const ENTITIES = [
  UnitEntity,
  UserEntity,
  ItemEntity,
  MilestoneEntity,
  ProgressReportEntity,
  ExtensionEntity,
  TimelineEventEntity,
  EscalationPolicyEntity,
  CalendarYearEntity,
  NotificationEntity,
  InboxMessageEntity,
  DeliveryEntity,
  ProjectionFailureEntity,
  AttachmentEntity,
];
