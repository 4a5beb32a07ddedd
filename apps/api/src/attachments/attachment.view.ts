import { ApiProperty } from '@nestjs/swagger';
import { toShanghaiIso } from '@duban/domain';
import type { AttachmentEntity } from '@duban/persistence';

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ example: '一季度投资完成情况.pdf', description: 'the original file name, sanitised' })
  name: string;
  @ApiProperty({ example: 'application/pdf', description: 'decided by the content, not by the client' })
  contentType: string;
  @ApiProperty({ description: 'bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex: the address the file is stored under' }) sha256: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'uuid', description: "the uploader's unit" }) unitId: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({
    enum: ['progress_report', 'completion_request'],
    nullable: true,
    type: String,
    description: 'what cited it last, if anything',
  })
  usedIn: string | null;
  @ApiProperty({ example: '/api/attachments/3f0c…', description: 'where to download it' }) downloadUrl: string;
}

export function toAttachmentView(attachment: AttachmentEntity): AttachmentView {
  return {
    id: attachment.id,
    itemId: attachment.itemId,
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    uploadedBy: attachment.uploadedBy,
    unitId: attachment.unitId,
    uploadedAt: toShanghaiIso(attachment.uploadedAt),
    usedIn: attachment.usedIn,
    downloadUrl: `/api/attachments/${attachment.id}`,
  };
}
