import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';

/** The routes that take a file upload (multipart/form-data): a CSV file of people to invite. */
export const UPLOAD_PATHS = ['/people/invite-list'];
/** The largest file accepted: a list of 200 people is well under it. */
export const MAX_UPLOAD_BYTES = 200 * 1024;

declare module 'express-serve-static-core' {
  interface Locals {
    /** Why an uploaded file was not accepted (multer's code, e.g. LIMIT_FILE_SIZE), for the form to say. */
    uploadError?: string;
  }
}

/**
 * HTML forms only (application/x-www-form-urlencoded), small; an officer's bulk update of up to 200
 * offers is the largest. The upload routes alone also read one small file, in memory, before the
 * CSRF check (which reads the token from the form's fields).
 */
export function setUpBodyParsing(app: NestExpressApplication): void {
  app.useBodyParser('urlencoded', { extended: false, limit: '200kb' });
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }).single('file');
  app.use(UPLOAD_PATHS, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        res.locals.uploadError = error.code;
        return next();
      }
      next(error);
    });
  });
}
