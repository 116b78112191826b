import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildTeamsAppPackage, teamsAppManifest } from './app-package.js';

const input = {
  appId: '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5',
  name: 'Acme IT Helpdesk and Device Support Assistant',
  description:
    'Answers questions about laptops, VPN and accounts from the IT handbook, and opens a ticket when you need a person.',
  publicUrl: 'https://frontdesk.acme.example',
};

/** Teams' official schema for the manifest's version, as bundled in @microsoft/app-manifest (no network). */
function officialSchema(version: string): Record<string, unknown> {
  const file = createRequire(import.meta.url).resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the Teams app package', () => {
  it("is valid against Teams' official manifest schema for its version", () => {
    const manifest = teamsAppManifest(input);
    expect(manifest.manifestVersion).toBe('1.19');
    // CommonJS packages: their default export sits on `.default` under Node's ESM interop.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(officialSchema(String(manifest.manifestVersion)));
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    // The schema bites: an unknown key, or a short name over 30 characters, is refused.
    expect(validate({ ...manifest, unknownKey: true })).toBe(false);
    expect(validate({ ...manifest, name: { short: 'x'.repeat(31), full: 'x' } })).toBe(false);
  });

  it("carries the bot's name and description within Teams' limits, the app id and the public URL", () => {
    const manifest = teamsAppManifest(input) as {
      id: string;
      name: { short: string; full: string };
      description: { short: string };
      bots: { botId: string }[];
      developer: { privacyUrl: string; termsOfUseUrl: string };
      validDomains: string[];
    };
    expect(manifest.id).toBe(input.appId);
    expect(manifest.bots[0]?.botId).toBe(input.appId);
    expect(manifest.name.full).toBe(input.name);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.short).toMatch(/^Acme IT Helpdesk.*…$/);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.developer.privacyUrl).toBe('https://frontdesk.acme.example/privacy');
    expect(manifest.developer.termsOfUseUrl).toBe('https://frontdesk.acme.example/terms');
    expect(manifest.validDomains).toEqual(['frontdesk.acme.example']);
  });

  it('zips the manifest with a 192×192 color icon and a 32×32 outline icon at the top', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsAppPackage(input));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toEqual([192, 192]);
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer'))).toEqual([32, 32]);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.name.full).toBe(input.name);
  });

  it('refuses a public URL Teams cannot reach (not https)', () => {
    expect(() => teamsAppManifest({ ...input, publicUrl: 'http://127.0.0.1:3000' })).toThrow(/https/);
  });
});
