import { describe, expect, it } from 'vitest';
import { CookieJar, MAX_COOKIE_BYTES, MAX_COOKIES } from './cookie-jar';

describe('security 15.6 bounded state', () => {
  it('a cookie set again replaces its old value', () => {
    const jar = new CookieJar();
    jar.store(['JSESSIONID=old; Path=/; HttpOnly']);
    jar.store(['JSESSIONID=new; Path=/; HttpOnly']);
    expect(jar.header()).toBe('JSESSIONID=new');
    expect(jar.values()).toEqual(['new']);
  });

  it(`holds ${MAX_COOKIES} cookies at most, and the session's, set first, are kept`, () => {
    const jar = new CookieJar();
    jar.store(['JSESSIONID=s1; Path=/', 'BAYEUX_BROWSER=b1; Path=/']);
    jar.store(Array.from({ length: 1000 }, (_, n) => `junk${n}=${n}; Path=/`));
    expect(jar.values()).toHaveLength(MAX_COOKIES);
    expect(jar.header()).toMatch(/^JSESSIONID=s1; BAYEUX_BROWSER=b1; /);
    // Still renewed when the server sets them again.
    jar.store(['JSESSIONID=s2; Path=/']);
    expect(jar.header()).toMatch(/^JSESSIONID=s2; /);
  });

  it(`refuses a cookie over ${MAX_COOKIE_BYTES} bytes, keeping the one it would replace`, () => {
    const jar = new CookieJar();
    jar.store(['JSESSIONID=s1; Path=/']);
    jar.store([`JSESSIONID=${'x'.repeat(1024 * 1024)}; Path=/`, `huge=${'y'.repeat(MAX_COOKIE_BYTES)}`]);
    expect(jar.header()).toBe('JSESSIONID=s1');
  });
});
