import { MigrationInterface, QueryRunner } from "typeorm";

/** An agenda item can link to its papers. */
export class AgendaPapers1796422266221 implements MigrationInterface {
    name = 'AgendaPapers1796422266221'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD "papers_url" character varying(2000)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP COLUMN "papers_url"
        `);
    }
}
