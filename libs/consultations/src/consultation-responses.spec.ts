import { Role } from '@app/access';
import { responseReaderRoles } from './consultation-responses.service';
import { ConsultationState } from './consultation-rules';
import { ConsultationAudience } from './consultation.entity';

describe("who reads a consultation's answers besides its House's co-chairs", () => {
  it.each([ConsultationState.SCHEDULED, ConsultationState.OPEN])('nobody else while it is %s', (state) => {
    for (const audience of Object.values(ConsultationAudience)) expect(responseReaderRoles(audience, state)).toEqual([]);
  });

  it.each([ConsultationAudience.LOCAL_AUTHORITIES, ConsultationAudience.HOUSING_DIRECTORS, ConsultationAudience.ALDCS, ConsultationAudience.PARTNERS])(
    'programme admins and the directors once a survey of %s closes',
    (audience) => {
      expect(responseReaderRoles(audience, ConsultationState.CLOSED)).toEqual([Role.PROGRAMME_ADMIN, Role.ALDCS_VIEWER, Role.TRUST_BOARD_MEMBER]);
    },
  );

  it("programme admins only once a CiCC consultation closes: young people's answers do not go to the directors", () => {
    expect(responseReaderRoles(ConsultationAudience.CICC, ConsultationState.CLOSED)).toEqual([Role.PROGRAMME_ADMIN]);
  });
});
