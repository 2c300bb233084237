import { MigrationInterface, QueryRunner } from "typeorm";

export class RateLimitCounters1796317934987 implements MigrationInterface {
    name = 'RateLimitCounters1796317934987'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rate_limit_counter" (
                "key" character varying(200) NOT NULL,
                "hits" integer NOT NULL,
                "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "blocked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_rate_limit_counter" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_rate_limit_counter_window_ends_at" ON "rate_limit_counter" ("window_ends_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_rate_limit_counter_window_ends_at"
        `);
        await queryRunner.query(`
            DROP TABLE "rate_limit_counter"
        `);
    }

}
