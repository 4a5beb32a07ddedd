import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitEntity } from '@duban/persistence';
import { UnitsController } from './units.controller';

/** The unit tree. */
@Module({ imports: [TypeOrmModule.forFeature([UnitEntity])], controllers: [UnitsController] })
export class UnitsModule {}
