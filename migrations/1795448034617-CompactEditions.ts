import { MigrationInterface, QueryRunner } from "typeorm";

export class CompactEditions1795448034617 implements MigrationInterface {
    name = 'CompactEditions1795448034617'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "compact_edition" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "published_on" date NOT NULL,
                "introduction" text NOT NULL DEFAULT '',
                "published_by_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_compact_edition_number" UNIQUE ("number"),
                CONSTRAINT "ck_compact_edition_number" CHECK ("number" >= 1),
                CONSTRAINT "pk_compact_edition" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_compact_edition_published_on" ON "compact_edition" ("published_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "compact_edition_offer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "edition_id" uuid NOT NULL,
                "proposal_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "content" jsonb NOT NULL,
                CONSTRAINT "uq_compact_edition_offer" UNIQUE ("edition_id", "proposal_id"),
                CONSTRAINT "pk_compact_edition_offer" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_compact_edition_offer_proposal" ON "compact_edition_offer" ("proposal_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."area_rule" AS ENUM(
                'RESPONSIBLE_AUTHORITY_AREA',
                'RESIDENT_AUTHORITY_AREA',
                'EITHER_AREA'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD "area_rule" "public"."area_rule"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD "wording_version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD "reconfirmation_needed" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "ck_proposal_area_rule" CHECK (
                    "area_rule" IS NULL
                    OR "delivery_model" = 'EACH_ICS_AREA'
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition"
            ADD CONSTRAINT "fk_compact_edition_published_by" FOREIGN KEY ("published_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition_offer"
            ADD CONSTRAINT "fk_compact_edition_offer_edition" FOREIGN KEY ("edition_id") REFERENCES "compact_edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition_offer"
            ADD CONSTRAINT "fk_compact_edition_offer_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // A published edition never changes: Postgres refuses edits and deletions of its content
        // (only the publisher reference may be cleared, when that person is removed).
        await queryRunner.query(`
            CREATE FUNCTION "compact_edition_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'A published edition of the Compact never changes; publish a new edition instead.'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_compact_edition_final';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_compact_edition_final" BEFORE UPDATE ON "compact_edition" FOR EACH ROW
            WHEN (
                OLD."id" IS DISTINCT FROM NEW."id" OR OLD."number" IS DISTINCT FROM NEW."number"
                OR OLD."title" IS DISTINCT FROM NEW."title" OR OLD."published_on" IS DISTINCT FROM NEW."published_on"
                OR OLD."introduction" IS DISTINCT FROM NEW."introduction" OR OLD."published_at" IS DISTINCT FROM NEW."published_at"
            )
            EXECUTE FUNCTION "compact_edition_is_final"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_compact_edition_no_delete" BEFORE DELETE ON "compact_edition" FOR EACH ROW
            EXECUTE FUNCTION "compact_edition_is_final"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_compact_edition_offer_final" BEFORE UPDATE OR DELETE ON "compact_edition_offer" FOR EACH ROW
            EXECUTE FUNCTION "compact_edition_is_final"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TRIGGER "trg_compact_edition_offer_final" ON "compact_edition_offer"
        `);
        await queryRunner.query(`
            DROP TRIGGER "trg_compact_edition_no_delete" ON "compact_edition"
        `);
        await queryRunner.query(`
            DROP TRIGGER "trg_compact_edition_final" ON "compact_edition"
        `);
        await queryRunner.query(`
            DROP FUNCTION "compact_edition_is_final"()
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition_offer" DROP CONSTRAINT "fk_compact_edition_offer_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition_offer" DROP CONSTRAINT "fk_compact_edition_offer_edition"
        `);
        await queryRunner.query(`
            ALTER TABLE "compact_edition" DROP CONSTRAINT "fk_compact_edition_published_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "ck_proposal_area_rule"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP COLUMN "reconfirmation_needed"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP COLUMN "wording_version"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP COLUMN "area_rule"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."area_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_compact_edition_offer_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "compact_edition_offer"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_compact_edition_published_on"
        `);
        await queryRunner.query(`
            DROP TABLE "compact_edition"
        `);
    }

}
