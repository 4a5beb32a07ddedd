import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import type { Request } from 'express';
import multer, { MulterError } from 'multer';
import { formatBytes, sanitizeFileName } from '@duban/file-store';

/** The form field that carries the plan. */
export const PLAN_FILE_FIELD = 'file';

/** A plan as it arrived: its bytes (a plan is small: read whole, up to the limit), name and form fields. */
export interface PlanUpload {
  content: Buffer;
  fileName: string;
  planYear?: number;
  dryRun: boolean;
  confirmDuplicate: boolean;
}

/**
 * Reads the multipart body: one file in the field "file", at most `maxBytes` (413 beyond, naming
 * PLAN_IMPORT_MAX_BYTES), and the fields planYear, dryRun (default true) and confirmDuplicate.
 */
export async function receivePlan(request: Request, maxBytes: number): Promise<PlanUpload> {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8', // browsers send a UTF-8 file name without saying so
    limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024, parts: 11 },
  }).single(PLAN_FILE_FIELD);
  await new Promise<void>((resolve, reject) =>
    upload(request, request.res!, (error: unknown) => (error ? reject(toHttpError(error, maxBytes)) : resolve())),
  );
  const file = request.file;
  if (!file) {
    throw new BadRequestException(
      `${PLAN_FILE_FIELD}: send the plan (xlsx or csv) as multipart/form-data in the field "${PLAN_FILE_FIELD}"`,
    );
  }
  const fields = (request.body ?? {}) as Record<string, unknown>;
  return {
    content: file.buffer,
    fileName: sanitizeFileName(file.originalname ?? '') || 'plan.xlsx',
    planYear: planYearOf(fields.planYear),
    dryRun: flag(fields.dryRun, 'dryRun', true),
    confirmDuplicate: flag(fields.confirmDuplicate, 'confirmDuplicate', false),
  };
}

function planYearOf(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadRequestException('planYear must be a year from 2000 to 2100, e.g. 2024');
  }
  return year;
}

function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new BadRequestException(`${name} must be true or false`);
}

function toHttpError(error: unknown, maxBytes: number): unknown {
  if (error instanceof HttpException) return error;
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new PayloadTooLargeException(
        `${PLAN_FILE_FIELD}: the plan is larger than the limit of ${formatBytes(maxBytes)} (PLAN_IMPORT_MAX_BYTES = ${maxBytes} bytes)`,
      );
    }
    if (error.code === 'LIMIT_FILE_COUNT') return new BadRequestException('send one plan per upload');
    if (error.code === 'LIMIT_UNEXPECTED_FILE') {
      return new BadRequestException(`send the plan in the field "${PLAN_FILE_FIELD}", not "${error.field}"`);
    }
    return new BadRequestException(`the multipart body was refused: ${error.message}`);
  }
  if (error instanceof Error && !('code' in error)) {
    return new BadRequestException(`the multipart body is malformed: ${error.message}`);
  }
  return error;
}
