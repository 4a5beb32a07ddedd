import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { temporalSecurityErrors } from './temporal-security';
import { readJwtSecretFile } from './jwt-secret';
import {
  ArrayNotEmpty,
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidationError,
  validateSync,
} from 'class-validator';

const url = { require_tld: false, require_protocol: true };

/** The file kinds @duban/file-store tells apart by content (FILE_TYPES there; a test keeps the two alike). */
export const KNOWN_FILE_TYPES = [
  'pdf',
  'png',
  'jpeg',
  'gif',
  'webp',
  'doc',
  'xls',
  'ppt',
  'wps',
  'et',
  'dps',
  'docx',
  'xlsx',
  'pptx',
  'txt',
  'zip',
];

const S3_REQUIRED_SETTINGS = ['S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
const S3_REQUIRED = `is required when another S3_ setting is set (${S3_REQUIRED_SETTINGS.join(', ')}: all, or none)`;
const usesS3 = (config: Record<string, unknown>) =>
  [...S3_REQUIRED_SETTINGS, 'S3_FORCE_PATH_STYLE'].some((key) => config[key] !== undefined);

/** Every setting of the API and the worker, read once from the environment at start. */
export class AppConfig {
  @IsString()
  @IsNotEmpty()
  DATABASE_URL: string;

  /** The owner role that runs the migrations (docs/operations.md); DATABASE_URL when unset. */
  @IsOptional()
  @IsString()
  DATABASE_MIGRATION_URL?: string;

  /** The JSON access log on stdout; silent turns it off. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  /** The address the API listens on: only this machine unless told otherwise (compose sets 0.0.0.0). */
  @IsString()
  @IsNotEmpty()
  API_HOST = '127.0.0.1';

  /** Express's `trust proxy` behind a reverse proxy (e.g. `loopback`, `10.0.0.0/8`, or a hop count), so the client address is the caller's. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /**
   * Signs access tokens (HS256), at least 32 bytes; production must set it. Elsewhere, unset, it is
   * read from JWT_SECRET_FILE, which `npm start` creates once per installation.
   */
  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @IsString()
  @IsNotEmpty()
  JWT_SECRET_FILE = '.data/secrets/jwt-secret';

  /** The `iss` and `aud` every access token carries and must carry. */
  @IsString()
  @IsNotEmpty()
  JWT_ISSUER = 'duban';

  @IsString()
  @IsNotEmpty()
  JWT_AUDIENCE = 'duban-api';

  /** An access token's life; the console refreshes it with its session's refresh token. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  ACCESS_TOKEN_MINUTES = 15;

  /** A session's life from its login (a working day): then the user signs in again. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_HOURS = 8;

  /** Login attempts per minute from one client address, and for one username, before 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_PER_ADDRESS = 30;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_PER_ACCOUNT = 10;

  /** This many failed logins within LOGIN_LOCKOUT_MINUTES lock the username for LOGIN_LOCKOUT_MINUTES. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_FAILURES = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_MINUTES = 15;

  /** The OpenAPI document and page: open (development, tests) or behind a login (production's default). */
  @IsOptional()
  @IsIn(['open', 'login'])
  API_DOCS: 'open' | 'login';

  /** Where people open the console: messages link to the item there. */
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  CONSOLE_URL = 'http://localhost:5173';

  /**
   * When the weekly 督查通报 is made: a cron line (minute hour day-of-month month day-of-week) in
   * Asia/Shanghai; the scheduled instant is the bulletin's cut-off.
   */
  @IsString()
  @Matches(/^\S+( \S+){4}$/, { message: 'BULLETIN_SCHEDULE must be a cron line of five fields, e.g. "0 9 * * 1"' })
  BULLETIN_SCHEDULE = '0 9 * * 1';

  /** The office that issues the bulletins, printed under their title. */
  @IsString()
  @IsNotEmpty()
  BULLETIN_ISSUER = '督查室';

  /** E-mail goes out through this SMTP server (e.g. smtp://user:pass@mail.example.gov.cn:587); none without it. */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['smtp', 'smtps'] })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = '督办系统 Duban <duban@localhost>';

  /** A signed webhook (HMAC-SHA256 over timestamp and body) receives every message. */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  WEBHOOK_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  WEBHOOK_SECRET?: string;

  /** The group robot of WeCom (企业微信), e.g. https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  WECOM_ROBOT_URL?: string;

  /** The group robot of DingTalk (钉钉), e.g. https://oapi.dingtalk.com/robot/send?access_token=…, and its signing secret. */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  DINGTALK_ROBOT_URL?: string;

  @IsOptional()
  @IsString()
  DINGTALK_SECRET?: string;

  /** Temporal payload encryption keys, `kid:base64key,…` (32-byte keys); required in production (docs/security.md). */
  @IsOptional()
  @IsString()
  PAYLOAD_KEYS?: string;

  /** The key id that encrypts new payloads; needed when PAYLOAD_KEYS holds several. */
  @IsOptional()
  @IsString()
  PAYLOAD_KEY_ID?: string;

  /** TLS to Temporal: `true` with the system's CAs; on by itself with any TEMPORAL_TLS_* file or server name. */
  @IsOptional()
  @IsIn(['true', 'false'])
  TEMPORAL_TLS?: 'true' | 'false';

  /** mTLS: the client certificate and its key (PEM files), the CA that signed the server's, the server's name. */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CERT?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_KEY?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CA?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_SERVER_NAME?: string;

  /** The Temporal Web UI's origin: the only one allowed to call the API's codec endpoint (CORS). */
  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  TEMPORAL_UI_ORIGIN?: string;
  /** Evidence files (佐证材料) are kept here by their SHA-256, unless an S3 bucket is configured. */
  @IsString()
  @IsNotEmpty()
  FILES_DIR = '.data/files';

  /** The largest file accepted, in bytes (default 20 MB). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  FILES_MAX_BYTES = 20 * 1024 * 1024;

  /** The largest work plan (分工方案) an import reads, in bytes: a 1,000-row plan is well under 1 MB. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PLAN_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

  /** The kinds of file accepted, known by their content: a comma-separated list of KNOWN_FILE_TYPES. */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((t) => t.trim().toLowerCase()) : value))
  @ArrayNotEmpty()
  @IsIn(KNOWN_FILE_TYPES, { each: true, message: `each must be one of ${KNOWN_FILE_TYPES.join(', ')}` })
  FILES_ALLOWED_TYPES: string[] = [...KNOWN_FILE_TYPES];

  /** Any S3-compatible service keeps the files instead of FILES_DIR: all of these, or none. */
  @ValidateIf(usesS3)
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  @IsString({ message: S3_REQUIRED })
  S3_ENDPOINT?: string;

  @ValidateIf(usesS3)
  @IsString({ message: S3_REQUIRED })
  S3_REGION?: string;

  @ValidateIf(usesS3)
  @IsString({ message: S3_REQUIRED })
  S3_BUCKET?: string;

  @ValidateIf(usesS3)
  @IsString({ message: S3_REQUIRED })
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf(usesS3)
  @IsString({ message: S3_REQUIRED })
  S3_SECRET_ACCESS_KEY?: string;

  /** true: the bucket in the path (MinIO, SeaweedFS); false: in the host name (AWS, Aliyun OSS). */
  @IsOptional()
  @Transform(({ value }) => ({ true: true, '1': true, false: false, '0': false })[String(value)] ?? value)
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean;
}

/** Reads and checks the configuration; a missing or bad variable stops the start, named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Every validated setting, with or without a default: the rest of the environment stays out.
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((m) => m.propertyName),
  );
  // An empty variable counts as unset (compose passes optional settings as "${NAME:-}").
  const picked = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && value !== '' && known.has(key)),
  );
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config);
  config.API_DOCS ??= config.NODE_ENV === 'production' ? 'login' : 'open';
  if (!config.JWT_SECRET && config.NODE_ENV !== 'production')
    config.JWT_SECRET = readJwtSecretFile(config.JWT_SECRET_FILE);
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    errors.push(problem('JWT_SECRET', 'must be set in production (at least 32 bytes, e.g. openssl rand -base64 48)'));
  }
  if (config.JWT_SECRET && Buffer.byteLength(config.JWT_SECRET) < 32) {
    errors.push(problem('JWT_SECRET', 'must be at least 32 bytes'));
  }
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
    errors.push(problem('WEBHOOK_SECRET', 'is required with WEBHOOK_URL'));
  }
  errors.push(...temporalSecurityErrors(config));
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`).join('\n  ');
    throw new Error(`Configuration is invalid:\n  ${detail}`);
  }
  return config;
}

const problem = (property: string, message: string) =>
  Object.assign(new ValidationError(), { property, constraints: { problem: message } });
