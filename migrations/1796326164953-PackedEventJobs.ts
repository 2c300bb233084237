import { MigrationInterface, QueryRunner } from "typeorm";

/** Packed events (many to one job) remember the job that carries them, for the stranded-work sweep. */
export class PackedEventJobs1796326164953 implements MigrationInterface {
    name = 'PackedEventJobs1796326164953'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "outbox_event"
            ADD "job_id" character varying(100)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "outbox_event" DROP COLUMN "job_id"
        `);
    }

}
