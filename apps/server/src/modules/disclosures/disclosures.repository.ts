import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { disclosures, users } from '../../db/schema';

/** The only file with SQL for the register of disclosures (HF-4.4, migration 0021): rows are only added. */

export async function insertDisclosure(tx: Tx, values: typeof disclosures.$inferInsert) {
  const [row] = await tx.insert(disclosures).values(values).returning();
  return row!;
}

/** The organisation's disclosures, newest first, with who produced them. */
export function findDisclosuresOfOrganisation(db: Db, organisationId: string, limit: number) {
  return db
    .select({
      id: disclosures.id, programme: disclosures.programme, kind: disclosures.kind, recipient: disclosures.recipient, legalBasis: disclosures.legalBasis,
      purpose: disclosures.purpose, disclosedOn: disclosures.disclosedOn, dataRows: disclosures.dataRows, caseFiles: disclosures.caseFiles,
      files: disclosures.files, actSha256: disclosures.actSha256, report: disclosures.report, producedBy: users.displayName, createdAt: disclosures.createdAt,
    })
    .from(disclosures)
    .leftJoin(users, eq(users.id, disclosures.producedBy))
    .where(eq(disclosures.organisationId, organisationId))
    .orderBy(desc(disclosures.createdAt), desc(disclosures.id))
    .limit(limit);
}
