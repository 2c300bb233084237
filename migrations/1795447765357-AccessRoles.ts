import { MigrationInterface, QueryRunner } from "typeorm";

export class AccessRoles1795447765357 implements MigrationInterface {
    name = 'AccessRoles1795447765357'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."access_role" AS ENUM(
                'PROGRAMME_ADMIN',
                'TRUST_BOARD_MEMBER',
                'HOUSE_CO_CHAIR',
                'HOUSE_MEMBER',
                'CICC_MEMBER',
                'LA_OFFICER',
                'PARTNER_OFFICER',
                'ALDCS_VIEWER',
                'SAFEGUARDING_LEAD'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "role_grant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "role" "public"."access_role" NOT NULL,
                "scope_body_id" uuid,
                "scope_authority_id" uuid,
                "scope_organisation_id" uuid,
                "scope_area_id" uuid,
                "reason" text NOT NULL DEFAULT '',
                "granted_by_id" uuid,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_by_id" uuid,
                "revoke_reason" text,
                CONSTRAINT "ck_role_grant_dates" CHECK (
                    "revoked_at" IS NULL
                    OR "revoked_at" >= "granted_at"
                ),
                CONSTRAINT "ck_role_grant_scope_one" CHECK (
                    num_nonnulls(
                        "scope_body_id",
                        "scope_authority_id",
                        "scope_organisation_id",
                        "scope_area_id"
                    ) <= 1
                ),
                CONSTRAINT "pk_role_grant" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_role_grant_person_current" ON "role_grant" ("person_id")
            WHERE "revoked_at" IS NULL
        `);
        // One current grant per person, role and scope; TypeORM cannot describe NULLS NOT DISTINCT.
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_role_grant_current" ON "role_grant" (
                "person_id",
                "role",
                "scope_body_id",
                "scope_authority_id",
                "scope_organisation_id",
                "scope_area_id"
            ) NULLS NOT DISTINCT
            WHERE "revoked_at" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_body" FOREIGN KEY ("scope_body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_authority" FOREIGN KEY ("scope_authority_id") REFERENCES "local_authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_organisation" FOREIGN KEY ("scope_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_area" FOREIGN KEY ("scope_area_id") REFERENCES "area"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_granted_by" FOREIGN KEY ("granted_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant"
            ADD CONSTRAINT "fk_role_grant_revoked_by" FOREIGN KEY ("revoked_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Safety concerns about comments, and how safeguarding leads handled them.
        await queryRunner.query(`
            CREATE TYPE "public"."safeguarding_action" AS ENUM(
                'CONTACTED_PERSON',
                'REFERRED_TO_LOCAL_AUTHORITY',
                'REFERRED_TO_EMERGENCY_SERVICES',
                'NO_SAFETY_RISK_FOUND',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "safeguarding_handling" (
                "report_id" uuid NOT NULL,
                "action" "public"."safeguarding_action" NOT NULL,
                "notes" character varying(4000) NOT NULL,
                "handled_by_id" uuid,
                "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_safeguarding_handling" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling"
            ADD CONSTRAINT "fk_safeguarding_handling_report" FOREIGN KEY ("report_id") REFERENCES "comment_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling"
            ADD CONSTRAINT "fk_safeguarding_handling_handled_by" FOREIGN KEY ("handled_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling" DROP CONSTRAINT "fk_safeguarding_handling_handled_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling" DROP CONSTRAINT "fk_safeguarding_handling_report"
        `);
        await queryRunner.query(`
            DROP TABLE "safeguarding_handling"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."safeguarding_action"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_revoked_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_granted_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_body"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_role_grant_current"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_role_grant_person_current"
        `);
        await queryRunner.query(`
            DROP TABLE "role_grant"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."access_role"
        `);
    }

}
