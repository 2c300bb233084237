import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditTrail1795447766007 implements MigrationInterface {
    name = 'AuditTrail1795447766007'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(100) NOT NULL,
                "entity_type" character varying(100) NOT NULL,
                "entity_id" uuid NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "correlation_id" character varying(100),
                CONSTRAINT "pk_audit_event" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_correlation" ON "audit_event" ("correlation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_actor" ON "audit_event" ("actor_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_entity" ON "audit_event" ("entity_type", "entity_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_at" ON "audit_event" ("at", "id")
        `);
        // The trail is append-only: Postgres itself refuses to change or remove an event.
        await queryRunner.query(`
            CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit events cannot be changed or deleted (% refused)', TG_OP
                    USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_event';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "tr_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "tr_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TRIGGER "tr_audit_event_no_truncate" ON "audit_event"
        `);
        await queryRunner.query(`
            DROP TRIGGER "tr_audit_event_append_only" ON "audit_event"
        `);
        await queryRunner.query(`
            DROP FUNCTION "audit_event_refuse_change"()
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_actor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_correlation"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
