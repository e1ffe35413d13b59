import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError } from '../../core/errors.js';
import { MAX_ACTIVITY_BYTES } from './directline-activity-schema.js';
import type { UploadedFile } from './directline-service.js';

/** Bounds of one `/upload` request: the files are read and dropped, never kept. */
export const UPLOAD_LIMITS = { files: 4, fileBytes: 4 * 1024 * 1024, totalBytes: 4 * 4 * 1024 * 1024 + 64 * 1024 } as const;

/**
 * Reads a Direct Line `/upload` body (`multipart/form-data`, as DirectLineJS and Web Chat send it): the `activity`
 * part (JSON, `application/vnd.microsoft.activity`) and the files, of which only the name and type are kept.
 * Rejects with `invalid_request` or `body_too_large` (400) when the body is not that or is too large.
 */
export function readUpload(req: IncomingMessage): Promise<{ activity: unknown; files: UploadedFile[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: UPLOAD_LIMITS.files + 1, fileSize: UPLOAD_LIMITS.fileBytes, fields: 4, parts: UPLOAD_LIMITS.files + 5 },
      });
    } catch {
      req.resume();
      reject(new AppError('invalid_request', 'an upload must be multipart/form-data with an activity part and files'));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const tooLarge = () => new AppError('body_too_large', `an upload must be at most ${Math.floor(UPLOAD_LIMITS.totalBytes / 1024 / 1024)} MB`);
    if (Number(req.headers['content-length'] ?? 0) > UPLOAD_LIMITS.totalBytes) {
      req.resume();
      settle(() => reject(tooLarge()));
      return;
    }
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= UPLOAD_LIMITS.totalBytes) return;
      // Past the bound nothing more is parsed: the rest is drained and the upload refused.
      req.unpipe(parser);
      req.resume();
      settle(() => reject(tooLarge()));
    });
    const files: UploadedFile[] = [];
    let activityText: string | undefined;
    let failure: AppError | undefined;
    const fail = (error: AppError) => {
      failure ??= error;
    };
    const readActivity = (text: string) => {
      if (Buffer.byteLength(text) > MAX_ACTIVITY_BYTES) return fail(new AppError('body_too_large', `the activity part must be at most ${MAX_ACTIVITY_BYTES} bytes`));
      activityText = text;
    };
    parser.on('file', (name, stream, info) => {
      if (name === 'activity') {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ACTIVITY_BYTES + 1) chunks.push(chunk);
        });
        stream.on('end', () => readActivity(Buffer.concat(chunks).toString('utf8')));
        return;
      }
      if (files.length >= UPLOAD_LIMITS.files) fail(new AppError('body_too_large', `an upload may carry at most ${UPLOAD_LIMITS.files} files`));
      files.push({ name: (info.filename || 'file').slice(0, 256), contentType: (info.mimeType || 'application/octet-stream').slice(0, 128) });
      stream.on('limit', () => fail(new AppError('body_too_large', `a file must be at most ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB`)));
      stream.resume();
    });
    parser.on('field', (name, value) => {
      if (name === 'activity') readActivity(value);
    });
    parser.on('filesLimit', () => fail(new AppError('body_too_large', `an upload may carry at most ${UPLOAD_LIMITS.files} files`)));
    parser.on('partsLimit', () => fail(new AppError('body_too_large', 'too many parts in the upload')));
    parser.on('error', () => {
      req.unpipe(parser);
      req.resume();
      settle(() => reject(new AppError('invalid_request', 'the upload is not valid multipart/form-data')));
    });
    parser.on('close', () =>
      settle(() => {
        if (failure) return reject(failure);
        if (activityText === undefined) return resolve({ activity: undefined, files });
        try {
          resolve({ activity: JSON.parse(activityText), files });
        } catch {
          reject(new AppError('invalid_request', 'the activity part must be JSON'));
        }
      }),
    );
    req.pipe(parser);
  });
}
