import { MigrationInterface, QueryRunner } from "typeorm";

/** Who recorded membership changes, one current role per person per body; comments on proposals with revisions, reports and moderation. */

export class GovernanceAndComments1795446469359 implements MigrationInterface {
    name = 'GovernanceAndComments1795446469359'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "parent_id" uuid,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "hidden_by_id" uuid,
                "hidden_reason" text,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "uq_comment_id_proposal" UNIQUE ("id", "proposal_id"),
                CONSTRAINT "ck_comment_not_own_parent" CHECK (
                    "parent_id" IS NULL
                    OR "parent_id" <> "id"
                ),
                CONSTRAINT "ck_comment_hidden" CHECK (
                    ("hidden_at" IS NULL) = ("hidden_reason" IS NULL)
                ),
                CONSTRAINT "ck_comment_body_length" CHECK (
                    char_length("body") BETWEEN 1 AND 5000
                ),
                CONSTRAINT "pk_comment" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comment_author" ON "comment" ("author_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comment_parent" ON "comment" ("parent_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comment_proposal_top" ON "comment" ("proposal_id", "created_at")
            WHERE "parent_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."comment_moderation_action" AS ENUM('HIDE', 'UNHIDE')
        `);
        await queryRunner.query(`
            CREATE TABLE "comment_moderation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "comment_id" uuid NOT NULL,
                "action" "public"."comment_moderation_action" NOT NULL,
                "actor_id" uuid,
                "reason" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_comment_moderation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comment_moderation_comment" ON "comment_moderation" ("comment_id", "at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."comment_report_reason" AS ENUM(
                'SPAM',
                'ABUSIVE',
                'PERSONAL_INFORMATION',
                'OFF_TOPIC',
                'SAFETY_CONCERN',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "comment_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "comment_id" uuid NOT NULL,
                "reporter_id" uuid NOT NULL,
                "reason" "public"."comment_report_reason" NOT NULL,
                "details" character varying(1000) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolved_by_id" uuid,
                "resolution" text,
                CONSTRAINT "pk_comment_report" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comment_report_comment" ON "comment_report" ("comment_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_comment_report_open" ON "comment_report" ("comment_id", "reporter_id")
            WHERE "resolved_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "comment_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "comment_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "body" text NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_comment_revision_number" UNIQUE ("comment_id", "revision"),
                CONSTRAINT "pk_comment_revision" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD "start_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD "started_by_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD "ended_by_id" uuid
        `);
        // One current membership per person, body, role and represented party; TypeORM cannot describe NULLS NOT DISTINCT.
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_membership_current" ON "membership" (
                "person_id",
                "body_id",
                "role",
                "represents_authority_id",
                "represents_area_id",
                "represents_organisation_id"
            ) NULLS NOT DISTINCT
            WHERE "ended_at" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_started_by" FOREIGN KEY ("started_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_ended_by" FOREIGN KEY ("ended_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "fk_comment_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "fk_comment_parent" FOREIGN KEY ("parent_id", "proposal_id") REFERENCES "comment"("id", "proposal_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "fk_comment_author" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "fk_comment_hidden_by" FOREIGN KEY ("hidden_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_moderation"
            ADD CONSTRAINT "fk_comment_moderation_comment" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_moderation"
            ADD CONSTRAINT "fk_comment_moderation_actor" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report"
            ADD CONSTRAINT "fk_comment_report_comment" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report"
            ADD CONSTRAINT "fk_comment_report_reporter" FOREIGN KEY ("reporter_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report"
            ADD CONSTRAINT "fk_comment_report_resolved_by" FOREIGN KEY ("resolved_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_revision"
            ADD CONSTRAINT "fk_comment_revision_comment" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "comment_revision" DROP CONSTRAINT "fk_comment_revision_comment"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report" DROP CONSTRAINT "fk_comment_report_resolved_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report" DROP CONSTRAINT "fk_comment_report_reporter"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_report" DROP CONSTRAINT "fk_comment_report_comment"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_moderation" DROP CONSTRAINT "fk_comment_moderation_actor"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_moderation" DROP CONSTRAINT "fk_comment_moderation_comment"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_hidden_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_parent"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_ended_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_started_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_membership_current"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP COLUMN "ended_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP COLUMN "started_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP COLUMN "start_reason"
        `);
        await queryRunner.query(`
            DROP TABLE "comment_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_comment_report_open"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comment_report_comment"
        `);
        await queryRunner.query(`
            DROP TABLE "comment_report"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."comment_report_reason"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comment_moderation_comment"
        `);
        await queryRunner.query(`
            DROP TABLE "comment_moderation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."comment_moderation_action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comment_proposal_top"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comment_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comment_author"
        `);
        await queryRunner.query(`
            DROP TABLE "comment"
        `);
    }

}
