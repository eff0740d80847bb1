import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatShare, humanise } from './format';
import { capabilitiesOf, mainRole, rolesFromAccessToken } from './auth/roles';
import { csvField, membersCsv } from './export/membersCsv';
import { safeReturnPath } from './auth/session';

describe('locale formatting', () => {
  it('should format money with its currency in the given locale', () => {
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toMatch(/^1\.235\s€$/u);
    expect(formatMoney(12.5, 'EUR', 'en-GB')).toBe('€12.50');
    expect(formatMoney('99.9', 'USD', 'en-US')).toBe('$99.90');
    expect(formatMoney(null, 'EUR', 'en-GB')).toBe('–');
    expect(formatMoney(Number.NaN, 'EUR', 'en-GB')).toBe('–');
  });

  it('should format numbers and shares', () => {
    expect(formatNumber(20000, 0, 'en-GB')).toBe('20,000');
    expect(formatShare(0.2345, 1, 'en-GB')).toBe('23.5%');
    expect(formatShare(undefined)).toBe('–');
  });

  it('should name values, attributes and bands for people', () => {
    expect(humanise('SELF_DIRECTION')).toBe('Self-direction');
    expect(humanise('value.OPENNESS_TO_CHANGE')).toBe('Openness to change');
    expect(humanise('ageBand')).toBe('Age band');
    expect(humanise('AGE_25_34')).toBe('Age 25–34');
  });
});

describe('roles', () => {
  const token = (payload: unknown) => `h.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.s`;

  it('should read realm roles from the access token', () => {
    expect(rolesFromAccessToken(token({ realm_access: { roles: ['viewer', 'analyst', 7] } }))).toEqual(['viewer', 'analyst']);
    expect(rolesFromAccessToken('garbage')).toEqual([]);
  });

  it('should offer a viewer no action and a steward personal data', () => {
    const viewer = capabilitiesOf(['viewer']);
    expect(viewer.readSegments).toBe(true);
    expect(viewer.runSegmentations || viewer.renameSegments || viewer.eraseCustomers || viewer.readPersonalData || viewer.readPurchases).toBe(false);
    const steward = capabilitiesOf(['steward', 'analyst', 'viewer']);
    expect(steward.readPersonalData && steward.eraseCustomers && steward.runSegmentations).toBe(true);
    expect(capabilitiesOf(['partner']).readSegments).toBe(false);
    expect(mainRole(['viewer', 'analyst', 'steward'])).toBe('steward');
  });

  it('should return only to paths of this origin after sign-in', () => {
    expect(safeReturnPath('/segments/abc?x=1')).toBe('/segments/abc?x=1');
    for (const bad of [undefined, '', 'https://evil.example/', '//evil.example/', '/auth/callback?code=1']) expect(safeReturnPath(bad)).toBe('/');
  });
});

describe('member CSV', () => {
  const row = { id: 'c1', kind: 'PERSON', externalRef: { source: 'crm', ref: '=HYPERLINK("x")' }, createdAt: '2026-01-01T00:00:00Z', location: { country: 'DE' }, rfm: null, behaviour: { orders: 3, revenue: '-12.50', currency: 'EUR' }, person: { name: 'Doe, Jane', email: 'j@x' } };

  it('should quote separators and defuse spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-12.50')).toBe('-12.50');
  });

  it('should carry personal columns only when asked', () => {
    const withPersonal = membersCsv([row], true).split('\r\n');
    expect(withPersonal[0]).toBe('customer_id,kind,source,ref,name,email,country,rfm_group,orders,revenue,currency,created_at');
    expect(withPersonal[1]).toContain('"Doe, Jane",j@x');
    expect(withPersonal[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(membersCsv([row], false)).not.toContain('j@x');
  });
});
