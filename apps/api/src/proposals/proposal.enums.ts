import { registerEnumType } from '@nestjs/graphql';
import { DeliveryModel, HouseMove, ProposalCategory, ProposalStatus } from '@app/proposals';

// Registered once here, for every model that shows a proposal's status, moves, category or delivery.

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal is on its way from a House to the Compact.',
  valuesMap: {
    DRAFT: { description: 'Being written by its House; nobody outside the House is asked yet.' },
    IN_CONSULTATION: { description: 'The House is asking young people, LAs or partners about it; its co-chairs sign it off when ready.' },
    RECOMMENDED: { description: "Both co-chairs signed it off: the House recommends it to the Trust Board, whose decision is awaited." },
    ENDORSED: { description: 'The Trust Board endorsed it: each party that must agree is asked to, and records its position as an agreement.' },
    ADOPTED: { description: 'The Trust Board adopted it into the Compact: it is published in the next edition.' },
    DECLINED: { description: 'Not taken forward, by the House or by the Trust Board; final.' },
    WITHDRAWN: { description: 'Taken back by the House (or, once adopted, by the Trust Board); final.' },
  },
});

registerEnumType(HouseMove, {
  name: 'HouseMove',
  description: "A status a House's co-chairs move its proposal to themselves (transitionProposal).",
  valuesMap: {
    IN_CONSULTATION: { description: 'Out for consultation (from DRAFT, with UASC considerations written and both co-chair seats filled).' },
    DRAFT: { description: 'Back to draft for more work (from IN_CONSULTATION or RECOMMENDED); sign-offs are voided.' },
    DECLINED: { description: 'The House declines it (from IN_CONSULTATION).' },
    WITHDRAWN: { description: 'The House withdraws it (from DRAFT, IN_CONSULTATION, RECOMMENDED or ENDORSED).' },
  },
});

registerEnumType(DeliveryModel, {
  name: 'DeliveryModel',
  description: 'Who must agree the offer: each LA, each ICS area, one partner, or several named partners.',
  valuesMap: {
    EACH_LA: { description: "Each of London's 33 local authorities agrees for its own care leavers (e.g. council tax exemption)." },
    EACH_ICS_AREA: { description: 'Each of the five NHS ICS areas agrees for its area (e.g. free prescriptions).' },
    SINGLE_PARTNER: { description: 'One partner provides it for all of London (e.g. TfL for half-price travel).' },
    SEVERAL_PARTNERS: { description: 'Two or more named partners each agree to provide it.' },
  },
});

registerEnumType(ProposalCategory, {
  name: 'ProposalCategory',
  description: "The part of care leavers' lives an offer serves.",
  valuesMap: {
    HEALTH: { description: 'Physical and mental health, prescriptions and NHS services.' },
    HOUSING: { description: 'Somewhere to live: homelessness, deposits, tenancies.' },
    EDUCATION_TRAINING_EMPLOYMENT: { description: 'Education, training, apprenticeships and work.' },
    TRANSPORT: { description: 'Getting around London, such as travel concessions.' },
    FINANCE: { description: 'Money: council tax, grants, a standard financial offer.' },
    RELATIONSHIPS: { description: 'Family, friends, mentoring and support networks.' },
    WELLBEING: { description: 'Leisure, culture and feeling well beyond health services.' },
    CORPORATE_PARENTING: { description: "How councils and partners act as care leavers' corporate parents (e.g. the Care Leaver Covenant)." },
  },
});
