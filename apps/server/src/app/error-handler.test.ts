import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler';

describe('not-found answers', () => {
  it('keeps the API error shape under /api and leaves the root free for the web app fallback', async () => {
    const app = Fastify();
    registerErrorHandler(app);
    // what build-app does when it serves the web app: must not throw "Not found handler already set"
    app.setNotFoundHandler((_request, reply) => reply.type('text/html').send('<!doctype html>'));
    await app.ready();

    const api = await app.inject({ url: '/api/nope', headers: { 'accept-language': 'en' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });

    const page = await app.inject({ url: '/persons/123' });
    expect(page.body).toBe('<!doctype html>');
    await app.close();
  });
});
