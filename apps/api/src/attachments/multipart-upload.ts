import {
  BadRequestException,
  HttpException,
  Logger,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Request } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';
import { PassThrough } from 'node:stream';
import {
  admitFile,
  formatBytes,
  FileStoreUnavailableError,
  FileTooLargeError,
  sanitizeFileName,
  UnsupportedFileTypeError,
  type AdmittedFile,
  type FileStore,
  type FileTypeName,
  type StoredFile,
} from '@duban/file-store';

/** The form field that carries the files, and how many one request may carry. */
export const FILES_FIELD = 'files';
export const MAX_FILES_PER_UPLOAD = 10;

export interface UploadRules {
  store: FileStore;
  maxBytes: number;
  allowedTypes: readonly FileTypeName[];
}

/** A file as it arrived and was kept: its address, size, type by content and sanitised name. */
export type ReceivedFile = StoredFile & AdmittedFile;

/**
 * Reads the multipart body and streams each file of the field "files" into the store, checked by
 * size and by content on the way: nothing is buffered whole, and a refused file is not kept.
 * Refusals become 400, 413 or 415 naming the file and the limit or the type found.
 */
export async function receiveFiles(request: Request, rules: UploadRules): Promise<ReceivedFile[]> {
  const upload = multer({
    storage: new FileStoreEngine(rules),
    // Browsers send a file name as UTF-8 without saying so; busboy would read it as Latin-1.
    defParamCharset: 'utf8',
    limits: { files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 1024, parts: MAX_FILES_PER_UPLOAD + 10 },
  }).array(FILES_FIELD, MAX_FILES_PER_UPLOAD);
  await new Promise<void>((resolve, reject) =>
    upload(request, request.res!, (error: unknown) => (error ? reject(toHttpError(error)) : resolve())),
  );
  const files = (request.files ?? []) as unknown as ReceivedFile[];
  if (files.length === 0) {
    throw new BadRequestException(
      `${FILES_FIELD}: send one or more files as multipart/form-data in the field "${FILES_FIELD}"`,
    );
  }
  return files;
}

/** A multer storage engine that hands each file's stream to the file store. */
class FileStoreEngine implements StorageEngine {
  constructor(private readonly rules: UploadRules) {}

  _handleFile(
    _request: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void,
  ): void {
    const name = sanitizeFileName(file.originalname ?? '');
    // The store reads a stream of its own: when it gives up (too large), the refusal that reaches the
    // client is its own, naming the file, not a bare error of the part's stream; a broken body still
    // ends the store's read.
    const source = new PassThrough();
    file.stream.on('error', (error) => source.destroy(error));
    file.stream.pipe(source);
    let admitted: AdmittedFile | undefined;
    this.rules.store
      .put(source, {
        maxBytes: this.rules.maxBytes,
        admit: (sample) => {
          admitted = admitFile(sample, name, this.rules.allowedTypes);
        },
      })
      .then(
        (stored) => callback(null, { ...stored, ...admitted } as Partial<Express.Multer.File>),
        (error: unknown) => callback(toHttpError(error, name)),
      );
  }

  // Kept bytes may be another attachment's too (same address): a failed request removes nothing.
  _removeFile(_request: Request, _file: Express.Multer.File, callback: (error: Error | null) => void): void {
    callback(null);
  }
}

function toHttpError(error: unknown, name?: string): unknown {
  if (error instanceof HttpException) return error;
  if (error instanceof FileTooLargeError) {
    return new PayloadTooLargeException(
      `${name}: the file is larger than the limit of ${formatBytes(error.limit)} (FILES_MAX_BYTES = ${error.limit} bytes)`,
    );
  }
  if (error instanceof UnsupportedFileTypeError) return new UnsupportedMediaTypeException(error.message);
  if (error instanceof FileStoreUnavailableError) {
    new Logger('Attachments').error(error.message);
    return new ServiceUnavailableException('the file store is not reachable: try again shortly');
  }
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_COUNT') {
      return new PayloadTooLargeException(`${FILES_FIELD}: at most ${MAX_FILES_PER_UPLOAD} files per upload`);
    }
    if (error.code === 'LIMIT_UNEXPECTED_FILE') {
      return new BadRequestException(`send the files in the field "${FILES_FIELD}", not "${error.field}"`);
    }
    return new BadRequestException(`the multipart body was refused: ${error.message}`);
  }
  // busboy's word on a broken body: "Unexpected end of form", "Malformed part header", …
  if (error instanceof Error && !('code' in error)) {
    return new BadRequestException(`the multipart body is malformed: ${error.message}`);
  }
  return error;
}
