import { describe, expect, it } from 'vitest';
import { analyseEmail } from '@/lib/csv';
import { emailReason, isPersonalDomain, isRoleAccount } from '@/lib/csv/email';
import { EmailSet, hashEmail, lastHash, scanCommonEmail } from '@/lib/csv/email-set';

describe('email validation', () => {
  it.each([
    ['jane.doe.acme.com', 'no-at'],
    ['jane＠acme.com', 'fullwidth-at'],
    ['jane@@acme.com', 'multiple-at'],
    ['jane@doe@acme.com', 'multiple-at'],
    ['jane doe@acme.com', 'space'],
    ['jane@acme .com', 'space'],
    ['jane\u00a0doe@acme.com', 'space'],
    ['@acme.com', 'empty-local'],
    ['jane@', 'empty-domain'],
    ['jane@acme', 'domain-no-dot'],
    ['jane@acme.com.', 'trailing-dot'],
    ['jane.@acme.com', 'trailing-dot'],
    ['.jane@acme.com', 'leading-dot'],
    ['jane@.acme.com', 'leading-dot'],
    ['jane..doe@acme.com', 'consecutive-dots'],
    ['jane@acme..com', 'consecutive-dots'],
    ['jane,doe@acme.com', 'invalid-character'],
    ['jane(doe)@acme.com', 'invalid-character'],
    ['jöhn@acme.com', 'non-ascii'],
    ['jane@acmé.com', 'non-ascii'],
    ['ｊａｎｅ@acme.com', 'non-ascii'],
    ['jane@-acme.com', 'domain-label'],
    ['jane@acme_corp.com', 'domain-label'],
    ['jane@acme.c', 'top-level-domain'],
    ['jane@acme.123', 'top-level-domain'],
    [`${'j'.repeat(65)}@acme.com`, 'too-long'],
  ])('%s is invalid: %s', (value, reason) => {
    expect(analyseEmail(value).invalid).toBe(reason);
  });

  it.each([
    'jane@acme.com',
    'Jane.Doe@Acme.COM',
    "o'brien@acme.ie",
    'jane+invites@acme.co.uk',
    'j_doe-1@mail.acme-corp.com',
    'x@a.io',
    'first.last@sub.domain.example.museum',
  ])('%s is valid', (value) => {
    expect(analyseEmail(value).invalid).toBeNull();
    expect(emailReason(value)).toBeNull();
  });

  it.each([
    [' jane@acme.com', 'jane@acme.com', true, false],
    ['jane@acme.com\u00a0', 'jane@acme.com', true, false],
    ['\u200bjane@acme.com', 'jane@acme.com', true, false],
    ['ja\u200bne@acme.com', 'jane@acme.com', true, false],
    ['\ufeffjane@acme.com\t', 'jane@acme.com', true, false],
    ['Jane Doe <jane@acme.com>', 'jane@acme.com', false, true],
    ['"Doe, Jane" < jane@acme.com >', 'jane@acme.com', false, true],
    ['  Jane <jane@acme.com>', 'jane@acme.com', true, true],
  ])('cleans %j to %s', (raw, address, whitespace, displayName) => {
    expect(analyseEmail(raw)).toEqual({ address, whitespace, displayName, invalid: null });
  });
});

describe('role and personal addresses', () => {
  it.each(['info@acme.com', 'SALES@acme.com', 'no-reply@acme.com', 'noreply@acme.com', 'support@acme.de'])(
    '%s is a role account',
    (a) => expect(isRoleAccount(a)).toBe(true),
  );
  it.each(['jane@acme.com', 'information@acme.com', 'infos.jane@acme.com'])('%s is not', (a) =>
    expect(isRoleAccount(a)).toBe(false),
  );
  it.each(['x@gmail.com', 'x@GMail.com', 'x@outlook.fr', 'x@qq.com', 'x@yahoo.co.jp', 'x@uol.com.br'])(
    '%s is personal',
    (a) => expect(isPersonalDomain(a)).toBe(true),
  );
  it.each(['x@acme.com', 'x@gmail.com.acme.com', 'x@notgmail.com'])('%s is not', (a) =>
    expect(isPersonalDomain(a)).toBe(false),
  );
});

describe('email fingerprints', () => {
  it('agree between the common-form scanner and the general hash, case-insensitively', () => {
    for (const a of ['jane@acme.com', 'Jane.Doe+x@Sub.Acme.COM']) {
      expect(scanCommonEmail(a)).toBe(true);
      const fast = { ...lastHash };
      hashEmail(a.toLowerCase());
      expect(lastHash).toEqual(fast);
    }
  });

  it('the scanner declines what it does not fully understand', () => {
    for (const a of [
      'jane@acme',
      'jane..x@acme.com',
      ' jane@acme.com',
      'jane@acme.c',
      'jöhn@acme.com',
      'a@b-.com',
    ]) {
      expect(scanCommonEmail(a), a).toBe(false);
    }
  });

  it('a set keeps the first row of each address across growth', () => {
    const set = new EmailSet();
    for (let i = 0; i < 5000; i++) {
      hashEmail(`user${i}@acme.com`);
      expect(set.firstRowOrAdd(lastHash.h1, lastHash.h2, i + 2)).toBe(0);
    }
    expect(set.size).toBe(5000);
    for (let i = 0; i < 5000; i += 499) {
      hashEmail(`USER${i}@ACME.COM`);
      expect(set.firstRowOrAdd(lastHash.h1, lastHash.h2, 99999)).toBe(i + 2);
    }
    hashEmail('nobody@acme.com');
    expect(set.has(lastHash.h1, lastHash.h2)).toBe(false);
  });

  it('a reserved set answers the same, whether the guess was short, right or far too large', () => {
    for (const guess of [10, 5000, 10_000_000]) {
      const set = new EmailSet();
      set.reserve(guess);
      for (let i = 0; i < 5000; i++) {
        hashEmail(`user${i}@acme.com`);
        expect(set.firstRowOrAdd(lastHash.h1, lastHash.h2, i + 2)).toBe(0);
      }
      // Too late to reserve once filled: no effect.
      set.reserve(1_000_000);
      expect(set.size).toBe(5000);
      for (let i = 0; i < 5000; i += 777) {
        hashEmail(`user${i}@acme.com`);
        expect(set.firstRowOrAdd(lastHash.h1, lastHash.h2, 99999), `guess ${guess}`).toBe(i + 2);
      }
    }
  });
});
