import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consultations with their questions, responses and answers; CiCC members' votes on proposals. */

export class Consultations1795446508771 implements MigrationInterface {
    name = 'Consultations1795446508771'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."consultation_audience" AS ENUM(
                'CICC',
                'LOCAL_AUTHORITIES',
                'HOUSING_DIRECTORS',
                'ALDCS',
                'PARTNERS'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."tally_visibility" AS ENUM('ALWAYS', 'AFTER_VOTING', 'AFTER_CLOSE')
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid,
                "house_id" uuid NOT NULL,
                "title" character varying(200),
                "description" text NOT NULL DEFAULT '',
                "audience" "public"."consultation_audience" NOT NULL,
                "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "tally_visibility" "public"."tally_visibility" NOT NULL,
                "final_support" integer,
                "final_oppose" integer,
                "final_abstain" integer,
                "outcome_summary" text,
                "outcome_recorded_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_consultation_subject" CHECK (
                    "proposal_id" IS NOT NULL
                    OR "title" IS NOT NULL
                ),
                CONSTRAINT "ck_consultation_dates" CHECK ("closes_at" > "opens_at"),
                CONSTRAINT "pk_consultation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_consultation_house" ON "consultation" ("house_id", "opens_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_consultation_proposal" ON "consultation" ("proposal_id", "audience")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."question_kind" AS ENUM(
                'YES_NO',
                'SINGLE_CHOICE',
                'MULTIPLE_CHOICE',
                'SCALE',
                'FREE_TEXT'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation_question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "kind" "public"."question_kind" NOT NULL,
                "prompt" character varying(500) NOT NULL,
                "options" text array NOT NULL DEFAULT '{}',
                "scale_min" smallint,
                "scale_max" smallint,
                "required" boolean NOT NULL DEFAULT true,
                CONSTRAINT "uq_consultation_question_position" UNIQUE ("consultation_id", "position"),
                CONSTRAINT "ck_consultation_question_scale" CHECK (
                    ("kind" = 'SCALE') = (
                        "scale_min" IS NOT NULL
                        AND "scale_max" IS NOT NULL
                    )
                    AND (
                        "scale_min" IS NULL
                        OR "scale_min" < "scale_max"
                    )
                ),
                CONSTRAINT "pk_consultation_question" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation_response" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "respondent_id" uuid NOT NULL,
                "on_behalf_of_authority_id" uuid,
                "first_submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "replacements" integer NOT NULL DEFAULT '0',
                CONSTRAINT "pk_consultation_response" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_consultation_response_respondent" ON "consultation_response" ("respondent_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_personal" ON "consultation_response" ("consultation_id", "respondent_id")
            WHERE "on_behalf_of_authority_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consultation_response_authority" ON "consultation_response" ("consultation_id", "on_behalf_of_authority_id")
            WHERE "on_behalf_of_authority_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation_answer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "response_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "value" jsonb NOT NULL,
                CONSTRAINT "uq_consultation_answer_question" UNIQUE ("response_id", "question_id"),
                CONSTRAINT "pk_consultation_answer" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_consultation_answer_question" ON "consultation_answer" ("question_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."vote_choice" AS ENUM('SUPPORT', 'OPPOSE', 'ABSTAIN')
        `);
        await queryRunner.query(`
            CREATE TABLE "vote" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "consultation_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "choice" "public"."vote_choice" NOT NULL,
                "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_vote_proposal_member" UNIQUE ("proposal_id", "member_id"),
                CONSTRAINT "pk_vote" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_vote_member" ON "vote" ("member_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_vote_consultation" ON "vote" ("consultation_id", "choice")
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation"
            ADD CONSTRAINT "fk_consultation_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation"
            ADD CONSTRAINT "fk_consultation_house" FOREIGN KEY ("house_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation"
            ADD CONSTRAINT "fk_consultation_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question"
            ADD CONSTRAINT "fk_consultation_question_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "fk_consultation_response_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "fk_consultation_response_respondent" FOREIGN KEY ("respondent_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response"
            ADD CONSTRAINT "fk_consultation_response_authority" FOREIGN KEY ("on_behalf_of_authority_id") REFERENCES "local_authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_answer"
            ADD CONSTRAINT "fk_consultation_answer_response" FOREIGN KEY ("response_id") REFERENCES "consultation_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_answer"
            ADD CONSTRAINT "fk_consultation_answer_question" FOREIGN KEY ("question_id") REFERENCES "consultation_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ADD CONSTRAINT "fk_vote_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ADD CONSTRAINT "fk_vote_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ADD CONSTRAINT "fk_vote_member" FOREIGN KEY ("member_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_member"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_consultation"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_answer" DROP CONSTRAINT "fk_consultation_answer_question"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_answer" DROP CONSTRAINT "fk_consultation_answer_response"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "fk_consultation_response_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "fk_consultation_response_respondent"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_response" DROP CONSTRAINT "fk_consultation_response_consultation"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question" DROP CONSTRAINT "fk_consultation_question_consultation"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation" DROP CONSTRAINT "fk_consultation_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation" DROP CONSTRAINT "fk_consultation_house"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation" DROP CONSTRAINT "fk_consultation_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_vote_consultation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_vote_member"
        `);
        await queryRunner.query(`
            DROP TABLE "vote"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."vote_choice"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_consultation_answer_question"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_answer"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_authority"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_consultation_response_personal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_consultation_response_respondent"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_response"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_question"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."question_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_consultation_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_consultation_house"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."tally_visibility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."consultation_audience"
        `);
    }

}
