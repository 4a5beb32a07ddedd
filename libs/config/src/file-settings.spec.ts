import { KNOWN_FILE_TYPES, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://x' };
const S3 = {
  S3_ENDPOINT: 'http://127.0.0.1:8333',
  S3_REGION: 'us-east-1',
  S3_BUCKET: 'duban-files',
  S3_ACCESS_KEY_ID: 'duban',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('the file settings', () => {
  it('keep files in .data/files, up to 20 MB, of every known type, by default', () => {
    expect(loadConfig(base)).toMatchObject({
      FILES_DIR: '.data/files',
      FILES_MAX_BYTES: 20 * 1024 * 1024,
      FILES_ALLOWED_TYPES: KNOWN_FILE_TYPES,
      S3_BUCKET: undefined,
    });
  });

  it('read the allowed types as a list and name one that is not known', () => {
    expect(loadConfig({ ...base, FILES_ALLOWED_TYPES: 'pdf, PNG,docx' }).FILES_ALLOWED_TYPES).toEqual([
      'pdf',
      'png',
      'docx',
    ]);
    expect(() => loadConfig({ ...base, FILES_ALLOWED_TYPES: 'pdf,exe' })).toThrow(
      /FILES_ALLOWED_TYPES: each must be one of pdf/,
    );
    expect(() => loadConfig({ ...base, FILES_MAX_BYTES: 'twenty' })).toThrow(/FILES_MAX_BYTES/);
  });

  it('take S3 all or nothing, naming each setting that is missing', () => {
    expect(loadConfig({ ...base, ...S3, S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({
      ...S3,
      S3_FORCE_PATH_STYLE: true,
    });
    const { S3_REGION: _, S3_SECRET_ACCESS_KEY: __, ...partial } = S3;
    const refused = () => loadConfig({ ...base, ...partial });
    expect(refused).toThrow(/S3_REGION: is required when another S3_ setting is set/);
    expect(refused).toThrow(/S3_SECRET_ACCESS_KEY: is required/);
    expect(refused).not.toThrow(/S3_BUCKET:/);
    expect(() => loadConfig({ ...base, S3_FORCE_PATH_STYLE: 'false' })).toThrow(/S3_ENDPOINT: is required/);
    expect(() => loadConfig({ ...base, ...S3, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ ...base, ...S3, S3_FORCE_PATH_STYLE: 'yes please' })).toThrow(/S3_FORCE_PATH_STYLE/);
  });
});
