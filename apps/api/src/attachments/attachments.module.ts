import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { fileStoreProvider } from './file-store.provider';

/** Evidence files (佐证材料): upload, list, download, and the check a command's evidence passes. */
@Module({
  imports: [ItemsModule],
  controllers: [AttachmentsController],
  providers: [fileStoreProvider, AttachmentsService],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
