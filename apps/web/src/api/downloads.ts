import type { Response } from 'express';

/** One of the API's downloads, as ApiClient.download fetched it. */
export interface ApiDownload {
  filename: string;
  contentType: string;
  body: string;
}

/** Sends an API download on to the browser as an attachment, never cached. */
export function passOnDownload(res: Response, file: ApiDownload): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}
