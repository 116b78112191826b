// The dependency rules of DESIGN "Layout", checked on the source: the core stays vendor-free.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

function violations(dir: string, allowed: (specifier: string) => boolean): string[] {
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !allowed(specifier))
      .map((specifier) => `${relative(root, file)} imports ${specifier}`),
  );
}

describe('package boundaries', () => {
  it('keeps packages/core free of vendor SDKs and Node modules: it may import zod, re2js and itself only', () => {
    expect(
      violations(
        'packages/core/src',
        (specifier) => specifier === 'zod' || specifier === 're2js' || specifier.startsWith('.'),
      ),
    ).toEqual([]);
  });

  it('keeps the browser-safe wire entry point free of everything but zod', () => {
    // `wire.ts` and its `wire/` folder import zod and one another, nothing else.
    const wireFile = (specifier: string) => /^\.\/wire\/[\w-]+\.js$/.test(specifier);
    expect(
      importsOf(join(root, 'packages/core/src/wire.ts')).filter((specifier) => !wireFile(specifier)),
    ).toEqual(['zod']);
    expect(
      violations(
        'packages/core/src/wire',
        (specifier) => specifier === 'zod' || /^\.\.?\/[\w-]+\.js$/.test(specifier),
      ),
    ).toEqual([]);
  });

  it('keeps packages/outbound standalone: undici, ipaddr.js, Node and itself only', () => {
    expect(
      violations(
        'packages/outbound/src',
        (specifier) => /^(undici|ipaddr\.js|node:.+)$/.test(specifier) || specifier.startsWith('./'),
      ),
    ).toEqual([]);
  });

  it('lets agents, tickets and store depend on core and outbound but not on the server or each other', () => {
    for (const name of ['agents', 'tickets', 'store']) {
      const found = violations(
        `packages/${name}/src`,
        (specifier) =>
          !/^@frontdesk\/(?!core$|outbound$)/.test(specifier) &&
          !/^(hono|@hono\/|@slack\/|@microsoft\/|botbuilder)/.test(specifier),
      );
      expect(found, name).toEqual([]);
    }
  });

  it('keeps the widget browser-only: preact, its own files, and the wire types of core', () => {
    expect(
      violations(
        'widget/src',
        (specifier) =>
          specifier.startsWith('./') ||
          /^preact(\/hooks)?$/.test(specifier) ||
          specifier === '@frontdesk/core/wire',
      ),
    ).toEqual([]);
  });

  it('keeps the staff console browser-only: preact, marked (its lexer), its own files, and the wire types of core', () => {
    expect(
      violations(
        'packages/console/src',
        (specifier) =>
          specifier.startsWith('./') ||
          /^preact(\/hooks)?$/.test(specifier) ||
          specifier === 'marked' ||
          specifier === '@frontdesk/core/wire',
      ),
    ).toEqual([]);
  });

  it('finds the rules would catch a vendor import (the checker is not blind)', () => {
    expect(importsOf(join(root, 'packages/store/src/index.ts')).length).toBeGreaterThan(0);
    const specifiers = [
      ...`import { Hono } from 'hono';`.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g),
    ];
    expect(specifiers[0]?.[1]).toBe('hono');
  });
});
