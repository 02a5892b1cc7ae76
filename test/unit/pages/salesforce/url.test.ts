import { describe, expect, it } from 'vitest';
import {
  isInstalledPackagesRoute,
  isRemoteSitesRoute,
  isSalesforceUrl,
  isVisualforceHost,
  mayBeMsiConfigUrl,
} from '../../../../lib/pages/salesforce/url';

describe('isSalesforceUrl', () => {
  it.each([
    'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
    'https://acme.my.salesforce-setup.com/lightning/setup/SecurityRemoteProxy/home',
    'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    'https://acme--uat.sandbox.my.salesforce.com/',
    'https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config',
    'https://acme--c.visualforce.com/apex/Page',
    'https://c.na85.visual.force.com/apex/Page',
    'https://acme.cloudforce.com/home',
    'https://acme.my.salesforce.mil/',
    'https://ACME.MY.SALESFORCE.COM/',
  ])('matches %s', (url) => {
    expect(isSalesforceUrl(url)).toBe(true);
    expect(isSalesforceUrl(new URL(url))).toBe(true);
  });

  it.each([
    'https://www.salesforce.com/',
    'https://help.salesforce.com/s/articleView?id=sf.configuring_remoteproxy.htm',
    'https://appexchange.salesforce.com/listingDetail?listingId=a0N30000001SVZmEAO',
    'https://login.salesforce.com/',
    'https://force.com/',
    'http://acme.my.salesforce.com/', // http: never a real org page
    'https://acme.my.salesforce.com.evil.example/',
    'https://evil.example/acme.my.salesforce.com',
    'https://app-ab12.marketo.com/',
    'https://toutapp.com/next#settings',
    'not a url',
  ])('does not match %s', (url) => {
    expect(isSalesforceUrl(url)).toBe(false);
  });
});

describe('isVisualforceHost', () => {
  it.each([
    ['https://acme--mkto-si.vf.force.com/apex/x', true],
    ['https://acme--msi.vf.force.com/', true],
    ['https://acme--c.visualforce.com/apex/x', true],
    ['https://c.na85.visual.force.com/apex/x', true],
    ['https://acme.lightning.force.com/lightning/n/mkto_si__Marketo_Sales_Insight_Config', false],
    ['https://acme.my.salesforce.com/apex/mkto_si__Marketo_Sales_Insight_Config', false],
    ['https://vf.force.com.evil.example/', false],
  ])('%s → %s', (url, expected) => {
    expect(isVisualforceHost(url)).toBe(expected);
  });
});

describe('Setup route hints', () => {
  const CASES: Array<[string, 'packages' | 'sites' | null]> = [
    ['https://acme.lightning.force.com/lightning/setup/ImportedPackage/home', 'packages'],
    ['https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home', 'packages'],
    ['https://acme.my.salesforce.com/0A3?setupid=ImportedPackage', 'packages'],
    ['https://acme.my.salesforce-setup.com/0A3?setupid=ImportedPackage&isdtp=p1', 'packages'],
    ['https://acme.my.salesforce.com/one/one.app#/setup/ImportedPackage/home', 'packages'],
    ['https://acme.lightning.force.com/lightning/setup/SecurityRemoteProxy/home', 'sites'],
    ['https://acme.lightning.force.com/lightning/setup/SecurityRemoteProxy/page?address=%2F0rp%2Fe', 'sites'],
    ['https://acme.my.salesforce.com/0rp?setupid=SecurityRemoteProxy', 'sites'],
    ['https://acme.my.salesforce.com/0rp/e?setupid=SecurityRemoteProxy', 'sites'],
    ['https://acme.my.salesforce.com/0rp/e', 'sites'],
    ['https://acme.my.salesforce.com/0rp8c000000Abcd', 'sites'],
    ['https://acme.my.salesforce.com/0rp8c000000AbcdEAB/e', 'sites'],
    ['https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', null],
    ['https://acme.lightning.force.com/lightning/setup/ObjectManager/home', null],
    ['https://acme.my.salesforce.com/0A3xx0000000001', null], // one package's detail page
    ['https://acme.my.salesforce.com/0rpx', null],
    ['https://acme.lightning.force.com/lightning/n/mkto_si__Marketo_Sales_Insight_Config', null],
    ['https://evil.example/lightning/setup/ImportedPackage/home', null],
    ['https://evil.example/0rp?setupid=SecurityRemoteProxy', null],
  ];
  it.each(CASES)('%s → %s', (url, expected) => {
    expect(isInstalledPackagesRoute(url)).toBe(expected === 'packages');
    expect(isRemoteSitesRoute(url)).toBe(expected === 'sites');
  });
});

describe('mayBeMsiConfigUrl (a guess: the real URL is undocumented)', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/n/mkto_si__Marketo_Sales_Insight_Config', true],
    ['https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config', true],
    ['https://acme.lightning.force.com/lightning/n/Other_Tab', false],
    ['https://evil.example/apex/mkto_si__Marketo_Sales_Insight_Config', false],
  ])('%s → %s', (url, expected) => {
    expect(mayBeMsiConfigUrl(url)).toBe(expected);
  });
});
