import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The web app's server-side sessions (express-session with connect-pg-simple, whose column names
 * these are). Each holds the API's tokens for one signed-in browser; the web app prunes expired ones.
 */
export class WebSessions1796316027574 implements MigrationInterface {
    name = 'WebSessions1796316027574'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "web_session" (
                "sid" character varying NOT NULL,
                "sess" json NOT NULL,
                "expire" TIMESTAMP(6) NOT NULL,
                CONSTRAINT "pk_web_session" PRIMARY KEY ("sid")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_web_session_expire" ON "web_session" ("expire")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_web_session_expire"
        `);
        await queryRunner.query(`
            DROP TABLE "web_session"
        `);
    }

}
