import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { temporalSecurityErrors } from './temporal-security';
import {
  getMetadataStorage,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidationError,
  validateSync,
} from 'class-validator';

const url = { require_tld: false, require_protocol: true };

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

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** Signs access tokens; production must set its own. */
  @IsString()
  @MinLength(16)
  JWT_SECRET = 'duban-development-secret-change-me';

  @IsString()
  TOKEN_TTL = '8h';

  /** Where people open the console: messages link to the item there. */
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  CONSOLE_URL = 'http://localhost:5173';

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
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new Error('Configuration: JWT_SECRET must be set in production');
  }
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'WEBHOOK_SECRET',
        constraints: { required: 'is required with WEBHOOK_URL' },
      }),
    );
  }
  errors.push(...temporalSecurityErrors(config));
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`).join('\n  ');
    throw new Error(`Configuration is invalid:\n  ${detail}`);
  }
  return config;
}
