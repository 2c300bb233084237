import { MigrationInterface, QueryRunner } from "typeorm";

export class QueueDashboardTickets1796132515751 implements MigrationInterface {
    name = 'QueueDashboardTickets1796132515751'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "queue_dashboard_ticket" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_queue_dashboard_ticket" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_queue_dashboard_ticket_session" ON "queue_dashboard_ticket" ("session_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_queue_dashboard_ticket_expires" ON "queue_dashboard_ticket" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_queue_dashboard_ticket_hash" ON "queue_dashboard_ticket" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "queue_dashboard_ticket"
            ADD CONSTRAINT "fk_queue_dashboard_ticket_session" FOREIGN KEY ("session_id") REFERENCES "sign_in_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "queue_dashboard_ticket" DROP CONSTRAINT "fk_queue_dashboard_ticket_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_queue_dashboard_ticket_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_queue_dashboard_ticket_expires"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_queue_dashboard_ticket_session"
        `);
        await queryRunner.query(`
            DROP TABLE "queue_dashboard_ticket"
        `);
    }

}
