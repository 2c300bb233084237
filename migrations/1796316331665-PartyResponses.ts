import { MigrationInterface, QueryRunner } from "typeorm";

export class PartyResponses1796316331665 implements MigrationInterface {
    name = 'PartyResponses1796316331665'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD "on_behalf_of_area_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD "on_behalf_of_organisation_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_organisation" ON "consultation_response" (
                "consultation_id",
                "on_behalf_of_organisation_id"
            )
            WHERE "on_behalf_of_organisation_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_area" ON "consultation_response" ("consultation_id", "on_behalf_of_area_id")
            WHERE "on_behalf_of_area_id" IS NOT NULL
        `);
        // A person's own response is one that answers for no party at all (TypeORM does not compare
        // an index's WHERE, so this is written by hand).
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_personal"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_personal" ON "consultation_response" ("consultation_id", "respondent_id")
            WHERE "on_behalf_of_authority_id" IS NULL AND "on_behalf_of_area_id" IS NULL AND "on_behalf_of_organisation_id" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "ck_consultation_response_one_party" CHECK (
                    num_nonnulls(
                        "on_behalf_of_authority_id",
                        "on_behalf_of_area_id",
                        "on_behalf_of_organisation_id"
                    ) <= 1
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "fk_consultation_response_area" FOREIGN KEY ("on_behalf_of_area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "fk_consultation_response_organisation" FOREIGN KEY ("on_behalf_of_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Responses given for an ICS area or a partner cannot be kept without their party.
        await queryRunner.query(`
            DELETE FROM "consultation_response" WHERE "on_behalf_of_area_id" IS NOT NULL OR "on_behalf_of_organisation_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "fk_consultation_response_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "fk_consultation_response_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "ck_consultation_response_one_party"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_personal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_area"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP COLUMN "on_behalf_of_organisation_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP COLUMN "on_behalf_of_area_id"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_personal" ON "consultation_response" ("consultation_id", "respondent_id")
            WHERE "on_behalf_of_authority_id" IS NULL
        `);
    }

}
