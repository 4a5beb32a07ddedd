import { dictionaries } from '../../i18n';
import { anEvent } from '../../test/factories';
import { timelineEntry } from './timeline-entry';

const handler = {
  userId: 'u2',
  displayName: '经发局 赵磊',
  unitId: 'u-jfj',
  unitName: '经济发展局',
  role: 'handler' as const,
};

describe('timelineEntry', () => {
  it('says when, what and why, and who (with unit and role)', () => {
    const acknowledged = anEvent({ type: 'acknowledged', actor: handler, comment: '已签收' });
    expect(timelineEntry(acknowledged, dictionaries.zh)).toEqual({
      when: '2026-01-05 09:00',
      what: '签收：已签收',
      who: '经发局 赵磊（经济发展局·承办人）',
    });
    expect(timelineEntry(acknowledged, dictionaries.en)).toMatchObject({
      what: 'Acknowledged：已签收',
      who: '经发局 赵磊（经济发展局·Handler）',
    });
  });

  it('says 督查室 once for the office acting as the office', () => {
    const office = { ...handler, displayName: '督查室 王敏', unitName: '督查室', role: 'office' as const };
    expect(timelineEntry(anEvent({ type: 'created', actor: office }), dictionaries.zh).who).toBe(
      '督查室 王敏（督查室）',
    );
  });

  it('names the escalation chain for what no person did, with the level reached or the risks found', () => {
    const escalated = anEvent({ type: 'escalated', actor: null, rule: 'after_deadline:3wd', data: { level: 2 } });
    expect(timelineEntry(escalated, dictionaries.zh)).toMatchObject({ what: '逾期升级 · 2级', who: '督办系统' });
    const risk = anEvent({ type: 'risk_found', actor: null, data: { risk: ['no_report', 'milestone_late'] } });
    expect(timelineEntry(risk, dictionaries.zh)).toMatchObject({
      what: '发现逾期风险（未按时报送、节点逾期）',
      who: '督办系统',
    });
    const warned = anEvent({ type: 'warned', actor: null, rule: 'before_deadline:2wd', data: { colour: 'yellow' } });
    expect(timelineEntry(warned, dictionaries.zh).what).toBe('预警（临期）');
  });
});

describe('timelineEntry, for a delegated sign-off', () => {
  it('names who acted and on whose behalf', () => {
    const delegate = {
      ...handler,
      role: 'unit_head' as const,
      onBehalfOf: { userId: 'u3', displayName: '经发局局长 钱进' },
    };
    const signed = anEvent({ type: 'signed_off', actor: delegate });
    expect(timelineEntry(signed, dictionaries.zh).who).toBe(
      '经发局 赵磊（代 经发局局长 钱进）（经济发展局·单位负责人）',
    );
    expect(timelineEntry(signed, dictionaries.en).who).toMatch(/^经发局 赵磊（for 经发局局长 钱进）/);
  });
});
