import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestWorld, signIn, TEST_PASSWORD, TODAY } from '../../test/test-world';
import { buildApp } from '../../app/build-app';
import type { LightMyRequestResponse } from 'fastify';
import { auditLog, serviceAgreements, signInThrottle, users } from '../../db/schema';
import { emailHashOf } from './sign-in-throttle.repository';
import { isCommonPassword } from './passwords';
import { DEMO_PASSWORD } from '../demo/demo.seed';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

describe('authentication', () => {
  it('signs in with an HTTP-only, SameSite session cookie and returns the CSRF token and abilities', async () => {
    const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'SW1@test.lv ', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json()).toMatchObject({ user: { email: 'sw1@test.lv', roles: ['social_worker'] }, abilities: { readPersons: true, mergePersons: false } });
    expect(res.json().csrfToken).toEqual(expect.any(String));
  });

  it('offers a programme’s pages only to the organisations that take part in it by a service agreement; funders read every programme', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const riga = await signIn(world.app, 'riga@test.lv');
    // the provider has no Individual Programme agreement yet: none of its pages
    expect((await sw1.get('/api/auth/me')).json().programmes.individual_programme).toBeUndefined();
    expect((await riga.get('/api/auth/me')).json().programmes.individual_programme).toBeUndefined();
    // Housing First's pages to the provider holding its agreement, not to another provider
    expect((await sw1.get('/api/auth/me')).json().programmes.housing_first).toMatchObject({ cases: true });
    expect((await (await signIn(world.app, 'other@test.lv')).get('/api/auth/me')).json().programmes.housing_first).toBeUndefined();
    expect((await (await signIn(world.app, 'funder@test.lv')).get('/api/auth/me')).json().programmes.individual_programme).toMatchObject({ report: true });
    await world.db.insert(serviceAgreements).values({ providerOrganisationId: world.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: '0001000', validFrom: '2020-01-01' });
    // a provider's social worker sees the Individual Programme's cases and opens them (IP-1), not the welfare department's overview (IP-4)
    expect((await sw1.get('/api/auth/me')).json().programmes.individual_programme).toEqual({ cases: true, open: true, providers: false, report: false });
    // Rīga's social service, whose municipality the agreement names, has the overview
    expect((await riga.get('/api/auth/me')).json().programmes.individual_programme).toMatchObject({ providers: true, report: true });
    // another provider still has none
    expect((await (await signIn(world.app, 'other@test.lv')).get('/api/auth/me')).json().programmes.individual_programme).toBeUndefined();
  });

  it('refuses a wrong password with a translated message, the same for an unknown e-mail', async () => {
    const wrong = await world.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email: 'sw2@test.lv', password: 'nope' } });
    const unknown = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@test.lv', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'auth.invalid_credentials', message: 'Wrong e-mail or password' } });
    expect(unknown.json().error.message).toBe('Nepareizs e-pasts vai parole');
  });

  it('locks the account after 5 failures in a row, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.5', payload: { email: 'mentor@test.lv', password: 'wrong' } });
      expect(res.statusCode).toBe(401);
    }
    const fifth = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.5', payload: { email: 'mentor@test.lv', password: 'wrong' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('15 min');
    const right = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.5', payload: { email: 'mentor@test.lv', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
    await world.db.delete(signInThrottle).where(eq(signInThrottle.emailHash, emailHashOf('mentor@test.lv')));
  });

  it('locks an unknown e-mail the same way: the lockout does not tell whether an account exists (ASVS 2.2.1)', async () => {
    const guess = (email: string, i: number) => world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `10.0.1.${i}`, payload: { email, password: 'wrong' } });
    const known: LightMyRequestResponse[] = [];
    const unknown: LightMyRequestResponse[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await guess('sw1@test.lv', i));
      unknown.push(await guess('nobody-here@test.lv', i));
    }
    expect(known.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown.map((r) => r.statusCode)).toEqual(known.map((r) => r.statusCode));
    expect(unknown.map((r) => r.json())).toEqual(known.map((r) => r.json()));
    await world.db.delete(signInThrottle).where(eq(signInThrottle.emailHash, emailHashOf('sw1@test.lv')));
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.9.9', payload: { email: `x${i}@test.lv`, password: 'x' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses writes without the CSRF token', async () => {
    const client = await signIn(world.app, 'manager@test.lv');
    const res = await world.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: client.cookie }, payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf');
  });

  it('answers 401 without a session', async () => {
    const res = await world.app.inject({ method: 'GET', url: '/api/persons' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.required');
  });

  it('changes the password, keeping this session and ending the others', async () => {
    const here = await signIn(world.app, 'sw2@test.lv');
    const elsewhere = await signIn(world.app, 'sw2@test.lv');
    const short = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.newPassword.code).toBe('validation.password');
    const wrong = await here.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'A-much-longer-password-1' });
    expect(wrong.statusCode).toBe(403);
    const ok = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'A-much-longer-password-1' });
    expect(ok.statusCode).toBe(204);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a new password that is short, only whitespace or commonly used (NIST SP 800-63B 5.1.1.2)', async () => {
    const client = await signIn(world.app, 'manager@test.lv', 'en');
    const reason = async (newPassword: string) => (await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword })).json().error.fields.newPassword;
    expect(await reason('ābolītis-01')).toMatchObject({ code: 'validation.password' }); // 11 characters
    expect(await reason(' '.repeat(14))).toMatchObject({ code: 'validation.passwordBlank', message: 'The password cannot be only spaces' });
    expect(await reason('Password 1234')).toMatchObject({ code: 'validation.passwordCommon' }); // "password1234" once case and spaces go
    expect(await reason('QWERTYUIOP12')).toMatchObject({ code: 'validation.passwordCommon' });
    expect(await reason('x'.repeat(1025))).toMatchObject({ code: 'validation.tooLongMax', params: { max: 1024 } });
    expect(isCommonPassword(DEMO_PASSWORD) || isCommonPassword(TEST_PASSWORD)).toBe(false);
    expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ābolītis-012' })).statusCode).toBe(204);
  });

  it('signs out everywhere', async () => {
    const a = await signIn(world.app, 'admin@test.lv');
    const b = await signIn(world.app, 'admin@test.lv');
    expect((await a.post('/api/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('writes sign-in and failed sign-in to the audit log', async () => {
    const rows = await world.db.select().from(auditLog).where(eq(auditLog.actorUserId, world.users.mentor.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['sign_in_failed']));
  });

  it('refuses demo accounts when demo mode is off', async () => {
    await world.db.update(users).set({ isDemo: true }).where(eq(users.email, 'funder@test.lv'));
    const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'funder@test.lv', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.demo_disabled');
  });

  it('ends the sessions demo accounts already had once demo mode is off (issue 11 §5)', async () => {
    await world.db.update(users).set({ isDemo: true }).where(eq(users.email, 'liepaja@test.lv'));
    const demoOn = await buildApp({ db: world.db, config: { ...world.config, DEMO: 'on' }, now: () => new Date(`${TODAY}T10:00:00Z`) }, { serveWeb: false });
    try {
      const signedIn = await demoOn.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.2.1', payload: { email: 'liepaja@test.lv', password: TEST_PASSWORD } });
      expect(signedIn.statusCode).toBe(200);
      const cookie = `sid=${signedIn.cookies.find((c) => c.name === 'sid')!.value}`;
      expect((await world.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
      expect((await world.app.inject({ url: '/api/persons', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await demoOn.close();
    }
  });
});
