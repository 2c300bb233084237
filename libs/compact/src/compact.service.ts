import { Injectable } from '@nestjs/common';
import { In, LessThanOrEqual } from 'typeorm';
import { Actor, ALLOWED, enforce, isUniqueViolation, keysetPage, Page, PageRequest, Permission, refused, requirePerson, Tx } from '@app/core';
import { AccessService, Role, Viewer, viewerHolds } from '@app/access';
import { AuditService } from '@app/audit';
import { AreaRule, DEFAULT_AREA_RULE, DeliveryModel } from '@app/proposals';
import { CompactEditionOfferEntity } from './compact-edition-offer.entity';
import { CompactEditionEntity } from './compact-edition.entity';
import { CompactConflictError, CompactErrorCode, CompactForbiddenError, CompactInputError, CompactNotFoundError } from './compact.errors';
import { diffEditions, EditionDiff } from './edition-diff';
import { OfferSnapshot } from './edition-snapshot';

export interface PublishEditionRequest {
  number: number;
  title: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  introduction?: string | null;
}

export interface PublishEditionResult {
  edition: CompactEditionEntity;
  offerCount: number;
  /** ICS-area offers that had no area rule and were given the default (by the responsible LA's area). */
  areaRulesDefaulted: number;
}

export interface EditionComparison {
  from: CompactEditionEntity;
  to: CompactEditionEntity;
  diff: EditionDiff;
}

/** What publishing now would make the next edition, beside the latest edition. */
export interface EditionPreview {
  latest: CompactEditionEntity | null;
  nextNumber: number;
  offerCount: number;
  diff: EditionDiff;
}

/** Snapshot of every adopted offer, with its partners and every party's agreement, as JSON. */
const SNAPSHOT_SQL = `
  SELECT p.id AS proposal_id,
         row_number() OVER (ORDER BY p.title, p.id)::int AS position,
         jsonb_build_object(
           'proposalId', p.id, 'houseId', p.house_id, 'houseName', h.name, 'title', p.title, 'summary', p.summary,
           'category', p.category, 'minAge', p.min_age, 'maxAge', p.max_age, 'deliveryModel', p.delivery_model,
           'areaRule', p.area_rule, 'uascConsiderations', p.uasc_considerations, 'wordingVersion', p.wording_version,
           'partners', coalesce((
             SELECT jsonb_agg(jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name) ORDER BY o.name)
               FROM proposal_partner pp JOIN organisation o ON o.id = pp.organisation_id
              WHERE pp.proposal_id = p.id), '[]'::jsonb),
           'parties', coalesce((
             SELECT jsonb_agg(jsonb_build_object(
                      'kind', a.party_kind, 'id', coalesce(a.local_authority_id, a.area_id, a.organisation_id),
                      'code', coalesce(la.short_code, ar.code, o.code), 'name', coalesce(la.name, ar.name, o.name),
                      'status', a.status, 'reciprocity', a.reciprocity, 'effectiveDate', a.effective_date::text,
                      'reconfirmationNeeded', a.reconfirmation_needed)
                    ORDER BY a.party_kind, coalesce(la.name, ar.name, o.name))
               FROM agreement_status a
               LEFT JOIN local_authority la ON la.id = a.local_authority_id
               LEFT JOIN area ar ON ar.id = a.area_id
               LEFT JOIN organisation o ON o.id = a.organisation_id
              WHERE a.proposal_id = p.id), '[]'::jsonb)
         ) AS content
    FROM proposal p JOIN body h ON h.id = p.house_id
   WHERE p.status = 'ADOPTED'`;

/**
 * Editions of the Compact: publishing one (a snapshot of every adopted offer, so the edition
 * never changes), reading them, and comparing two.
 */
@Injectable()
export class CompactService {
  constructor(
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  /**
   * Publishes the next edition: every ADOPTED offer as it stands now, with its wording,
   * eligibility, delivery model, partners and each party's agreement and reciprocity terms.
   * ICS-area offers without an area rule are given the default (by the responsible LA's area)
   * first, so each published ICS-area offer has one. Editions are numbered 1, 2, 3…, and an
   * edition's date is not before the previous one's.
   */
  async publish(actor: Actor, request: PublishEditionRequest): Promise<PublishEditionResult> {
    const personId = requirePerson(actor);
    enforce(publishEditionPermission(await this.access.viewer(actor)));
    const title = request.title;
    const introduction = request.introduction ?? '';
    try {
      return await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        // One publication at a time, so numbers and snapshots never interleave.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('compact_edition_publish'))`);
        const [latest] = await m.query<{
          number: number;
          published_on: string;
        }[]>(`SELECT number, published_on::text AS published_on FROM compact_edition ORDER BY number DESC LIMIT 1`);
        const next = (latest?.number ?? 0) + 1;
        if (request.number !== next) {
          if (latest && request.number <= latest.number) {
            throw new CompactConflictError(
              CompactErrorCode.EDITION_NUMBER_TAKEN,
              `Edition ${request.number} is already published and never changes; publish your changes as edition ${next}.`,
              'number',
              { nextNumber: next },
            );
          }
          throw new CompactInputError(CompactErrorCode.EDITION_NUMBER_NOT_NEXT, `The next edition is number ${next}.`, 'number', { nextNumber: next });
        }
        if (latest && request.publishedOn < latest.published_on) {
          throw new CompactInputError(
            CompactErrorCode.EDITION_DATE_BEFORE_PREVIOUS,
            `Edition ${latest.number} is dated ${latest.published_on}; edition ${next} cannot be dated earlier.`,
            'publishedOn',
          );
        }
        const defaulted = await m.query<[unknown[], number]>(
          `UPDATE proposal SET area_rule = $1, version = version + 1, updated_at = now()
            WHERE status = 'ADOPTED' AND delivery_model = 'EACH_ICS_AREA' AND area_rule IS NULL
           RETURNING id`,
          [DEFAULT_AREA_RULE],
        );
        const repo = m.getRepository(CompactEditionEntity);
        const edition = await repo.save(repo.create({ number: request.number, title, publishedOn: request.publishedOn, introduction, publishedById: personId }));
        const inserted = await m.query<unknown[]>(
          `INSERT INTO compact_edition_offer (edition_id, proposal_id, position, content)
           SELECT $1, s.proposal_id, s.position, s.content FROM (${SNAPSHOT_SQL}) s
           RETURNING id`,
          [edition.id],
        );
        if (inserted.length === 0) {
          throw new CompactConflictError(
            CompactErrorCode.NOTHING_TO_PUBLISH,
            'No offer has been adopted yet, so there is nothing to publish. An edition contains every ADOPTED offer.',
            'number',
          );
        }
        await this.audit.recordMany(
          actor,
          rowsOf<{ id: string }>(defaulted).map((p) => ({
            action: 'publishCompactEdition',
            entityType: 'proposal',
            entityId: p.id,
            before: { areaRule: null },
            after: { areaRule: DEFAULT_AREA_RULE },
          })),
        );
        await this.audit.record(actor, {
          action: 'publishCompactEdition',
          entityType: 'compact_edition',
          entityId: edition.id,
          after: { number: edition.number, title: edition.title, publishedOn: edition.publishedOn, offerCount: inserted.length },
        });
        return { edition, offerCount: inserted.length, areaRulesDefaulted: rowsOf(defaulted).length };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_compact_edition_number')) {
        throw new CompactConflictError(CompactErrorCode.EDITION_NUMBER_TAKEN, `Edition ${request.number} has just been published by someone else.`, 'number');
      }
      throw error;
    }
  }

  /**
   * What the next edition would hold if it were published now, compared with the latest edition
   * (with nothing, before the first): the same snapshot publishing takes, with the default area
   * rule given to ICS-area offers that have none, as publishing gives it. Nothing is recorded.
   */
  async preview(actor: Actor): Promise<EditionPreview> {
    requirePerson(actor);
    enforce(publishEditionPermission(await this.access.viewer(actor)));
    const latest = await this.current();
    const rows = await this.txHost.tx.query<{ content: OfferSnapshot }[]>(`SELECT s.content FROM (${SNAPSHOT_SQL}) s ORDER BY s.position`);
    const next = rows.map(({ content }) =>
      content.deliveryModel === DeliveryModel.EACH_ICS_AREA && !content.areaRule ? { ...content, areaRule: DEFAULT_AREA_RULE } : content,
    );
    const older = latest ? (await this.offersOf([latest.id])).map((o) => o.content) : [];
    return { latest, nextNumber: (latest?.number ?? 0) + 1, offerCount: next.length, diff: diffEditions(older, next) };
  }

  /** The latest edition, or null before the first is published. */
  async current(): Promise<CompactEditionEntity | null> {
    return this.txHost.tx.getRepository(CompactEditionEntity).findOne({ where: {}, order: { number: 'DESC' } });
  }

  async currentOrFail(): Promise<CompactEditionEntity> {
    const edition = await this.current();
    if (!edition) {
      throw new CompactNotFoundError(CompactErrorCode.NO_EDITION_PUBLISHED, 'No edition of the Compact has been published yet.');
    }
    return edition;
  }

  /**
   * The edition in force on a date: the latest one dated on or before it. Before the first
   * edition's date there is none (NOT_FOUND, naming that date); with no edition at all, as
   * `currentOrFail`.
   */
  async inForceOn(on: string, field = 'on'): Promise<CompactEditionEntity> {
    const repo = this.txHost.tx.getRepository(CompactEditionEntity);
    const found = await repo.findOne({ where: { publishedOn: LessThanOrEqual(on) }, order: { number: 'DESC' } });
    if (found) return found;
    const first = await repo.findOne({ where: {}, order: { number: 'ASC' } });
    if (!first) return this.currentOrFail();
    throw new CompactNotFoundError(
      CompactErrorCode.NO_EDITION_ON_DATE,
      `No edition of the Compact was in force on ${on}: the first edition is dated ${first.publishedOn}. Ask about a date from then on.`,
      field,
      { firstEditionOn: first.publishedOn },
    );
  }

  async getByNumber(number: number, field = 'number'): Promise<CompactEditionEntity> {
    const found = await this.txHost.tx.getRepository(CompactEditionEntity).findOneBy({ number });
    if (!found) throw new CompactNotFoundError(CompactErrorCode.EDITION_NOT_FOUND, `There is no edition ${number} of the Compact.`, field);
    return found;
  }

  /** Every edition, newest first. */
  async list(page: PageRequest): Promise<Page<CompactEditionEntity>> {
    return keysetPage(
      this.txHost.tx.getRepository(CompactEditionEntity).createQueryBuilder('e'),
      [
        { sql: 'e.number', type: 'int', direction: 'DESC' },
        { sql: 'e.id', type: 'uuid', direction: 'DESC' },
      ],
      page,
    );
  }

  /** The offers of each edition, in the edition's order. */
  offersOf(editionIds: readonly string[]): Promise<CompactEditionOfferEntity[]> {
    if (editionIds.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(CompactEditionOfferEntity).find({ where: { editionId: In([...editionIds]) }, order: { editionId: 'ASC', position: 'ASC' } });
  }

  /** How many offers each edition has, counted in SQL. */
  async offerCounts(editionIds: readonly string[]): Promise<Map<string, number>> {
    if (editionIds.length === 0) return new Map();
    const rows = await this.txHost.tx.query<{ edition_id: string; count: number }[]>(
      `SELECT edition_id, count(*)::int AS count FROM compact_edition_offer WHERE edition_id = ANY($1::uuid[]) GROUP BY edition_id`,
      [[...editionIds]],
    );
    return new Map(rows.map((r) => [r.edition_id, r.count]));
  }

  /** The numbers of the editions each proposal is part of, oldest first. */
  async editionNumbersOf(proposalIds: readonly string[]): Promise<{ proposalId: string; numbers: number[] }[]> {
    if (proposalIds.length === 0) return [];
    const rows = await this.txHost.tx.query<{ proposal_id: string; numbers: number[] }[]>(
      `SELECT o.proposal_id, array_agg(e.number ORDER BY e.number) AS numbers
         FROM compact_edition_offer o JOIN compact_edition e ON e.id = o.edition_id
        WHERE o.proposal_id = ANY($1::uuid[])
        GROUP BY o.proposal_id`,
      [[...proposalIds]],
    );
    return rows.map((r) => ({ proposalId: r.proposal_id, numbers: r.numbers }));
  }

  /** The current area rule and wording version of each proposal. */
  async wordingOf(proposalIds: readonly string[]): Promise<{ proposalId: string; areaRule: AreaRule | null; wordingVersion: number }[]> {
    if (proposalIds.length === 0) return [];
    const rows = await this.txHost.tx.query<{
      id: string;
      area_rule: AreaRule | null;
      wording_version: number;
    }[]>(`SELECT id, area_rule, wording_version FROM proposal WHERE id = ANY($1::uuid[])`, [[...proposalIds]]);
    return rows.map((r) => ({ proposalId: r.id, areaRule: r.area_rule, wordingVersion: r.wording_version }));
  }

  /** What edition `to` added, removed and changed versus the older edition `from`. */
  async compare(fromNumber: number, toNumber: number): Promise<EditionComparison> {
    if (fromNumber >= toNumber) {
      throw new CompactInputError(
        CompactErrorCode.BAD_DIFF_RANGE,
        `Compare an older edition with a newer one: "from" (${fromNumber}) must be lower than "to" (${toNumber}).`,
        'from',
      );
    }
    const from = await this.getByNumber(fromNumber, 'from');
    const to = await this.getByNumber(toNumber, 'to');
    const offers = await this.offersOf([from.id, to.id]);
    const of = (editionId: string) => offers.filter((o) => o.editionId === editionId).map((o) => o.content);
    return { from, to, diff: diffEditions(of(from.id), of(to.id)) };
  }
}

/** The rows an UPDATE … RETURNING gave back through `query` (TypeORM returns [rows, count] for updates). */
function rowsOf<T>(result: [unknown[], number] | unknown[]): T[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** publishCompactEdition: programme admins publish the next edition (a pure rule, shown as `CompactEdition.viewerCan`). */
export function publishEditionPermission(viewer: Viewer): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  return refused(new CompactForbiddenError('NOT_PROGRAMME_ADMIN', 'Only a programme admin can publish an edition of the Compact.'));
}
