import { createHmac } from 'node:crypto';
import type { RenderedMessage } from './message-template';

/** WeCom (企业微信) group robot: a markdown message posted to the robot's webhook address. */
export function wecomRobotBody(message: RenderedMessage): unknown {
  return { msgtype: 'markdown', markdown: { content: message.markdown } };
}

/** DingTalk (钉钉) group robot: markdown, with the title the chat list shows. */
export function dingtalkRobotBody(message: RenderedMessage): unknown {
  return { msgtype: 'markdown', markdown: { title: message.subject, text: message.markdown } };
}

/**
 * DingTalk's "加签" signing: timestamp and sign = Base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`))
 * go on the query string; DingTalk refuses a signature older than an hour.
 */
export function dingtalkSignedUrl(robotUrl: string, secret: string | undefined, timestamp = Date.now()): string {
  if (!secret) return robotUrl;
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const url = new URL(robotUrl);
  url.searchParams.set('timestamp', String(timestamp));
  url.searchParams.set('sign', sign);
  return url.toString();
}

/** Both robots answer HTTP 200 with `{ errcode: 0 }` on success and a non-zero errcode otherwise. */
export function robotAccepted(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { errcode?: unknown }).errcode === 0;
}
