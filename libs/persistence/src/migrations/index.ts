import { Initial1795736170868 } from './1795736170868-Initial';
import { EscalationChain1795738867460 } from './1795738867460-EscalationChain';
import { WorkdayDeadlines1795741652705 } from './1795741652705-WorkdayDeadlines';
import { ProjectionFailures1795750902031 } from './1795750902031-ProjectionFailures';
import { Sessions1795752986272 } from './1795752986272-Sessions';
import { AuditTrail1795753044868 } from './1795753044868-AuditTrail';
import { TypedTimeline1795753069871 } from './1795753069871-TypedTimeline';
import { Attachments1795754469606 } from './1795754469606-Attachments';
import { SealTypedTimeline1795756087053 } from './1795756087053-SealTypedTimeline';
import { Workplace1795757576861 } from './1795757576861-Workplace';
import { PlanImports1795762274978 } from './1795762274978-PlanImports';
import { IdempotencyKeys1795762728337 } from './1795762728337-IdempotencyKeys';
import { Delegations1795762929408 } from './1795762929408-Delegations';
import { Bulletins1795770000000 } from './1795770000000-Bulletins';

// Every migration in order. A landed migration is never edited: add a new one.
export const MIGRATIONS = [
  Initial1795736170868,
  EscalationChain1795738867460,
  WorkdayDeadlines1795741652705,
  ProjectionFailures1795750902031,
  Sessions1795752986272,
  AuditTrail1795753044868,
  TypedTimeline1795753069871,
  Attachments1795754469606,
  SealTypedTimeline1795756087053,
  Workplace1795757576861,
  PlanImports1795762274978,
  IdempotencyKeys1795762728337,
  Delegations1795762929408,
  Bulletins1795770000000,
];
