import { MigrationInterface, QueryRunner } from "typeorm";

/** A consultation question can be asked only after a given answer to an earlier one. */
export class ConditionalQuestions1796422790234 implements MigrationInterface {
    name = 'ConditionalQuestions1796422790234'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "consultation_question"
            ADD "ask_if_position" smallint
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question"
            ADD "ask_if_answer" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question"
            ADD CONSTRAINT "ck_consultation_question_ask_if" CHECK (
                    ("ask_if_position" IS NULL) = ("ask_if_answer" IS NULL)
                    AND (
                        "ask_if_position" IS NULL
                        OR "ask_if_position" < "position"
                    )
                )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "consultation_question" DROP CONSTRAINT "ck_consultation_question_ask_if"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question" DROP COLUMN "ask_if_answer"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_question" DROP COLUMN "ask_if_position"
        `);
    }
}
