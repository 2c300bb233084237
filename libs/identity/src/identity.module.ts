import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { Environment } from '@app/core';
import { GovernanceModule } from '@app/governance';
import { MailModule } from '@app/mail';
import { AccessTokenService } from './access-token.service';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, IDENTITY_SECRET, identitySecret } from './identity-secret';
import { InvitationEntity } from './invitation.entity';
import { InvitationService } from './invitation.service';
import { QueueDashboardTicketEntity } from './queue-dashboard-ticket.entity';
import { QueueDashboardService } from './queue-dashboard.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SignInCodeEntity } from './sign-in-code.entity';
import { SignInService } from './sign-in.service';

/** Sign-in without passwords: invitations, email codes, sessions with rotating refresh tokens. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, RefreshTokenEntity, SignInCodeEntity, InvitationEntity, QueueDashboardTicketEntity]),
    AccessModule,
    AuditModule,
    GovernanceModule,
    MailModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => {
        // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as
        // a public key on every verify, which cost a tenth of a busy API's time.
        const key = createSecretKey(Buffer.from(identitySecret(config), 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
          verifyOptions: { algorithms: ['HS256'], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
        };
      },
    }),
  ],
  providers: [
    { provide: IDENTITY_SECRET, inject: [ConfigService], useFactory: identitySecret },
    AccessTokenService,
    SessionService,
    SignInService,
    InvitationService,
    QueueDashboardService,
  ],
  exports: [AccessTokenService, SessionService, SignInService, InvitationService, QueueDashboardService],
})
export class IdentityModule {}
