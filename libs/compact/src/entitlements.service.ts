import { Injectable } from '@nestjs/common';
import { Clock, isDateOnly, Tx } from '@app/core';
import { LocalAuthorityEntity, ReferenceService } from '@app/reference';
import { matchAuthority } from './authority-match';
import { CompactEditionEntity } from './compact-edition.entity';
import { CompactErrorCode, CompactInputError } from './compact.errors';
import { CompactService } from './compact.service';
import { OfferSnapshot } from './edition-snapshot';
import { Entitlement, entitlementFor, NamedRef } from './entitlement-rules';

export const AGE_LOWEST = 0;
export const AGE_HIGHEST = 120;

export interface EntitlementsRequest {
  /** GSS code, short code or name of the LA responsible for the young person. */
  responsibleAuthority: string;
  /** GSS code, short code or name of the LA the young person lives in. */
  residentAuthority: string;
  age: number;
  formerUasc?: boolean | null;
  /** YYYY-MM-DD; today when absent. A past date is answered from the edition in force then. */
  on?: string | null;
}

export interface OfferEntitlement {
  offer: OfferSnapshot;
  entitlement: Entitlement;
}

export interface EntitlementsAnswer {
  /** The edition in force on the date asked, which every answer comes from. */
  edition: CompactEditionEntity;
  /** Which edition answered, in words: "Edition 2 of the Compact, dated 1 May 2025". */
  answeredFrom: string;
  responsibleAuthority: LocalAuthorityEntity;
  residentAuthority: LocalAuthorityEntity;
  age: number;
  formerUasc: boolean;
  on: string;
  offers: OfferEntitlement[];
}

/** A calendar date (YYYY-MM-DD) as people read it: "1 May 2025". */
export function printedDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * "What can I get?": for every offer in the edition in force on the date asked (today unless
 * given), whether it applies to a young
 * person, who provides it, how to access it and why. Reads only; nothing about the person
 * asking is stored.
 */
@Injectable()
export class EntitlementsService {
  constructor(
    private readonly txHost: Tx,
    private readonly reference: ReferenceService,
    private readonly compact: CompactService,
    private readonly clock: Clock,
  ) {}

  async lookup(request: EntitlementsRequest): Promise<EntitlementsAnswer> {
    const on = request.on ?? this.clock.today();
    if (!isDateOnly(on)) throw new CompactInputError(CompactErrorCode.BAD_DATE, 'The date must be a real date written YYYY-MM-DD.', 'on');
    if (!Number.isInteger(request.age) || request.age < AGE_LOWEST || request.age > AGE_HIGHEST) {
      throw new CompactInputError(CompactErrorCode.BAD_AGE, `Give the young person's age in whole years (${AGE_LOWEST}–${AGE_HIGHEST}).`, 'age');
    }
    const authorities = await this.reference.listAuthorities();
    const responsible = this.resolve(request.responsibleAuthority, authorities, 'responsibleAuthority');
    const resident = this.resolve(request.residentAuthority, authorities, 'residentAuthority');
    const edition = await this.compact.inForceOn(on);
    const offers = await this.compact.offersOf([edition.id]);
    const areas = await this.icsAreasOn([responsible.id, resident.id], on);
    const query = {
      responsible: { id: responsible.id, name: responsible.name },
      resident: { id: resident.id, name: resident.name },
      age: request.age,
      formerUasc: request.formerUasc ?? false,
      on,
      responsibleAreas: areas.get(responsible.id) ?? [],
      residentAreas: areas.get(resident.id) ?? [],
    };
    return {
      edition,
      answeredFrom: `Edition ${edition.number} of the Compact, dated ${printedDate(edition.publishedOn)}`,
      responsibleAuthority: responsible,
      residentAuthority: resident,
      age: request.age,
      formerUasc: query.formerUasc,
      on,
      offers: offers.map((o) => ({ offer: o.content, entitlement: entitlementFor(o.content, query) })),
    };
  }

  private resolve(text: string, authorities: LocalAuthorityEntity[], field: string): LocalAuthorityEntity {
    const match = matchAuthority(text, authorities);
    if (match.found) return match.found;
    const close = match.closeMatches.map((a) => a.name);
    throw new CompactInputError(
      CompactErrorCode.UNKNOWN_AUTHORITY,
      close.length
        ? `No London local authority is called "${text.trim().slice(0, 100)}". Did you mean ${close.length > 1 ? `one of: ${close.join(', ')}` : close[0]}?`
        : `No London local authority is called "${text.trim().slice(0, 100)}". Give its name (e.g. Lambeth), three-letter short code (e.g. lam) or GSS code (e.g. E09000022).`,
      field,
      { closeMatches: close },
    );
  }

  /** The ICS areas each LA belonged to on a date, by LA id: one statement. */
  private async icsAreasOn(authorityIds: string[], on: string): Promise<Map<string, NamedRef[]>> {
    const rows = await this.txHost.tx.query<{ local_authority_id: string; id: string; name: string }[]>(
      `SELECT m.local_authority_id, a.id, a.name
         FROM area_membership m JOIN area a ON a.id = m.area_id
        WHERE a.kind = 'ICS_AREA' AND m.local_authority_id = ANY($1::uuid[])
          AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to > $2::date)
        ORDER BY a.code`,
      [authorityIds, on],
    );
    const map = new Map<string, NamedRef[]>();
    for (const r of rows) map.set(r.local_authority_id, [...(map.get(r.local_authority_id) ?? []), { id: r.id, name: r.name }]);
    return map;
  }
}
