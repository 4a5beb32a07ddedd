import { createHmac } from 'node:crypto';
import { dingtalkRobotBody, dingtalkSignedUrl, robotAccepted, wecomRobotBody } from './group-robots';
import { renderMessage, type MessageFacts } from './message-template';
import { signWebhook, verifyWebhook } from './signed-webhook';

const facts: MessageFacts = {
  trigger: 'after_deadline',
  level: 2,
  colour: 'red',
  itemTitle: '老旧小区改造',
  leadUnitName: '开发建设局',
  deadline: '2026-06-30',
  daysLate: 4,
  risk: [],
  link: 'https://duban.example.gov.cn/?item=1',
};

describe('messages and channels', () => {
  it('writes an escalation in Chinese with title, unit, deadline, days late and the link', () => {
    const message = renderMessage(facts);
    expect(message.subject).toBe('【逾期升级·2级】老旧小区改造');
    expect(message.text.split('\n')).toEqual([
      '督办事项：老旧小区改造',
      '牵头单位：开发建设局',
      '完成时限：2026-06-30',
      '已超过完成时限 2026-06-30，逾期第 4 天，升级至第 2 级督办。',
      '查看详情：https://duban.example.gov.cn/?item=1',
    ]);
  });

  it('writes it in English on request, and names the risk found', () => {
    expect(renderMessage(facts, 'en').subject).toBe('[Overdue, level 2] 老旧小区改造');
    const risk = renderMessage({
      ...facts,
      trigger: 'risk',
      level: 0,
      colour: 'orange',
      risk: ['progress_trails', 'extension_pending'],
    });
    expect(risk.text).toContain('存在逾期风险：进度滞后、延期申请待审批。');
  });

  it('signs a webhook over timestamp and body, and refuses a changed body or a stale timestamp', () => {
    const now = 1_800_000_000_000;
    const body = '{"messageKey":"k"}';
    const signature = signWebhook('s3cret-s3cret-s3cret', String(now), body);
    expect(signature).toBe(
      `sha256=${createHmac('sha256', 's3cret-s3cret-s3cret').update(`${now}.${body}`).digest('hex')}`,
    );
    expect(verifyWebhook('s3cret-s3cret-s3cret', String(now), body, signature, now)).toBe(true);
    expect(verifyWebhook('s3cret-s3cret-s3cret', String(now), body.replace('k', 'x'), signature, now)).toBe(false);
    expect(verifyWebhook('s3cret-s3cret-s3cret', String(now), body, signature, now + 6 * 60_000)).toBe(false);
  });

  it("speaks the robots' formats: WeCom markdown, DingTalk markdown with its signed address", () => {
    const message = renderMessage(facts);
    expect(wecomRobotBody(message)).toEqual({ msgtype: 'markdown', markdown: { content: message.markdown } });
    expect(dingtalkRobotBody(message)).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.subject, text: message.markdown },
    });
    const url = new URL(
      dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=t', 'SECabc', 1_700_000_000_000),
    );
    expect(url.searchParams.get('access_token')).toBe('t');
    expect(url.searchParams.get('timestamp')).toBe('1700000000000');
    expect(url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'SECabc').update('1700000000000\nSECabc').digest('base64'),
    );
    expect(robotAccepted({ errcode: 0, errmsg: 'ok' })).toBe(true);
    expect(robotAccepted({ errcode: 310000, errmsg: 'sign not match' })).toBe(false);
  });
});
