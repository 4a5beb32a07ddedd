export * from './file-store';
export * from './content-meter';
export * from './directory-file-store';
export * from './s3-file-store';
export * from './file-type';
export * from './file-name';
