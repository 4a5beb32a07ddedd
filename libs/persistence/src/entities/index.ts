import { AuditAnchorEntity } from './audit-anchor.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { AttachmentEntity } from './attachment.entity';
import { BulletinEntity } from './bulletin.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { DelegationEntity } from './delegation.entity';
import { DeliveryEntity } from './delivery.entity';
import { EscalationPolicyEntity } from './escalation-policy.entity';
import { ExtensionEntity } from './extension.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { InboxMessageEntity } from './inbox-message.entity';
import { NotificationEntity } from './notification.entity';
import { PlanImportEntity } from './plan-import.entity';
import { ItemEntity } from './item.entity';
import { LoginLockoutEntity } from './login-lockout.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { ProjectionFailureEntity } from './projection-failure.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

export {
  AuditAnchorEntity,
  AuditEntryEntity,
  AttachmentEntity,
  BulletinEntity,
  CalendarYearEntity,
  DelegationEntity,
  DeliveryEntity,
  EscalationPolicyEntity,
  IdempotencyKeyEntity,
  InboxMessageEntity,
  NotificationEntity,
  PlanImportEntity,
  ExtensionEntity,
  ItemEntity,
  LoginLockoutEntity,
  MilestoneEntity,
  ProgressReportEntity,
  ProjectionFailureEntity,
  RefreshTokenEntity,
  SessionEntity,
  TimelineEventEntity,
  UnitEntity,
  UserEntity,
};

export type { AuditResult } from './audit-entry.entity';
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
  AuditEntryEntity,
  AuditAnchorEntity,
  SessionEntity,
  RefreshTokenEntity,
  LoginLockoutEntity,
  AttachmentEntity,
  PlanImportEntity,
  BulletinEntity,
  IdempotencyKeyEntity,
  DelegationEntity,
];
