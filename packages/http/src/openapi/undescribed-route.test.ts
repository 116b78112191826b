/** The generator leaves out a route that does not describe itself, which is what makes the coverage test fail. */
import { Hono } from 'hono';
import { expect, it, describe as suite } from 'vitest';
import { z } from 'zod';
import { createOpenApiDocument } from './document.js';
import { describe, jsonBody, ok } from './helpers.js';

suite('createOpenApiDocument', () => {
  it('documents a described route from its own description and leaves out one without', async () => {
    const app = new Hono();
    const body = z.strictObject({ name: z.string().min(1) });
    app.post(
      '/v1/things/:thingId',
      describe({
        operationId: 'renameThing',
        summary: 'Rename a thing',
        requestBody: jsonBody(body),
        responses: { '200': ok('The thing.', body) },
      }),
      (context) => context.json({ success: true, data: { name: 'x' } }),
    );
    app.get('/v1/things', (context) => context.json({ success: true, data: [] }));

    const document = (await createOpenApiDocument(app, 'https://help.example.com')) as {
      paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown }>>;
    };
    expect(Object.keys(document.paths)).toEqual(['/v1/things/{thingId}']);
    const operation = document.paths['/v1/things/{thingId}']?.post;
    expect(operation?.parameters).toEqual([
      { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(operation?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { additionalProperties: false, required: ['name'] } } },
    });
  });
});
