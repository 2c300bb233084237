import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Leaving the CiCC ends the person's sessions (end reason LEFT_CICC) and cancels what was waiting
 * to be sent to them (notification status CANCELLED).
 */
export class LeavingTheCicc1796318200915 implements MigrationInterface {
    name = 'LeavingTheCicc1796318200915'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TYPE "public"."session_end_reason"
            ADD VALUE 'LEFT_CICC'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_status"
            ADD VALUE 'CANCELLED'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // The nearest values that existed before.
        await queryRunner.query(`
            UPDATE "notification" SET "status" = 'FAILED', "last_error" = 'Cancelled: the recipient left the CiCC.' WHERE "status" = 'CANCELLED'
        `);
        await queryRunner.query(`
            UPDATE "sign_in_session" SET "end_reason" = 'SIGNED_OUT_EVERYWHERE' WHERE "end_reason" = 'LEFT_CICC'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_status_old" AS ENUM(
                'PENDING',
                'SENT',
                'FAILED',
                'AWAITING_DIGEST',
                'IN_APP'
            )
        `);
        // The partial index compares status with an enum value, so it is rebuilt around the type change.
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_awaiting_digest"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ALTER COLUMN "status" TYPE "public"."notification_status_old" USING "status"::"text"::"public"."notification_status_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_status"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_status_old"
            RENAME TO "notification_status"
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_awaiting_digest" ON "notification" ("recipient_id")
            WHERE status = 'AWAITING_DIGEST'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."session_end_reason_old" AS ENUM(
                'SIGNED_OUT',
                'SIGNED_OUT_EVERYWHERE',
                'REFRESH_TOKEN_REUSED'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "sign_in_session"
            ALTER COLUMN "end_reason" TYPE "public"."session_end_reason_old" USING "end_reason"::"text"::"public"."session_end_reason_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."session_end_reason"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."session_end_reason_old"
            RENAME TO "session_end_reason"
        `);
    }

}
