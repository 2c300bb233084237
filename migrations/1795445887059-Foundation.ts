import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data, people and memberships, proposals. */

export class Foundation1795445887059 implements MigrationInterface {
    name = 'Foundation1795445887059'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."area_kind" AS ENUM('ICS_AREA', 'SUB_REGION')
        `);
        await queryRunner.query(`
            CREATE TABLE "area" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."area_kind" NOT NULL,
                "code" character varying(20) NOT NULL,
                "name" character varying(120) NOT NULL,
                CONSTRAINT "uq_area_code" UNIQUE ("code"),
                CONSTRAINT "pk_area" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "local_authority" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "gss_code" character varying(9) NOT NULL,
                "name" character varying(100) NOT NULL,
                "short_code" character varying(3) NOT NULL,
                "tile_row" smallint NOT NULL,
                "tile_col" smallint NOT NULL,
                CONSTRAINT "uq_local_authority_tile" UNIQUE ("tile_row", "tile_col"),
                CONSTRAINT "uq_local_authority_name" UNIQUE ("name"),
                CONSTRAINT "uq_local_authority_short_code" UNIQUE ("short_code"),
                CONSTRAINT "uq_local_authority_gss_code" UNIQUE ("gss_code"),
                CONSTRAINT "pk_local_authority" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "area_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "area_id" uuid NOT NULL,
                "local_authority_id" uuid NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                CONSTRAINT "uq_area_membership_start" UNIQUE ("area_id", "local_authority_id", "valid_from"),
                CONSTRAINT "ck_area_membership_dates" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" > "valid_from"
                ),
                CONSTRAINT "pk_area_membership" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_area_membership_local_authority" ON "area_membership" ("local_authority_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."body_kind" AS ENUM(
                'TRUST_BOARD',
                'CICC',
                'WORKING_GROUP',
                'NETWORK',
                'HOUSE'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."house_theme" AS ENUM(
                'HEALTH',
                'HOUSING',
                'EDUCATION_TRAINING_EMPLOYMENT',
                'TRANSPORT',
                'FINANCE',
                'RELATIONSHIPS'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "body" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."body_kind" NOT NULL,
                "code" character varying(40) NOT NULL,
                "name" character varying(160) NOT NULL,
                "theme" "public"."house_theme",
                "description" text NOT NULL DEFAULT '',
                CONSTRAINT "uq_body_theme" UNIQUE ("theme"),
                CONSTRAINT "uq_body_code" UNIQUE ("code"),
                CONSTRAINT "ck_body_house_theme" CHECK (("kind" = 'HOUSE') = ("theme" IS NOT NULL)),
                CONSTRAINT "pk_body" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."organisation_kind" AS ENUM(
                'MAYORAL',
                'NHS_ICB',
                'LOCAL_GOVERNMENT_ASSOCIATION',
                'CHARITY',
                'BUSINESS',
                'IMPROVEMENT_ALLIANCE',
                'NATIONAL_PROGRAMME'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(30) NOT NULL,
                "name" character varying(160) NOT NULL,
                "kind" "public"."organisation_kind" NOT NULL,
                "area_id" uuid,
                CONSTRAINT "uq_organisation_code" UNIQUE ("code"),
                CONSTRAINT "pk_organisation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_organisation_area" ON "organisation" ("area_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "display_name" character varying(120) NOT NULL,
                "email" character varying(254) NOT NULL,
                "care_experienced" boolean NOT NULL DEFAULT false,
                "birth_month" date,
                "home_authority_id" uuid,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_person_birth_month" CHECK (
                    "birth_month" IS NULL
                    OR EXTRACT(
                        DAY
                        FROM "birth_month"
                    ) = 1
                ),
                CONSTRAINT "pk_person" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_person_home_authority" ON "person" ("home_authority_id")
        `);
        // Emails are unique whatever their case; TypeORM cannot describe an expression index.
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_person_email" ON "person" (lower("email"))
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."membership_role" AS ENUM(
                'CHAIR',
                'CO_CHAIR_YOUNG_PERSON',
                'CO_CHAIR_SECTOR_LEAD',
                'MEMBER',
                'ADVISER',
                'OBSERVER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "body_id" uuid NOT NULL,
                "role" "public"."membership_role" NOT NULL,
                "represents_authority_id" uuid,
                "represents_area_id" uuid,
                "represents_organisation_id" uuid,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" text,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_membership_represents_one" CHECK (
                    num_nonnulls(
                        "represents_authority_id",
                        "represents_area_id",
                        "represents_organisation_id"
                    ) <= 1
                ),
                CONSTRAINT "ck_membership_dates" CHECK (
                    "ended_at" IS NULL
                    OR "ended_at" >= "started_at"
                ),
                CONSTRAINT "pk_membership" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_membership_person" ON "membership" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_membership_current_co_chair" ON "membership" ("body_id", "role")
            WHERE "ended_at" IS NULL
                AND "role" IN ('CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD')
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_membership_body_current" ON "membership" ("body_id", "role")
            WHERE "ended_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_category" AS ENUM(
                'HEALTH',
                'HOUSING',
                'EDUCATION_TRAINING_EMPLOYMENT',
                'TRANSPORT',
                'FINANCE',
                'RELATIONSHIPS',
                'WELLBEING',
                'CORPORATE_PARENTING'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."delivery_model" AS ENUM(
                'EACH_LA',
                'EACH_ICS_AREA',
                'SINGLE_PARTNER',
                'SEVERAL_PARTNERS'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_status" AS ENUM(
                'DRAFT',
                'IN_CONSULTATION',
                'RECOMMENDED',
                'ENDORSED',
                'ADOPTED',
                'DECLINED',
                'WITHDRAWN'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "house_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "summary" text NOT NULL,
                "rationale" text NOT NULL DEFAULT '',
                "evidence_links" text array NOT NULL DEFAULT '{}',
                "category" "public"."proposal_category" NOT NULL,
                "min_age" smallint NOT NULL DEFAULT '18',
                "max_age" smallint NOT NULL DEFAULT '25',
                "delivery_model" "public"."delivery_model" NOT NULL,
                "uasc_considerations" text,
                "status" "public"."proposal_status" NOT NULL DEFAULT 'DRAFT',
                "created_by_id" uuid,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_proposal_age_range" CHECK (
                    "min_age" >= 14
                    AND "max_age" <= 30
                    AND "min_age" <= "max_age"
                ),
                CONSTRAINT "pk_proposal" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_status" ON "proposal" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_house_status" ON "proposal" ("house_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_partner" (
                "proposal_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "pk_proposal_partner" PRIMARY KEY ("proposal_id", "organisation_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_partner_organisation" ON "proposal_partner" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_sign_off" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "role" "public"."membership_role" NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "voided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_proposal_sign_off" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_proposal_sign_off_current" ON "proposal_sign_off" ("proposal_id", "role")
            WHERE "voided_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_transition" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "from_status" "public"."proposal_status",
                "to_status" "public"."proposal_status" NOT NULL,
                "actor_id" uuid,
                "reason" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_proposal_transition" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_transition_proposal" ON "proposal_transition" ("proposal_id", "at")
        `);
        await queryRunner.query(`
            ALTER TABLE "area_membership"
            ADD CONSTRAINT "fk_area_membership_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "area_membership"
            ADD CONSTRAINT "fk_area_membership_local_authority" FOREIGN KEY ("local_authority_id") REFERENCES "local_authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "fk_organisation_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "person"
            ADD CONSTRAINT "fk_person_home_authority" FOREIGN KEY ("home_authority_id") REFERENCES "local_authority"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_authority" FOREIGN KEY ("represents_authority_id") REFERENCES "local_authority"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_area" FOREIGN KEY ("represents_area_id") REFERENCES "area"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "fk_membership_organisation" FOREIGN KEY ("represents_organisation_id") REFERENCES "organisation"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_house" FOREIGN KEY ("house_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_partner"
            ADD CONSTRAINT "fk_proposal_partner_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_partner"
            ADD CONSTRAINT "fk_proposal_partner_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_sign_off"
            ADD CONSTRAINT "fk_proposal_sign_off_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_sign_off"
            ADD CONSTRAINT "fk_proposal_sign_off_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_transition"
            ADD CONSTRAINT "fk_proposal_transition_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_transition"
            ADD CONSTRAINT "fk_proposal_transition_actor" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_person_email"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_transition" DROP CONSTRAINT "fk_proposal_transition_actor"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_transition" DROP CONSTRAINT "fk_proposal_transition_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_sign_off" DROP CONSTRAINT "fk_proposal_sign_off_person"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_sign_off" DROP CONSTRAINT "fk_proposal_sign_off_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_partner" DROP CONSTRAINT "fk_proposal_partner_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_partner" DROP CONSTRAINT "fk_proposal_partner_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_house"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_body"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_person"
        `);
        await queryRunner.query(`
            ALTER TABLE "person" DROP CONSTRAINT "fk_person_home_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "fk_organisation_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "area_membership" DROP CONSTRAINT "fk_area_membership_local_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "area_membership" DROP CONSTRAINT "fk_area_membership_area"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_transition_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_transition"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_proposal_sign_off_current"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_sign_off"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_partner_organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_partner"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_house_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_status"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delivery_model"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_membership_body_current"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_membership_current_co_chair"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_membership_person"
        `);
        await queryRunner.query(`
            DROP TABLE "membership"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."membership_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_person_home_authority"
        `);
        await queryRunner.query(`
            DROP TABLE "person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_organisation_area"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organisation_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "body"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."house_theme"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."body_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_area_membership_local_authority"
        `);
        await queryRunner.query(`
            DROP TABLE "area_membership"
        `);
        await queryRunner.query(`
            DROP TABLE "local_authority"
        `);
        await queryRunner.query(`
            DROP TABLE "area"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."area_kind"
        `);
    }

}
