import { Module } from '@nestjs/common';
import { PolicyVersionsService } from './policy-versions.service';

/** The saved versions of the escalation policy: what new items pin. */
@Module({ providers: [PolicyVersionsService], exports: [PolicyVersionsService] })
export class PolicyVersionsModule {}
