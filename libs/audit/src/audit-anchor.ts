import type { DataSource } from 'typeorm';

export interface AuditAnchor {
  id: string;
  at: string;
  seq: number;
  hash: string;
}

/** Writes the chain's head as an anchor through audit_anchor(), the one way the application may. */
export async function recordAuditAnchor(db: DataSource): Promise<AuditAnchor> {
  const [row] = await db.query(`SELECT id::text AS id, at, seq::text AS seq, hash FROM audit_anchor()`);
  return { id: row.id, at: new Date(row.at).toISOString(), seq: Number(row.seq), hash: row.hash };
}
