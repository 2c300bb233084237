import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditEventEntity } from '@app/audit';

@ObjectType('AuditFieldChange', { description: 'One changed field of a record, with its values as JSON text (null when absent).' })
export class AuditFieldChangeModel {
  @Field({ description: "The field's name; personal fields are named in the change but their values are never kept." })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null when the record was created.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when the record was removed.' })
  after: string | null;
}

@ObjectType('AuditEvent', { description: 'A change made through the product: who, what, to which record, when, and from which request.' })
export class AuditEventModel {
  @Field(() => ID, { description: "The event's id." })
  id: string;

  @Field({ description: 'When the change was made.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The person who made the change; null for the system.' })
  actorId: string | null;

  @Field({ description: 'The operation, as the API names it (e.g. setAgreementStatus).' })
  action: string;

  @Field({ description: 'The kind of record changed (e.g. agreement_status).' })
  entityType: string;

  @Field(() => ID, { description: 'The record changed.' })
  entityId: string;

  @Field(() => [AuditFieldChangeModel], { description: 'The fields that changed, in name order.' })
  changes: AuditFieldChangeModel[];

  @Field(() => String, { nullable: true, description: 'The x-correlation-id of the request that made the change.' })
  correlationId: string | null;

  static from(e: AuditEventEntity): AuditEventModel {
    const before = e.before ?? {};
    const after = e.after ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return Object.assign(new AuditEventModel(), {
      id: e.id,
      at: e.at,
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      correlationId: e.correlationId,
      changes: fields.map((field) =>
        Object.assign(new AuditFieldChangeModel(), {
          field,
          before: e.before && field in before ? JSON.stringify(before[field]) : null,
          after: e.after && field in after ? JSON.stringify(after[field]) : null,
        }),
      ),
    });
  }
}
