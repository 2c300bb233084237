import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Erasing a person's data at their request.
 *
 * - person.erased_at: when a programme admin erased the person (the row stays, pseudonymised).
 * - vote.member_id may be null: an erased member's votes still count but belong to nobody.
 * - The audit trail. From this release on, events never hold personal data (names, emails, birth
 *   months, care experience, home LA, what people write: see PERSONAL_FIELDS in libs/audit), so
 *   erasing the person is enough. Events written before it may hold some (a person's name and
 *   email when they were added, a comment's text). The trail stays append-only, with exactly one
 *   exception, used only by erasure: inside a transaction that has set
 *   `compact.audit_redaction = 'erasure'`, an UPDATE is allowed when it changes nothing but
 *   `before` and `after`, and changes them into exactly `audit_redacted(...)` of what they were —
 *   the same fields withheld, listed under "withheld". Nothing else can be written that way: no
 *   other value, no other column, no DELETE, no TRUNCATE. Events about people who are never erased
 *   keep what they recorded.
 */
export class PersonalDataErasure1796320647934 implements MigrationInterface {
    name = 'PersonalDataErasure1796320647934'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "person"
            ADD "erased_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ALTER COLUMN "member_id" DROP NOT NULL
        `);
        // The personal fields of each kind of record, as libs/audit's PERSONAL_FIELDS lists them
        // (test/audit.e2e-spec.ts checks that the two agree).
        await queryRunner.query(`
            CREATE FUNCTION "audit_personal_fields"("entity_type" text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
                SELECT ARRAY['displayName', 'email', 'birthMonth'] || CASE "entity_type"
                    WHEN 'person' THEN ARRAY['careExperienced', 'homeAuthorityId']
                    WHEN 'comment' THEN ARRAY['body']
                    WHEN 'comment_revision' THEN ARRAY['body']
                    WHEN 'comment_report' THEN ARRAY['details']
                    WHEN 'membership' THEN ARRAY['startReason', 'endReason']
                    WHEN 'role_grant' THEN ARRAY['reason', 'revokeReason']
                    ELSE ARRAY[]::text[]
                END
            $$
        `);
        // An event's before or after with its personal fields taken out and named under "withheld".
        await queryRunner.query(`
            CREATE FUNCTION "audit_redacted"("entity_type" text, "payload" jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE
                    WHEN "payload" IS NULL OR jsonb_typeof("payload") <> 'object' OR NOT ("payload" ?| audit_personal_fields("entity_type")) THEN "payload"
                    ELSE ("payload" - audit_personal_fields("entity_type")) || jsonb_build_object('withheld', (
                        SELECT jsonb_agg(DISTINCT f ORDER BY f) FROM (
                            SELECT unnest(audit_personal_fields("entity_type")) AS f
                            INTERSECT SELECT jsonb_object_keys("payload")
                            UNION SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof("payload" -> 'withheld') = 'array' THEN "payload" -> 'withheld' ELSE '[]'::jsonb END)
                        ) w))
                END
            $$
        `);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('compact.audit_redaction', true) = 'erasure'
                   AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                   AND NEW.action = OLD.action AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id
                   AND NEW.correlation_id IS NOT DISTINCT FROM OLD.correlation_id
                   AND NEW.before IS NOT DISTINCT FROM audit_redacted(OLD.entity_type, OLD.before)
                   AND NEW.after IS NOT DISTINCT FROM audit_redacted(OLD.entity_type, OLD.after) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit events cannot be changed or deleted (% refused)', TG_OP
                    USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_event';
            END
            $$
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit events cannot be changed or deleted (% refused)', TG_OP
                    USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_event';
            END
            $$
        `);
        await queryRunner.query(`
            DROP FUNCTION "audit_redacted"(text, jsonb)
        `);
        await queryRunner.query(`
            DROP FUNCTION "audit_personal_fields"(text)
        `);
        // Votes of erased members belong to nobody and cannot be given back to anyone.
        await queryRunner.query(`
            DELETE FROM "vote" WHERE "member_id" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "vote"
            ALTER COLUMN "member_id" SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "person" DROP COLUMN "erased_at"
        `);
    }

}
