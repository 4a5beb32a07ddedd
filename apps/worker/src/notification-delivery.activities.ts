import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { createHash } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@duban/config';
import {
  dingtalkRobotBody,
  dingtalkSignedUrl,
  MESSAGE_KEY_HEADER,
  renderNotification,
  robotAccepted,
  signWebhook,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  wecomRobotBody,
} from '@duban/notifications';
import { DeliveryEntity, NotificationEntity } from '@duban/persistence';

const HTTP_TIMEOUT_MS = 10_000;

/**
 * Sends a message's channel deliveries. Each delivery row is marked sent the moment its channel
 * accepts it, so a retry (or a new worker after a crash) sends only what is still pending; the
 * message key goes along (Message-ID, header) so a receiver can drop the rare resend after a crash
 * between the send and the mark.
 */
@Injectable()
export class NotificationDeliveryActivities implements OnModuleDestroy {
  private readonly mail: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.mail = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  onModuleDestroy() {
    this.mail?.close();
  }

  async deliverNotice({ messageKey }: { messageKey: string }): Promise<void> {
    const notification = await this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ messageKey });
    const deliveries = this.dataSource.getRepository(DeliveryEntity);
    const open = await deliveries.findBy({ notificationId: notification.id, status: In(['pending', 'failed']) });
    const failures: string[] = [];
    for (const delivery of open) {
      try {
        await this.send(delivery, notification);
        await deliveries.update(delivery.id, {
          status: 'sent',
          sentAt: new Date(),
          attempts: delivery.attempts + 1,
          lastError: null,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failures.push(`${delivery.channel} ${delivery.target}: ${reason}`);
        await deliveries.update(delivery.id, {
          status: 'failed',
          attempts: delivery.attempts + 1,
          lastError: reason.slice(0, 2000),
        });
      }
    }
    // Retried by Temporal with backoff; the failed rows say why meanwhile.
    if (failures.length) throw ApplicationFailure.retryable(`undelivered: ${failures.join('; ')}`, 'DELIVERY_FAILED');
  }

  private async send(delivery: DeliveryEntity, n: NotificationEntity): Promise<void> {
    const message = renderNotification(n, delivery.locale);
    switch (delivery.channel) {
      case 'email':
        if (!this.mail) throw new Error('SMTP_URL is not configured');
        await this.mail.sendMail({
          from: this.config.MAIL_FROM,
          to: delivery.target,
          subject: message.subject,
          text: message.text,
          messageId: `<${createHash('sha256').update(n.messageKey).digest('hex').slice(0, 32)}@duban>`,
          headers: { 'X-Duban-Message-Key': n.messageKey },
        });
        return;
      case 'webhook': {
        const body = JSON.stringify({
          messageKey: n.messageKey,
          itemId: n.itemId,
          bulletinId: n.bulletinId,
          ruleKey: n.ruleKey,
          trigger: n.trigger,
          occurrence: n.occurrence,
          level: n.level,
          colour: n.colour,
          recipients: n.recipients,
          item: n.params,
          subject: message.subject,
          text: message.text,
        });
        const timestamp = String(Date.now());
        await this.post(this.config.WEBHOOK_URL!, body, {
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signWebhook(this.config.WEBHOOK_SECRET!, timestamp, body),
          [MESSAGE_KEY_HEADER]: n.messageKey,
        });
        return;
      }
      case 'wecom':
        return this.postToRobot(this.config.WECOM_ROBOT_URL!, wecomRobotBody(message));
      case 'dingtalk':
        return this.postToRobot(
          dingtalkSignedUrl(this.config.DINGTALK_ROBOT_URL!, this.config.DINGTALK_SECRET),
          dingtalkRobotBody(message),
        );
    }
  }

  private async postToRobot(url: string, body: unknown): Promise<void> {
    const answer = await this.post(url, JSON.stringify(body), {});
    if (!robotAccepted(answer)) throw new Error(`robot refused: ${JSON.stringify(answer)}`);
  }

  private async post(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
}
