import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createTestWorld, TEST_PASSWORD } from '../test/test-world';

/** Issue 11 §5 (OWASP ASVS level 2): headers, cookies, the client address behind a proxy, defaults by deployment. */
describe('web surface', () => {
  let world: Awaited<ReturnType<typeof createTestWorld>>;
  let behindTls: Awaited<ReturnType<typeof createTestWorld>>;
  beforeAll(async () => {
    world = await createTestWorld();
    behindTls = await createTestWorld({ COOKIE_SECURE: 'true', TRUST_PROXY: ['10.0.0.1'] });
  });
  afterAll(async () => {
    await world.close();
    await behindTls.close();
  });

  it('sends the security headers on every response: CSP without inline scripts, no framing, nosniff, no referrer (ASVS 14.4)', async () => {
    for (const res of [await world.app.inject({ url: '/api/health' }), await world.app.inject({ url: '/api/persons' })]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS and upgrades requests when served over TLS', async () => {
    const res = await behindTls.app.inject({ url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('keeps the API docs working with their own CSP (swagger-ui\'s), scripts from itself only, framing refused', async () => {
    const page = await world.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('marks the session cookie Secure, HttpOnly and SameSite=Strict over TLS (ASVS 3.4)', async () => {
    const res = await behindTls.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.7.0.1', payload: { email: 'sw1@test.lv', password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'sid')!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it('ignores X-Forwarded-For unless it comes from a configured proxy: rotating it does not escape the rate limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.8.0.1', headers: { 'x-forwarded-for': `203.0.113.${i}` }, payload: { email: `xff${i}@test.lv`, password: 'x' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(10)).toEqual([429, 429]);

    const fromOther = [];
    for (let i = 0; i < 12; i++) {
      const res = await behindTls.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.8.0.2', headers: { 'x-forwarded-for': `203.0.113.${i}` }, payload: { email: `xff${i}@test.lv`, password: 'x' } });
      fromOther.push(res.statusCode);
    }
    expect(fromOther.slice(10)).toEqual([429, 429]);

    // the configured proxy's header is believed: each client behind it has its own limit
    const viaProxy = await behindTls.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': '203.0.113.200' }, payload: { email: 'sw1@test.lv', password: TEST_PASSWORD } });
    expect(viaProxy.statusCode).toBe(200);
  });

  it('defaults: demo and plain cookies only on the embedded database; Secure cookies and no demo with DATABASE_URL', () => {
    expect(loadConfig({})).toMatchObject({ DEMO: 'on', COOKIE_SECURE: 'false', TRUST_PROXY: [] });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/app' })).toMatchObject({ DEMO: 'off', COOKIE_SECURE: 'true' });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/app', DEMO: 'on', COOKIE_SECURE: 'false' })).toMatchObject({ DEMO: 'on', COOKIE_SECURE: 'false' });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback' }).TRUST_PROXY).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
  });
});
