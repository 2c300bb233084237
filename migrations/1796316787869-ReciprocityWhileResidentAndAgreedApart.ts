import { MigrationInterface, QueryRunner } from "typeorm";

const TABLES = ["proposal_progress_snapshot", "proposal_rollup_area", "proposal_rollup"];
const COUNTS = ["awaiting_reconfirmation", "agreed_unconfirmed", "implemented_unconfirmed"];

/** The three re-confirmation counts over agreement rows `a`, as SELECT columns. */
const RECOUNT = `
    count(*) FILTER (WHERE a.reconfirmation_needed)::int AS awaiting_reconfirmation,
    count(*) FILTER (WHERE a.reconfirmation_needed AND a.status IN ('FORMALLY_AGREED', 'IMPLEMENTED'))::int AS agreed_unconfirmed,
    count(*) FILTER (WHERE a.reconfirmation_needed AND a.status = 'IMPLEMENTED')::int AS implemented_unconfirmed`;

/**
 * A new reciprocity term (an LA's own care leavers, only while they live in it), and per-rollup
 * counts of parties that have not confirmed a revised wording, so agreed and in place can be
 * reported on the current wording. Stored rollups get the new counts from their agreement rows
 * (placed by area as of the date each rollup was computed), so they stay equal to a recomputation;
 * earlier daily snapshots keep 0.
 */
export class ReciprocityWhileResidentAndAgreedApart1796316787869 implements MigrationInterface {
    name = 'ReciprocityWhileResidentAndAgreedApart1796316787869'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TYPE "public"."agreement_reciprocity"
            ADD VALUE IF NOT EXISTS 'OWN_CARE_LEAVERS_RESIDENT'
        `);
        for (const table of TABLES) {
            for (const column of COUNTS) {
                await queryRunner.query(`ALTER TABLE "${table}" ADD "${column}" integer NOT NULL DEFAULT '0'`);
            }
        }
        await queryRunner.query(`
            UPDATE proposal_rollup r
               SET awaiting_reconfirmation = s.awaiting_reconfirmation, agreed_unconfirmed = s.agreed_unconfirmed,
                   implemented_unconfirmed = s.implemented_unconfirmed
              FROM (SELECT a.proposal_id, ${RECOUNT} FROM agreement_status a GROUP BY a.proposal_id) s
             WHERE s.proposal_id = r.proposal_id
        `);
        await queryRunner.query(`
            UPDATE proposal_rollup_area ra
               SET awaiting_reconfirmation = s.awaiting_reconfirmation, agreed_unconfirmed = s.agreed_unconfirmed,
                   implemented_unconfirmed = s.implemented_unconfirmed
              FROM (
                SELECT a.proposal_id, a.area_id, ${RECOUNT}
                  FROM (
                    SELECT x.proposal_id, x.status, x.reconfirmation_needed, m.area_id
                      FROM agreement_status x
                      JOIN proposal_rollup r ON r.proposal_id = x.proposal_id
                      JOIN area_membership m ON m.local_authority_id = x.local_authority_id
                           AND m.valid_from <= r.as_of AND (m.valid_to IS NULL OR m.valid_to > r.as_of)
                    UNION ALL
                    SELECT x.proposal_id, x.status, x.reconfirmation_needed, x.area_id FROM agreement_status x WHERE x.area_id IS NOT NULL
                    UNION ALL
                    SELECT x.proposal_id, x.status, x.reconfirmation_needed, o.area_id
                      FROM agreement_status x JOIN organisation o ON o.id = x.organisation_id WHERE o.area_id IS NOT NULL
                  ) a
                 GROUP BY a.proposal_id, a.area_id
              ) s
             WHERE s.proposal_id = ra.proposal_id AND s.area_id = ra.area_id
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const [{ n }] = await queryRunner.query(`
            SELECT (SELECT count(*) FROM agreement_status WHERE reciprocity = 'OWN_CARE_LEAVERS_RESIDENT')
                 + (SELECT count(*) FROM agreement_status_history WHERE reciprocity = 'OWN_CARE_LEAVERS_RESIDENT') AS n
        `);
        if (Number(n) > 0) {
            throw new Error(`Cannot revert: ${n} agreements (or their history) use reciprocity OWN_CARE_LEAVERS_RESIDENT, which the earlier schema cannot hold.`);
        }
        for (const table of TABLES) {
            for (const column of COUNTS) {
                await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
            }
        }
        await queryRunner.query(`ALTER TYPE "public"."agreement_reciprocity" RENAME TO "agreement_reciprocity_new"`);
        await queryRunner.query(`
            CREATE TYPE "public"."agreement_reciprocity" AS ENUM('OWN_CARE_LEAVERS_ANYWHERE', 'ANY_CARE_LEAVER_RESIDENT', 'BOTH')
        `);
        for (const table of ["agreement_status", "agreement_status_history"]) {
            await queryRunner.query(`
                ALTER TABLE "${table}"
                ALTER COLUMN "reciprocity" TYPE "public"."agreement_reciprocity" USING "reciprocity"::"text"::"public"."agreement_reciprocity"
            `);
        }
        await queryRunner.query(`DROP TYPE "public"."agreement_reciprocity_new"`);
    }

}
