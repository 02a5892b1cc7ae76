import { describe, expect, it } from 'vitest';
import { instanceMatch, needsConfirmation } from '@/lib/credentials/instance-match';

describe('wrong-instance guard (instanceMatch)', () => {
  it.each([
    ['same ID (any case, spaces)', '123-abc-456', undefined, ' 123-ABC-456 ', 'same', false],
    [
      'Sales account shows no ID yet: a first connection',
      '123-ABC-456',
      undefined,
      undefined,
      'no-page-id',
      false,
    ],
    ['another ID', '987-ZYX-654', undefined, '123-ABC-456', 'different', true],
    [
      'values read where no ID was shown (a sandbox host)',
      undefined,
      'app-sb01',
      '123-ABC-456',
      'unconfirmed',
      true,
    ],
    ['nothing known about the source', undefined, undefined, '123-ABC-456', 'unconfirmed', true],
    ['the source label is the ID', undefined, '123-ABC-456', '123-ABC-456', 'same', false],
    ['the source label is another ID', undefined, '987-ZYX-654', '123-ABC-456', 'different', true],
  ] as const)('%s → %s', (_name, id, label, page, kind, confirm) => {
    const m = instanceMatch(id, label, page);
    expect(m.kind).toBe(kind);
    expect(needsConfirmation(m)).toBe(confirm);
  });

  it('names both instances when they differ or cannot be confirmed', () => {
    expect(instanceMatch('987-zyx-654', undefined, '123-ABC-456')).toEqual({
      kind: 'different',
      page: '123-ABC-456',
      source: '987-ZYX-654',
    });
    expect(instanceMatch(undefined, 'app-sb01', '123-ABC-456')).toEqual({
      kind: 'unconfirmed',
      page: '123-ABC-456',
      source: 'app-sb01',
    });
  });
});
