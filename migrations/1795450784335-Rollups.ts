import { MigrationInterface, QueryRunner } from "typeorm";

export class Rollups1795450784335 implements MigrationInterface {
    name = 'Rollups1795450784335'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "proposal_progress_snapshot" (
                "total" integer NOT NULL DEFAULT '0',
                "not_started" integer NOT NULL DEFAULT '0',
                "in_discussion" integer NOT NULL DEFAULT '0',
                "agreed_in_principle" integer NOT NULL DEFAULT '0',
                "formally_agreed" integer NOT NULL DEFAULT '0',
                "implemented" integer NOT NULL DEFAULT '0',
                "declined" integer NOT NULL DEFAULT '0',
                "not_applicable" integer NOT NULL DEFAULT '0',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "snapshot_date" date NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_proposal_progress_snapshot" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_proposal_progress_snapshot_day" ON "proposal_progress_snapshot" ("proposal_id", "snapshot_date")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_rollup_area" (
                "total" integer NOT NULL DEFAULT '0',
                "not_started" integer NOT NULL DEFAULT '0',
                "in_discussion" integer NOT NULL DEFAULT '0',
                "agreed_in_principle" integer NOT NULL DEFAULT '0',
                "formally_agreed" integer NOT NULL DEFAULT '0',
                "implemented" integer NOT NULL DEFAULT '0',
                "declined" integer NOT NULL DEFAULT '0',
                "not_applicable" integer NOT NULL DEFAULT '0',
                "proposal_id" uuid NOT NULL,
                "area_id" uuid NOT NULL,
                CONSTRAINT "pk_proposal_rollup_area" PRIMARY KEY ("proposal_id", "area_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_rollup_drift" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "stored" jsonb,
                "recomputed" jsonb NOT NULL,
                "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_proposal_rollup_drift" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_rollup_drift_proposal" ON "proposal_rollup_drift" ("proposal_id", "detected_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_rollup" (
                "total" integer NOT NULL DEFAULT '0',
                "not_started" integer NOT NULL DEFAULT '0',
                "in_discussion" integer NOT NULL DEFAULT '0',
                "agreed_in_principle" integer NOT NULL DEFAULT '0',
                "formally_agreed" integer NOT NULL DEFAULT '0',
                "implemented" integer NOT NULL DEFAULT '0',
                "declined" integer NOT NULL DEFAULT '0',
                "not_applicable" integer NOT NULL DEFAULT '0',
                "proposal_id" uuid NOT NULL,
                "source_version_sum" bigint NOT NULL DEFAULT '0',
                "source_changed_at" TIMESTAMP WITH TIME ZONE,
                "as_of" date NOT NULL,
                "placement_stamp" character varying(32) NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_proposal_rollup" PRIMARY KEY ("proposal_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_progress_snapshot"
            ADD CONSTRAINT "fk_proposal_progress_snapshot_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_area"
            ADD CONSTRAINT "fk_proposal_rollup_area_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_area"
            ADD CONSTRAINT "fk_proposal_rollup_area_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_drift"
            ADD CONSTRAINT "fk_proposal_rollup_drift_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup"
            ADD CONSTRAINT "fk_proposal_rollup_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup" DROP CONSTRAINT "fk_proposal_rollup_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_drift" DROP CONSTRAINT "fk_proposal_rollup_drift_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_area" DROP CONSTRAINT "fk_proposal_rollup_area_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_rollup_area" DROP CONSTRAINT "fk_proposal_rollup_area_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_progress_snapshot" DROP CONSTRAINT "fk_proposal_progress_snapshot_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_rollup"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_rollup_drift_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_rollup_drift"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_rollup_area"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_proposal_progress_snapshot_day"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_progress_snapshot"
        `);
    }

}
