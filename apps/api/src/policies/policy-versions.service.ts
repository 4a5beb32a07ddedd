import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_POLICY,
  invalidInput,
  notFound,
  policyProblems,
  ruleKey,
  type Actor,
  type DeadlineOnDayOff,
  type EscalationPolicy,
  type PolicyContent,
} from '@duban/domain';
import { EscalationPolicyEntity } from '@duban/persistence';

/** A saved version as the API answers it: every setting, none left to a default. */
export type PolicyVersion = EscalationPolicy & { deadlineOnDayOff: DeadlineOnDayOff };

const toPolicy = (e: EscalationPolicyEntity): PolicyVersion => ({
  version: e.version,
  name: e.name,
  rules: e.rules,
  riskMarginPoints: e.riskMarginPoints,
  workdayDeadlinesOnly: e.workdayDeadlinesOnly,
  deadlineOnDayOff: e.deadlineOnDayOff,
});

// Key order is not kept by jsonb: compare what the rules say, field by field.
const canonical = (p: PolicyContent) =>
  JSON.stringify([
    p.name,
    p.riskMarginPoints,
    !!p.workdayDeadlinesOnly,
    p.deadlineOnDayOff ?? 'previous_workday',
    p.rules.map((r) => [ruleKey(r), r.colour, r.level, r.recipients, !!r.bulletin]),
  ]);

/** Escalation policies, versioned: saving adds a version; items keep the version they pinned. */
@Injectable()
export class PolicyVersionsService {
  private defaultSaved?: Promise<unknown>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The brief's default is version 1: written once per process (a no-op when it is there), not on every read. */
  private ensureDefault(): Promise<unknown> {
    this.defaultSaved ??= this.db
      .getRepository(EscalationPolicyEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...DEFAULT_POLICY, version: 1 })
      .orIgnore()
      .execute()
      .catch((error) => {
        this.defaultSaved = undefined; // try again on the next call
        throw error;
      });
    return this.defaultSaved;
  }

  /** The newest version; the default until the office saves another. */
  async current(): Promise<PolicyVersion> {
    await this.ensureDefault();
    const [latest] = await this.db.getRepository(EscalationPolicyEntity).find({ order: { version: 'DESC' }, take: 1 });
    return toPolicy(latest);
  }

  async list(): Promise<PolicyVersion[]> {
    await this.ensureDefault();
    return (await this.db.getRepository(EscalationPolicyEntity).find({ order: { version: 'DESC' } })).map(toPolicy);
  }

  async version(version: number): Promise<PolicyVersion> {
    await this.ensureDefault();
    const found = await this.db.getRepository(EscalationPolicyEntity).findOneBy({ version });
    if (!found) throw notFound(`policy version ${version} not found`);
    return toPolicy(found);
  }

  async create(content: PolicyContent, actor: Actor): Promise<PolicyVersion> {
    const problems = policyProblems(content);
    if (problems.length) throw invalidInput(problems.join('; '));
    await this.ensureDefault();
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('duban.policies'))`);
      // Saving what the newest version already says (a double click, a retried request) adds nothing.
      const [newest] = await em.getRepository(EscalationPolicyEntity).find({ order: { version: 'DESC' }, take: 1 });
      if (newest && canonical(toPolicy(newest)) === canonical(content)) return toPolicy(newest);
      const [{ max }] = await em.query(`SELECT MAX(version) AS max FROM escalation_policies`);
      const saved = await em
        .getRepository(EscalationPolicyEntity)
        .save({ ...content, version: Number(max) + 1, createdBy: actor.userId });
      return toPolicy(saved);
    });
  }
}
