import { MigrationInterface, QueryRunner } from "typeorm";

/** Sign-in: invitations, one-time email codes, sessions and their refresh tokens. */
export class SignIn1795447974129 implements MigrationInterface {
    name = 'SignIn1795447974129'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "house_id" uuid,
                "invited_by_id" uuid,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_invitation_accepted" CHECK (
                    "accepted_at" IS NULL
                    OR "accepted_at" >= "created_at"
                ),
                CONSTRAINT "ck_invitation_expiry" CHECK ("expires_at" > "created_at"),
                CONSTRAINT "pk_invitation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitation_person" ON "invitation" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_invitation_token_hash" ON "invitation" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."sign_in_method" AS ENUM('EMAIL_CODE', 'INVITATION')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."session_end_reason" AS ENUM(
                'SIGNED_OUT',
                'SIGNED_OUT_EVERYWHERE',
                'REFRESH_TOKEN_REUSED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sign_in_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "method" "public"."sign_in_method" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_refreshed_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" "public"."session_end_reason",
                CONSTRAINT "ck_sign_in_session_end" CHECK (("revoked_at" IS NULL) = ("end_reason" IS NULL)),
                CONSTRAINT "pk_sign_in_session" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_sign_in_session_person_open" ON "sign_in_session" ("person_id")
            WHERE "revoked_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_session" ON "refresh_token" ("session_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "sign_in_code" (
                "person_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "wrong_attempts" smallint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_sign_in_code_wrong_attempts" CHECK (
                    "wrong_attempts" BETWEEN 0 AND 5
                ),
                CONSTRAINT "pk_sign_in_code" PRIMARY KEY ("person_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_house" FOREIGN KEY ("house_id") REFERENCES "body"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sign_in_session"
            ADD CONSTRAINT "fk_sign_in_session_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "fk_refresh_token_session" FOREIGN KEY ("session_id") REFERENCES "sign_in_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sign_in_code"
            ADD CONSTRAINT "fk_sign_in_code_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sign_in_code" DROP CONSTRAINT "fk_sign_in_code_person"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_session"
        `);
        await queryRunner.query(`
            ALTER TABLE "sign_in_session" DROP CONSTRAINT "fk_sign_in_session_person"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_invited_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_house"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_person"
        `);
        await queryRunner.query(`
            DROP TABLE "sign_in_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_refresh_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_session"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_session_person_open"
        `);
        await queryRunner.query(`
            DROP TABLE "sign_in_session"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."session_end_reason"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."sign_in_method"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_invitation_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitation_person"
        `);
        await queryRunner.query(`
            DROP TABLE "invitation"
        `);
    }

}
