import { AppConfig } from '@duban/config';
import { DirectoryFileStore, S3FileStore, type FileStore, type FileTypeName } from '@duban/file-store';

/** The injection token of the one FileStore of the process. */
export const FILE_STORE = 'FILE_STORE';

/** An S3-compatible bucket when S3_* is configured (all of it, loadConfig makes sure), else FILES_DIR. */
export function fileStoreFor(config: AppConfig): FileStore {
  if (!config.S3_BUCKET) return new DirectoryFileStore(config.FILES_DIR);
  return new S3FileStore({
    endpoint: config.S3_ENDPOINT!,
    region: config.S3_REGION!,
    bucket: config.S3_BUCKET,
    accessKeyId: config.S3_ACCESS_KEY_ID!,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: config.S3_FORCE_PATH_STYLE ?? false,
  });
}

export const fileStoreProvider = { provide: FILE_STORE, inject: [AppConfig], useFactory: fileStoreFor };

/** The allowed types as the file store names them (the config accepts only names it knows). */
export const allowedTypes = (config: AppConfig) => config.FILES_ALLOWED_TYPES as FileTypeName[];
