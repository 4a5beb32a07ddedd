import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { getMetadataStorage, IsIn, IsInt, IsNotEmpty, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

/** Every setting of the API and the worker, read once from the environment at start. */
export class AppConfig {
  @IsString()
  @IsNotEmpty()
  DATABASE_URL: string;

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
}

/** Reads and checks the configuration; a missing or bad variable stops the start, named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Every validated setting, with or without a default: the rest of the environment stays out.
  const known = new Set(getMetadataStorage().getTargetValidationMetadatas(AppConfig, '', true, false).map((m) => m.propertyName));
  const picked = Object.fromEntries(Object.entries(env).filter(([key, value]) => value !== undefined && known.has(key)));
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config);
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new Error('Configuration: JWT_SECRET must be set in production');
  }
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`).join('\n  ');
    throw new Error(`Configuration is invalid:\n  ${detail}`);
  }
  return config;
}
