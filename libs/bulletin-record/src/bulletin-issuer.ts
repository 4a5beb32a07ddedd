import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '@duban/config';
import { checkBulletin, computeBulletin, type BulletinCheck, type BulletinSnapshot } from '@duban/bulletins';
import { invalidInput, shanghaiDate } from '@duban/domain';
import { BulletinEntity } from '@duban/persistence';
import { readBulletinInput } from './bulletin-input-reader';
import { recordBulletinNotice } from './bulletin-notice';
import { contentSha256 } from './content-hash';

export type BulletinIssuerConfig = Pick<
  AppConfig,
  'BULLETIN_ISSUER' | 'CONSOLE_URL' | 'SMTP_URL' | 'WEBHOOK_URL' | 'WECOM_ROBOT_URL' | 'DINGTALK_ROBOT_URL'
>;

export interface IssuedBulletin {
  bulletin: BulletinEntity;
  /** false when a bulletin of this cut-off existed already (it is returned as it was). */
  created: boolean;
  /** Its notice's message key, for `deliverNotice`. */
  messageKey: string;
}

// Bulletins are numbered one after another: one maker at a time.
const NUMBERING_LOCK = 'duban.bulletins';

/** A cut-off to the whole second: what a person picks, and what the schedule fires at. */
export const wholeSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000);

/**
 * Makes the bulletin of a cut-off, or finds the one made for it. The snapshot is computed from the
 * timeline as of the cut-off, so a missed week can be made afterwards (backfill); its period starts
 * at the latest bulletin before it; its number is the next of the cut-off's year. The bulletin and
 * its notice are stored in one transaction.
 */
export async function issueBulletin(
  db: DataSource,
  config: BulletinIssuerConfig,
  request: { cutoff: Date; madeBy: string | null; now?: Date },
): Promise<IssuedBulletin> {
  const cutoff = wholeSecond(request.cutoff);
  if (Number.isNaN(cutoff.getTime())) throw invalidInput('cutoff must be an instant');
  if (cutoff.getTime() > (request.now ?? new Date()).getTime())
    throw invalidInput('cutoff must not be in the future: a bulletin tells what the record says up to it');
  return db.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [NUMBERING_LOCK]);
    const repo = em.getRepository(BulletinEntity);
    const existing = await repo.findOneBy({ cutoff });
    if (existing) {
      const messageKey = await recordBulletinNotice(em, config, existing.id, existing.snapshot as BulletinSnapshot);
      return { bulletin: existing, created: false, messageKey };
    }
    const [previous] = await em.query(`SELECT max(cutoff) AS cutoff FROM bulletins WHERE cutoff < $1`, [cutoff]);
    const year = Number(shanghaiDate(cutoff).slice(0, 4));
    const [{ issue }] = await em.query(`SELECT COALESCE(max(issue), 0) + 1 AS issue FROM bulletins WHERE year = $1`, [
      year,
    ]);
    const previousCutoff: Date | null = previous?.cutoff ? new Date(previous.cutoff) : null;
    const input = await readBulletinInput(em, {
      cutoff,
      previousCutoff,
      number: { year, issue: Number(issue) },
      issuer: config.BULLETIN_ISSUER,
    });
    const snapshot = computeBulletin(input);
    const bulletin = await repo.save(
      repo.create({
        year,
        issue: Number(issue),
        cutoff,
        previousCutoff,
        snapshot: snapshot as unknown as Record<string, unknown>,
        contentSha256: contentSha256(snapshot),
        madeBy: request.madeBy,
      }),
    );
    const messageKey = await recordBulletinNotice(em, config, bulletin.id, snapshot);
    return { bulletin, created: true, messageKey };
  });
}

export interface StoredBulletinCheck extends BulletinCheck {
  /** The stored hash still matches the stored snapshot (nobody edited the row). */
  hashMatches: boolean;
}

/** Recomputes a stored bulletin from the record for its cut-off and lists where they differ. */
export async function checkStoredBulletin(
  em: EntityManager,
  config: Pick<AppConfig, 'BULLETIN_ISSUER'>,
  bulletin: BulletinEntity,
): Promise<StoredBulletinCheck> {
  const stored = bulletin.snapshot as BulletinSnapshot;
  const input = await readBulletinInput(em, {
    cutoff: bulletin.cutoff,
    previousCutoff: bulletin.previousCutoff,
    number: { year: bulletin.year, issue: bulletin.issue },
    issuer: stored.issuer ?? config.BULLETIN_ISSUER,
  });
  return { ...checkBulletin(stored, input), hashMatches: contentSha256(stored) === bulletin.contentSha256 };
}
