import { Controller, createParamDecorator, ExecutionContext, Get, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import { Request, Response } from 'express';
import { PROGRESS_READER_ROLES, Role } from '@app/access';
import { Actor } from '@app/core';
import { CsvExport, ExportsService } from '@app/compact';
import { PersonalDataService } from '@app/personal-data';
import { RequireRole, SignedIn } from '../access/access.decorators';
import { AgreementMatrixExportQuery, ConsultationExportParams } from './compact.input';
import { DomainErrorHttpFilter } from './domain-error.filter';
import { HTTP_ACTOR, HttpAccessGuard } from './http-access.guard';


/** The caller, as HttpAccessGuard established it. */
const HttpActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest<Request & { [HTTP_ACTOR]?: Actor }>()[HTTP_ACTOR] ?? { personId: null },
);

function send(res: Response, file: CsvExport): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return file.csv;
}

/** Downloads: CSVs for board papers, and a person's own data. */
@Controller('exports')
@UseGuards(HttpAccessGuard)
@UseFilters(DomainErrorHttpFilter)
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly personalData: PersonalDataService,
  ) {}

  /** One row per proposal × party; the query string takes the GraphQL matrix filter's fields. */
  @Get('agreement-matrix.csv')
  @RequireRole(...PROGRESS_READER_ROLES)
  async agreementMatrix(@HttpActor() actor: Actor, @Query() query: AgreementMatrixExportQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.exports.agreementMatrix(actor, query));
  }

  /** Everything the service holds about the caller, as a JSON file (the same as the myData query). */
  @Get('my-data.json')
  @SignedIn()
  async myData(@HttpActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    const data = await this.personalData.collect(actor);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="my-data-${data.generatedAt.toISOString().slice(0, 10)}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return JSON.stringify(data, null, 2);
  }

  /**
   * One row per response, one column per question: for the consultation's House co-chairs, and
   * once it has closed for the roles responseReaderRoles names (the service decides).
   */
  @Get('consultations/:id/responses.csv')
  @RequireRole(Role.HOUSE_CO_CHAIR, Role.PROGRAMME_ADMIN, Role.ALDCS_VIEWER, Role.TRUST_BOARD_MEMBER)
  async consultationResponses(@HttpActor() actor: Actor, @Param() params: ConsultationExportParams, @Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.exports.consultationResponses(actor, params.id));
  }
}
