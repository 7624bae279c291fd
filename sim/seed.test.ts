import { describe, expect, it } from 'vitest';
import { loadSeed, parseSeed } from './seed';

describe('the default seed', () => {
  const seed = loadSeed();
  const user = (userName: string) => seed.users.find((u) => u.userName === userName);

  it('has supervisor1 (5005) and supervisor2 (5006) with ROLE_SUPERVISOR and ROLE_AGENT', () => {
    expect(user('supervisor1')?.device.phoneNumber).toBe('5005');
    expect(user('supervisor2')?.device.phoneNumber).toBe('5006');
    for (const name of ['supervisor1', 'supervisor2']) expect(user(name)?.roles).toEqual(['ROLE_SUPERVISOR', 'ROLE_AGENT']);
  });

  it('has agent1 to agent20 on DNs 7001 to 7020 with ROLE_AGENT', () => {
    for (let n = 1; n <= 20; n += 1) {
      expect(user(`agent${n}`)?.device.phoneNumber).toBe(String(7000 + n));
      expect(user(`agent${n}`)?.roles).toEqual(['ROLE_AGENT']);
    }
    expect(seed.users).toHaveLength(22);
  });

  it('gives everyone demo123, a first and last name, and a UUID device id', () => {
    for (const u of seed.users) {
      expect(u.password).toBe('demo123');
      expect(u.firstName).toMatch(/^[A-Z][a-z]+$/);
      expect(u.lastName).toMatch(/^[A-Z][A-Za-z']+$/);
      expect(u.device.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('parseSeed', () => {
  it('refuses duplicate DNs and user names, and malformed fields', () => {
    const seed = loadSeed();
    const [first, second] = seed.users;
    if (!first || !second) throw new Error('seed too small');
    expect(() => parseSeed({ ...seed, users: [first, { ...second, device: { ...second.device, phoneNumber: '5005' } }] })).toThrow(
      'duplicate phoneNumber "5005"',
    );
    expect(() => parseSeed({ ...seed, users: [first, { ...second, userName: first.userName }] })).toThrow('duplicate userName');
    expect(() => parseSeed({ ...seed, users: [{ ...first, roles: ['ROLE_BOSS'] }] })).toThrow();
  });
});
