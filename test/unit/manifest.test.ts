import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const contributes = manifest.contributes;
const commandIds = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));

describe('package.json', () => {
  it('activates only on letters, sidecars (YAML), plain text to detect letters, and its own contributions', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:plaintext', 'onLanguage:yaml']);
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('gives every command the FOI category and an id under foi.', () => {
    for (const command of contributes.commands) {
      assert.equal(command.category, 'FOI', command.command);
      assert.match(command.command, /^foi\.[a-z][A-Za-z]+$/);
    }
  });

  it('refers only to commands and views that exist from its menus', () => {
    const viewIds = new Set<string>(Object.values(contributes.views).flat().map((v) => (v as { id: string }).id));
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) assert.ok(commandIds.has(item.command), `${menu} names unknown command ${item.command}`);
    }
    for (const welcome of contributes.viewsWelcome) assert.ok(viewIds.has(welcome.view), welcome.view);
  });

  it('lists every command in the palette only where it makes sense (each has a when clause)', () => {
    const palette = new Map<string, string>(contributes.menus.commandPalette.map((i: { command: string; when: string }) => [i.command, i.when]));
    for (const id of ['foi.treatAsLetter', 'foi.tagTool', 'foi.annotate', 'foi.openEvidence']) {
      assert.ok(palette.get(id), `${id} has no commandPalette when clause`);
    }
    assert.equal(palette.get('foi.annotate'), 'false', 'the scripting command is hidden');
  });

  it('describes every setting, with a scope, and enum descriptions for enums', () => {
    for (const [key, setting] of Object.entries(contributes.configuration.properties as Record<string, Record<string, unknown>>)) {
      assert.ok(setting.markdownDescription, `${key} has no description`);
      assert.ok(setting.scope, `${key} has no scope`);
      if (setting.enum) assert.equal((setting.enumDescriptions as unknown[]).length, (setting.enum as unknown[]).length, key);
    }
  });

  it('has a translation for every %placeholder% it uses', () => {
    const placeholders = JSON.stringify(manifest).match(/%[A-Za-z0-9.]+%/g) ?? [];
    assert.ok(placeholders.length > 10);
    for (const placeholder of placeholders) assert.ok(nls[placeholder.slice(1, -1)], `${placeholder} missing from package.nls.json`);
  });

  it('declares how it behaves in untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['foi.tools']);
    assert.ok(manifest.capabilities.virtualWorkspaces);
  });

  it('validates sidecars with the generated schema', () => {
    assert.deepEqual(contributes.yamlValidation, [{ fileMatch: '*.foi.yaml', url: './schemas/foi-sidecar.schema.json' }]);
  });
});
