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
    const requestId = host.switchToHttp().getRequest<{ id?: string }>().id;
    if (body.statusCode >= 500)
      this.logger.error(`request ${requestId}: ${exception instanceof Error ? exception.stack : String(exception)}`);
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
    return databaseError(exception) ?? body(HttpStatus.INTERNAL_SERVER_ERROR, 'internal error');
  }
}

/** What the database said, told as the client can act on it: retry later, retry now, or fix the input. */
function databaseError(exception: unknown): ApiErrorBody | null {
  const message = exception instanceof Error ? exception.message : '';
  // pg-pool gives up on a connection it could not get in time; pg cannot reach the server at all.
  if (/timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED/.test(message)) {
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'the database is busy or not reachable: try again shortly');
  }
  if (!(exception instanceof QueryFailedError)) return null;
  const code = String((exception as QueryFailedError & { code?: string }).code ?? '');
  if (code === '23503') return body(HttpStatus.UNPROCESSABLE_ENTITY, 'a referenced unit or user does not exist');
  if (code === '23505') return body(HttpStatus.CONFLICT, 'this would duplicate an existing record');
  if (['55P03', '40P01', '40001'].includes(code)) {
    return body(HttpStatus.CONFLICT, 'the record is being changed by another request: try again');
  }
  if (code === '57014') return body(HttpStatus.SERVICE_UNAVAILABLE, 'the database took too long to answer: try again');
  if (code.startsWith('22')) return body(HttpStatus.BAD_REQUEST, 'a value in the request cannot be stored');
  return null;
}

function body(statusCode: number, message: string | string[]): ApiErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
