import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition, FILE_TYPES } from '@duban/file-store';
import { CurrentUser, ItemAccess } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { AttachmentView } from './attachment.view';
import { AttachmentsService } from './attachments.service';
import { FILES_FIELD, MAX_FILES_PER_UPLOAD } from './multipart-upload';

@ApiTags('attachments')
@ApiBearerAuth()
@ApiErrors(401)
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('items/:id/attachments')
  @ItemAccess('command')
  @HttpCode(201)
  @ApiOperation({
    summary: 'upload evidence files (佐证材料) to an item',
    description:
      'The office at any time; a handler of the lead or a cooperating unit while the item is in progress. ' +
      'Each file is checked by its content (not its name or the content type sent) against FILES_ALLOWED_TYPES ' +
      'and FILES_MAX_BYTES, and stored once by its SHA-256: uploading the same bytes again (a retry) answers ' +
      'the same attachment. A progress report or a completion request then cites the ids it answers. ' +
      'Refusals: 400 no files in the field "files" or a malformed body; 403 a caller who may not add evidence; ' +
      '404 an item the caller may not see; 409 a unit outside in_progress; 413 a file over FILES_MAX_BYTES ' +
      `(named) or more than ${MAX_FILES_PER_UPLOAD} files; 415 a file whose content is not an allowed type or ` +
      'not what its name claims (the type found is named); 503 the file store is not reachable. ' +
      'A refused request attaches nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [FILES_FIELD],
      properties: {
        [FILES_FIELD]: {
          type: 'array',
          minItems: 1,
          maxItems: MAX_FILES_PER_UPLOAD,
          items: { type: 'string', format: 'binary' },
          description: `one to ${MAX_FILES_PER_UPLOAD} files; kinds known by content: ${Object.keys(FILE_TYPES).join(', ')}`,
        },
      },
    },
  })
  @ApiCreatedResponse({ type: [AttachmentView], description: 'the attachments, one per distinct file' })
  @ApiErrors(400, 403, 404, 409, 413, 415, 503)
  upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @CurrentUser() user: AuthUser,
  ): Promise<AttachmentView[]> {
    return this.attachments.upload(id, request, user);
  }

  @Get('items/:id/attachments')
  @ItemAccess('read')
  @ApiOperation({ summary: "an item's evidence files, oldest first" })
  @ApiOkResponse({ type: [AttachmentView] })
  @ApiErrors(400, 404)
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AttachmentView[]> {
    return this.attachments.list(id, user);
  }

  @Get('attachments/:attachmentId')
  @ItemAccess('read')
  @ApiOperation({
    summary: 'download an evidence file under its original name',
    description: 'For whoever may see its item (as GET /api/items/{id}); anyone else gets 404.',
  })
  @ApiProduces(...new Set(Object.values(FILE_TYPES).map((t) => t.contentType)))
  @ApiOkResponse({
    description: 'the bytes as uploaded',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Type': { description: 'the type found in the content', schema: { type: 'string' } },
      'Content-Disposition': {
        description: `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<the original name, RFC 5987>`,
        schema: { type: 'string' },
      },
      'X-Content-Type-Options': { description: 'nosniff', schema: { type: 'string' } },
      ETag: { description: 'the SHA-256 of the bytes', schema: { type: 'string' } },
    },
  })
  @ApiErrors(400, 404, 503)
  async download(
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.download(attachmentId, user);
    response.set({
      // Never rendered as anything but the type found, nor run in the API's origin.
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-cache',
      ETag: `"${attachment.sha256}"`,
    });
    return new StreamableFile(content, {
      type: attachment.contentType,
      length: attachment.size,
      disposition: attachmentDisposition(attachment.name),
    });
  }
}
