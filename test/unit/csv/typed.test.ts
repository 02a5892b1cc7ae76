/** Addresses typed into Invite Users get the rules of the CSV check, one table row per rule. */
import { describe, expect, it } from 'vitest';
import { checkTypedAddresses } from '@/lib/csv';

const codesOf = (r: Awaited<ReturnType<typeof checkTypedAddresses>>) =>
  r.addresses.map((a) => a.findings.map((f) => f.code).join('+') || 'ok');

describe('the typed-invites check', () => {
  it.each<[string, string[], Parameters<typeof checkTypedAddresses>[1], string[], boolean]>([
    ['good addresses', ['ann@acme.com', 'bo@acme.com'], {}, ['ok', 'ok'], true],
    [
      'format',
      ['ann@acme', 'bo@@acme.com', 'cy@acme.com'],
      {},
      ['invalid-email', 'invalid-email', 'ok'],
      false,
    ],
    ['duplicates, in any case', ['ann@acme.com', 'ANN@acme.com'], {}, ['ok', 'duplicate-email'], false],
    [
      'shared and personal addresses',
      ['info@acme.com', 'ann@gmail.com'],
      {},
      ['role-account', 'personal-domain'],
      true,
    ],
    [
      'users already in the instance',
      ['ann@acme.com', 'bo@acme.com'],
      { existingEmails: ['Bo@Acme.com'] },
      ['ok', 'existing-user'],
      true,
    ],
    ['an address that starts a formula', ['=cmd@acme.com'], {}, ['invalid-email+formula-injection'], false],
    ['delimiters inside an address are not split', ['a|b@acme.com'], {}, ['ok'], true],
  ])('%s', async (_name, addresses, options, codes, ok) => {
    const r = await checkTypedAddresses(addresses, options);
    expect(codesOf(r)).toEqual(codes);
    expect(r.ok).toBe(ok);
  });

  it('names the first occurrence of a duplicate by its position', async () => {
    const r = await checkTypedAddresses(['x@acme.com', 'ann@acme.com', 'Ann@acme.com']);
    expect(r.addresses[2]!.duplicateOf).toBe(2);
  });

  it('counts seats: users already there plus the new ones', async () => {
    const r = await checkTypedAddresses(['a@acme.com', 'b@acme.com', 'c@acme.com'], { seatsUsed: 98 });
    expect(r.general.map((f) => [f.code, f.params.needed, f.params.total])).toEqual([['seat-limit', 3, 101]]);
    expect(r.ok).toBe(false);
    const fits = await checkTypedAddresses(['a@acme.com', 'b@acme.com'], { seatsUsed: 98 });
    expect(fits.ok).toBe(true);
  });
});
