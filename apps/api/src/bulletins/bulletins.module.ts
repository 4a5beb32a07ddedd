import { Module } from '@nestjs/common';
import { BulletinsController } from './bulletins.controller';
import { BulletinsService } from './bulletins.service';

/** The 督查通报: make, list, read, download, check. */
@Module({
  controllers: [BulletinsController],
  providers: [BulletinsService],
})
export class BulletinsModule {}
