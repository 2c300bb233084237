import { MigrationInterface, QueryRunner } from "typeorm";

export class SafeguardingHolds1796316858259 implements MigrationInterface {
    name = 'SafeguardingHolds1796316858259'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."comment_hold" AS ENUM('UNDER_REVIEW', 'KEPT_HIDDEN')
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD "hold" "public"."comment_hold"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD "held_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."safeguarding_comment_outcome" AS ENUM('RESTORE', 'KEEP_HIDDEN')
        `);
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling"
            ADD "comment_outcome" "public"."safeguarding_comment_outcome"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment"
            ADD CONSTRAINT "ck_comment_held" CHECK (("hold" IS NULL) = ("held_at" IS NULL))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "comment" DROP CONSTRAINT "ck_comment_held"
        `);
        await queryRunner.query(`
            ALTER TABLE "safeguarding_handling" DROP COLUMN "comment_outcome"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."safeguarding_comment_outcome"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP COLUMN "held_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment" DROP COLUMN "hold"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."comment_hold"
        `);
    }

}
