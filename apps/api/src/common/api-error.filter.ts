import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@duban/domain';
import { DOMAIN_ERROR_STATUS } from './error-status';

interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

/** Every error leaves as { statusCode, error, message }; bad input never becomes a 500. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      return body(exception.getStatus(), message);
    }
    if (exception instanceof DomainError) return body(DOMAIN_ERROR_STATUS[exception.code], exception.message);
    const httpError = exception as { status?: number; type?: string; message?: string };
    if (httpError?.type === 'entity.parse.failed')
      return body(HttpStatus.BAD_REQUEST, 'the request body is not valid JSON');
    if (httpError?.type === 'entity.too.large')
      return body(HttpStatus.PAYLOAD_TOO_LARGE, 'the request body is too large');
    if (typeof httpError?.status === 'number' && httpError.status >= 400 && httpError.status < 500) {
      return body(httpError.status, httpError.message ?? 'bad request');
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code;
      if (code === '23503') return body(HttpStatus.UNPROCESSABLE_ENTITY, 'a referenced unit or user does not exist');
      if (code === '23505') return body(HttpStatus.CONFLICT, 'this would duplicate an existing record');
    }
    return body(HttpStatus.INTERNAL_SERVER_ERROR, 'internal error');
  }
}

function body(statusCode: number, message: string | string[]): ApiErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
