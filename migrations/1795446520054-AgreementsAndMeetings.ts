import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreement status per party of each endorsed proposal, with history; meetings, agendas, decisions and actions. */

export class AgreementsAndMeetings1795446520054 implements MigrationInterface {
    name = 'AgreementsAndMeetings1795446520054'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."agreement_party_kind" AS ENUM('LOCAL_AUTHORITY', 'ICS_AREA', 'ORGANISATION')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."agreement_state" AS ENUM(
                'NOT_STARTED',
                'IN_DISCUSSION',
                'AGREED_IN_PRINCIPLE',
                'FORMALLY_AGREED',
                'IMPLEMENTED',
                'DECLINED',
                'NOT_APPLICABLE'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."agreement_reciprocity" AS ENUM(
                'OWN_CARE_LEAVERS_ANYWHERE',
                'ANY_CARE_LEAVER_RESIDENT',
                'BOTH'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "agreement_status" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "party_kind" "public"."agreement_party_kind" NOT NULL,
                "local_authority_id" uuid,
                "area_id" uuid,
                "organisation_id" uuid,
                "status" "public"."agreement_state" NOT NULL DEFAULT 'NOT_STARTED',
                "reciprocity" "public"."agreement_reciprocity",
                "effective_date" date,
                "note" character varying(2000),
                "evidence_url" character varying(2048),
                "updated_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_agreement_status_implemented_date" CHECK (
                    "status" <> 'IMPLEMENTED'
                    OR "effective_date" IS NOT NULL
                ),
                CONSTRAINT "ck_agreement_status_reciprocity" CHECK (
                    "reciprocity" IS NULL
                    OR "party_kind" = 'LOCAL_AUTHORITY'
                ),
                CONSTRAINT "ck_agreement_status_party" CHECK (
                    (
                        "party_kind" = 'LOCAL_AUTHORITY'
                        AND "local_authority_id" IS NOT NULL
                        AND "area_id" IS NULL
                        AND "organisation_id" IS NULL
                    )
                    OR (
                        "party_kind" = 'ICS_AREA'
                        AND "area_id" IS NOT NULL
                        AND "local_authority_id" IS NULL
                        AND "organisation_id" IS NULL
                    )
                    OR (
                        "party_kind" = 'ORGANISATION'
                        AND "organisation_id" IS NOT NULL
                        AND "local_authority_id" IS NULL
                        AND "area_id" IS NULL
                    )
                ),
                CONSTRAINT "pk_agreement_status" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_agreement_status_area" ON "agreement_status" ("area_id")
            WHERE "area_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_agreement_status_organisation" ON "agreement_status" ("organisation_id")
            WHERE "organisation_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_agreement_status_authority" ON "agreement_status" ("local_authority_id", "proposal_id")
            WHERE "local_authority_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_agreement_status_proposal_status" ON "agreement_status" ("proposal_id", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_agreement_status_organisation" ON "agreement_status" ("proposal_id", "organisation_id")
            WHERE "organisation_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_agreement_status_area" ON "agreement_status" ("proposal_id", "area_id")
            WHERE "area_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_agreement_status_authority" ON "agreement_status" ("proposal_id", "local_authority_id")
            WHERE "local_authority_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "agreement_status_history" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "agreement_id" uuid NOT NULL,
                "from_status" "public"."agreement_state" NOT NULL,
                "to_status" "public"."agreement_state" NOT NULL,
                "reciprocity" "public"."agreement_reciprocity",
                "effective_date" date,
                "note" character varying(2000),
                "evidence_url" character varying(2048),
                "changed_by_id" uuid,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_agreement_status_history" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_agreement_status_history_version" ON "agreement_status_history" ("agreement_id", "version")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."meeting_status" AS ENUM('SCHEDULED', 'HELD', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "body_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "location" character varying(300),
                "status" "public"."meeting_status" NOT NULL DEFAULT 'SCHEDULED',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "ck_meeting_times" CHECK (
                    "ends_at" IS NULL
                    OR "ends_at" > "starts_at"
                ),
                CONSTRAINT "pk_meeting" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_meeting_starts_at" ON "meeting" ("starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_meeting_body_starts_at" ON "meeting" ("body_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."action_item_status" AS ENUM('OPEN', 'DONE', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "action_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "owner_id" uuid NOT NULL,
                "description" character varying(1000) NOT NULL,
                "due_on" date NOT NULL,
                "status" "public"."action_item_status" NOT NULL DEFAULT 'OPEN',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "pk_action_item" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_action_item_status_due" ON "action_item" ("status", "due_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_action_item_owner_status_due" ON "action_item" ("owner_id", "status", "due_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_action_item_meeting" ON "action_item" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "title" character varying(200) NOT NULL,
                "proposal_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_agenda_item_position" UNIQUE ("meeting_id", "position"),
                CONSTRAINT "ck_agenda_item_position" CHECK ("position" >= 1),
                CONSTRAINT "pk_agenda_item" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_agenda_item_proposal" ON "agenda_item" ("proposal_id")
            WHERE "proposal_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."decision_kind" AS ENUM(
                'ENDORSE',
                'ADOPT',
                'DECLINE',
                'SEND_BACK',
                'NOTE'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "decision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "proposal_id" uuid,
                "kind" "public"."decision_kind" NOT NULL,
                "summary" text NOT NULL,
                "recorded_by_id" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_decision" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_decision_proposal" ON "decision" ("proposal_id")
            WHERE "proposal_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_decision_meeting" ON "decision" ("meeting_id", "recorded_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD CONSTRAINT "fk_agreement_status_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD CONSTRAINT "fk_agreement_status_authority" FOREIGN KEY ("local_authority_id") REFERENCES "local_authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD CONSTRAINT "fk_agreement_status_area" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD CONSTRAINT "fk_agreement_status_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status"
            ADD CONSTRAINT "fk_agreement_status_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status_history"
            ADD CONSTRAINT "fk_agreement_status_history_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreement_status"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status_history"
            ADD CONSTRAINT "fk_agreement_status_history_changed_by" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "fk_meeting_body" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "fk_meeting_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "fk_action_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "fk_action_item_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "fk_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "fk_agenda_item_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "fk_decision_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "fk_decision_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "fk_decision_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_recorded_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_meeting"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_meeting"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "fk_action_item_owner"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "fk_action_item_meeting"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_body"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status_history" DROP CONSTRAINT "fk_agreement_status_history_changed_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status_history" DROP CONSTRAINT "fk_agreement_status_history_agreement"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP CONSTRAINT "fk_agreement_status_updated_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP CONSTRAINT "fk_agreement_status_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP CONSTRAINT "fk_agreement_status_area"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP CONSTRAINT "fk_agreement_status_authority"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_status" DROP CONSTRAINT "fk_agreement_status_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_decision_meeting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_decision_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "decision"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."decision_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_agenda_item_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_item"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_action_item_meeting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_action_item_owner_status_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_action_item_status_due"
        `);
        await queryRunner.query(`
            DROP TABLE "action_item"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."action_item_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_meeting_body_starts_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_meeting_starts_at"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."meeting_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_agreement_status_history_version"
        `);
        await queryRunner.query(`
            DROP TABLE "agreement_status_history"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_agreement_status_authority"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_agreement_status_area"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_agreement_status_organisation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_agreement_status_proposal_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_agreement_status_authority"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_agreement_status_organisation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_agreement_status_area"
        `);
        await queryRunner.query(`
            DROP TABLE "agreement_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."agreement_reciprocity"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."agreement_state"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."agreement_party_kind"
        `);
    }

}
