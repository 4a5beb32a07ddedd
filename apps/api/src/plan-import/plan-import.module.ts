import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';

/** The year's work plan (分工方案) imported as draft items. */
@Module({
  imports: [ItemsModule],
  controllers: [PlanImportController],
  providers: [PlanImportService],
  exports: [PlanImportService],
})
export class PlanImportModule {}
