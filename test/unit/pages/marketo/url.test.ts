import { describe, expect, it } from 'vitest';
import {
  cleanValue,
  isClientId,
  isClientSecret,
  isMaskedText,
  isMunchkinId,
} from '@/lib/pages/marketo/shapes';
import {
  isExperienceMarketoRoute,
  isMarketoUrl,
  munchkinFromUrl,
  podFromUrl,
  sandboxFromUrl,
} from '@/lib/pages/marketo/url';

describe('isMarketoUrl', () => {
  it.each([
    'https://app-ab12.marketo.com/#AD0SI2',
    'https://app-sjqe.marketo.com/',
    'https://app-abm.marketo.com/#MM0A1',
    'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#/classic/AD0SI2',
    'https://ENGAGE-SJ.marketo.com/m#',
  ])('accepts %s', (url) => expect(isMarketoUrl(url)).toBe(true));

  it.each([
    'https://login.marketo.com/',
    'https://app.marketo.com/homepage/login',
    'https://nation.marketo.com/t5/support/ct-p/Support',
    'https://www.marketo.com/',
    'http://app-ab12.marketo.com/', // not https
    'https://app-ab12.marketo.com.evil.test/',
    'https://app-.marketo.com/',
    'https://xapp-ab12.marketo.com/',
    'https://app-ab_12.marketo.com/',
    'https://cdn.app-ab12.marketo.com/',
    'https://evil.test/?next=https://app-ab12.marketo.com/',
    'https://123-abc-456.mktorest.com/rest/v1',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2',
    'not a url',
  ])('rejects %s', (url) => expect(isMarketoUrl(url)).toBe(false));
});

describe('isExperienceMarketoRoute', () => {
  it.each([
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/SC72010C3ZN19',
    'https://experience.adobe.com/#/@acme/marketo-engage',
    'https://experience.adobe.com/?lang=fr#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2',
  ])('accepts %s', (url) => expect(isExperienceMarketoRoute(url)).toBe(true));

  it.each([
    'https://experience.adobe.com/#/@acme/home',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/analytics/spa/',
    'https://experience.adobe.com/#/@acme/marketo-engagement-report', // another word
    'https://experience.adobe.com/',
    'https://evil.test/#/@acme/so:123-ABC-456/marketo-engage/classic/',
    'https://app-ab12.marketo.com/#AD0SI2',
  ])('rejects %s', (url) => expect(isExperienceMarketoRoute(url)).toBe(false));
});

describe('munchkinFromUrl', () => {
  it.each([
    ['https://engage-ab.marketo.com/?munchkinId=194-VVC-221#/classic/SL52996261A1', '194-VVC-221'],
    ['https://engage-ab.marketo.com/?munchkinId=123-abc-456', '123-ABC-456'],
    ['https://engage-ab.marketo.com/#/classic/AD0SI2?munchkinId=123-ABC-456', '123-ABC-456'],
    ['https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2', '123-ABC-456'],
  ])('%s → %s', (url, id) => expect(munchkinFromUrl(url)).toBe(id));

  it.each([
    'https://app-ab12.marketo.com/#AD0SI2',
    'https://engage-ab.marketo.com/?munchkinId=not-an-id',
    'https://experience.adobe.com/#/@acme/home',
    'https://evil.test/#/@acme/so:123-ABC-456/marketo-engage/', // so: only counts on the shell
  ])('%s → undefined', (url) => expect(munchkinFromUrl(url)).toBeUndefined());
});

describe('podFromUrl', () => {
  it.each([
    ['https://app-ab12.marketo.com/#MM0A1', 'app-ab12'],
    ['https://engage-ab.marketo.com/?munchkinId=123-ABC-456', 'engage-ab'],
    ['https://APP-SJQE.marketo.com/', 'app-sjqe'],
  ])('%s → %s', (url, pod) => expect(podFromUrl(url)).toBe(pod));

  it.each(['https://login.marketo.com/', 'https://experience.adobe.com/#/@acme/home', 'garbage'])(
    '%s → undefined',
    (url) => expect(podFromUrl(url)).toBeUndefined(),
  );
});

describe('sandboxFromUrl', () => {
  it('says true only when the URL says "sandbox"', () => {
    expect(
      sandboxFromUrl('https://experience.adobe.com/#/@acme-sandbox/so:123-ABC-456/marketo-engage/classic/'),
    ).toBe(true);
    expect(sandboxFromUrl('https://app-ab12.marketo.com/?sandbox=1#MM0A1')).toBe(true);
  });
  it.each([
    'https://app-ab12.marketo.com/#MM0A1',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/sandboxes-list', // after the product
    'https://sandbox.example.org/',
  ])('does not guess for %s', (url) => expect(sandboxFromUrl(url)).toBeUndefined());
});

describe('credential shapes', () => {
  it.each([
    ['55395440-c0c2-447b-9b81-83b0a2f669db', true],
    ['55395440-C0C2-447B-9B81-83B0A2F669DB', true],
    ['55395440c0c2447b9b8183b0a2f669db', false],
    ['55395440-c0c2-447b-9b81-83b0a2f669d', false],
    ['', false],
  ])('isClientId(%s) = %s', (v, ok) => expect(isClientId(v)).toBe(ok));

  it.each([
    ['bH0Uk5XhrqLDHeAQNArD9K4jIE9QAI8M', true],
    ['bH0Uk5XhrqLDHeAQNArD9K4jIE9QAI8', false],
    ['bH0Uk5XhrqLDHeAQ NArD9K4jIE9QAI8', false],
    ['••••••••••••••••••••••••••••••••', false],
  ])('isClientSecret(%s) = %s', (v, ok) => expect(isClientSecret(v)).toBe(ok));

  it.each([
    ['123-ABC-456', true],
    ['194-vvc-221', true],
    ['123ABC456', false],
    ['12-ABC-456', false],
  ])('isMunchkinId(%s) = %s', (v, ok) => expect(isMunchkinId(v)).toBe(ok));

  it('cleans copy artefacts and recognises masks', () => {
    expect(cleanValue('\u00a0 abc\u200bdef\ufeff \n')).toBe('abcdef');
    expect(isMaskedText('••••••••')).toBe(true);
    expect(isMaskedText('* * * *')).toBe(true);
    expect(isMaskedText('abc•••')).toBe(false);
  });
});
