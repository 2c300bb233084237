import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxAndNotifications1795450839836 implements MigrationInterface {
    name = 'OutboxAndNotifications1795450839836'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."notification_delivery" AS ENUM('EMAIL_NOW', 'WEEKLY_DIGEST', 'IN_APP_ONLY')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "person_id" uuid NOT NULL,
                "kind" character varying(60) NOT NULL,
                "delivery" "public"."notification_delivery" NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_notification_preference" PRIMARY KEY ("person_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_channel" AS ENUM('EMAIL', 'DIGEST', 'IN_APP')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_status" AS ENUM(
                'PENDING',
                'SENT',
                'FAILED',
                'AWAITING_DIGEST',
                'IN_APP'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "kind" character varying(60) NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "link" character varying(500),
                "channel" "public"."notification_channel" NOT NULL,
                "status" "public"."notification_status" NOT NULL,
                "dedupe_key" character varying(300) NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_notification_dedupe_key" UNIQUE ("dedupe_key"),
                CONSTRAINT "pk_notification" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_awaiting_digest" ON "notification" ("recipient_id")
            WHERE status = 'AWAITING_DIGEST'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_unread" ON "notification" ("recipient_id")
            WHERE read_at IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_recipient" ON "notification" ("recipient_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "queue" character varying(60) NOT NULL,
                "job_name" character varying(60) NOT NULL,
                "payload" jsonb NOT NULL,
                "job_options" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                CONSTRAINT "pk_outbox_event" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_outbox_event_unsent" ON "outbox_event" ("created_at")
            WHERE sent_at IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "fk_notification_preference_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_event_unsent"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_recipient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_unread"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_awaiting_digest"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_channel"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_delivery"
        `);
    }

}
