import { MigrationInterface, QueryRunner } from 'typeorm';

/** Proposals: index for "most recently changed first" listing; ages limited to the 16–25 covenant range. */
export class ProposalListing1795446417457 implements MigrationInterface {
    name = 'ProposalListing1795446417457'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_updated_at" ON "proposal" ("updated_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "ck_proposal_age_range"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "ck_proposal_age_range" CHECK (
                "min_age" >= 16
                AND "max_age" <= 25
                AND "min_age" <= "max_age"
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "ck_proposal_age_range"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "ck_proposal_age_range" CHECK (
                "min_age" >= 14
                AND "max_age" <= 30
                AND "min_age" <= "max_age"
            )
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_updated_at"
        `);
    }
}
