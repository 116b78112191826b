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

  it('keeps the browser-safe wire entry point (wire.ts and wire/) free of everything but zod', () => {
    const wireFiles = [
      join(root, 'packages/core/src/wire.ts'),
      ...sourceFiles(join(root, 'packages/core/src/wire')),
    ];
    const outside = wireFiles.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier !== 'zod' && !/^\.\.?\/(wire\/)?[a-z-]+\.js$/.test(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(outside).toEqual([]);
    expect(wireFiles.length).toBeGreaterThan(1);
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

  it('keeps packages/services free of HTTP and of the layers above it: no hono, no http, web, server or cli', () => {
    expect(
      violations(
        'packages/services/src',
        (specifier) =>
          !/^(hono|@hono\/)/.test(specifier) &&
          !/^@frontdesk\/(http|web|server|cli|slack|teams)(\/|$)/.test(specifier),
      ),
    ).toEqual([]);
  });

  it('keeps packages/http to routes: it may use services and core, never an adapter, the host or the CLI', () => {
    expect(
      violations(
        'packages/http/src',
        (specifier) =>
          !/^@frontdesk\/(web|server|cli|slack|teams)(\/|$)/.test(specifier) &&
          !/^(@slack\/|@microsoft\/|botbuilder)/.test(specifier),
      ),
    ).toEqual([]);
  });

  it('keeps the channel adapters peers: web, Slack and Teams never import each other, the host or the CLI', () => {
    for (const name of ['web', 'slack', 'teams']) {
      const found = violations(`adapters/${name}/src`, (specifier) => {
        const other = /^@frontdesk\/(web|slack|teams|server|cli)(\/|$)/.exec(specifier);
        return !other;
      });
      expect(found, name).toEqual([]);
    }
  });

  it('lets only the CLI load the host, and only when it starts the server (a dynamic import)', () => {
    const staticImports = sourceFiles(join(root, 'packages/cli/src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"](@frontdesk\/server[^'"]*)['"]/g)].map(
        (match) => `${relative(root, file)} imports ${match[1]}`,
      ),
    );
    expect(staticImports).toEqual([]);
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

  it('keeps the staff console browser-only: preact, marked (its lexer), uPlot, its own files, and the wire types of core', () => {
    expect(
      violations(
        'packages/console/src',
        (specifier) =>
          // Its own files: siblings, or one folder up from a screen's folder (bots/, team/, widget/).
          /^\.\.?\/(?!\.\.)/.test(specifier) ||
          /^preact(\/hooks)?$/.test(specifier) ||
          specifier === 'marked' ||
          // uPlot draws the analytics charts (its script and its stylesheet, in that screen's chunk only).
          specifier === 'uplot' ||
          specifier === 'uplot/dist/uPlot.min.css?inline' ||
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
