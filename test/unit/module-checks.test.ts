import { describe, expect, it } from 'vitest';
import { assemble } from '../../server/assembly.js';
import { defineJob } from '../../server/common/jobs.js';
import { loadConfig } from '../../server/config.js';
import type { AnyModule } from '../../server/module.js';
import { MODULES } from '../../server/modules.js';

/**
 * Start-up refuses a module that lacks a piece, naming what is missing.
 * Each incomplete module is imported only inside its test: its types,
 * entities and actions register themselves globally when imported, so the
 * schema-level cases run first and the start-up ones after.
 */
const config = loadConfig({});
const build = (extra: AnyModule) => assemble([...MODULES, extra], config).buildSchema();

describe('start-up checks of the module declarations', () => {
  it('accepts the modules of server/modules.ts', async () => {
    await expect(assemble(MODULES, config).buildSchema()).resolves.toHaveProperty('schema');
  });

  it('refuses two jobs with one name', () => {
    const job = defineJob({ name: 'shared-job', handler: async () => {} });
    const one = {
      name: 'one',
      entities: [],
      services: () => ({}),
      resolvers: [],
      policy: { operations: {} },
    };
    const a: AnyModule = { ...one, jobs: () => [job] };
    const b: AnyModule = { ...one, name: 'two', jobs: () => [{ ...job }] };
    expect(() => assemble([...MODULES, a, b], config)).toThrow(/job shared-job is declared twice/);
  });

  it('refuses an operation without an authorization rule', async () => {
    const { unruledOperationModule } = await import('../fixtures/incomplete-modules/unruled-operation.js');
    await expect(build(unruledOperationModule)).rejects.toThrow(
      /No authorization rule .* for Query\.weather/,
    );
  });

  it('refuses a type that implements Node without a node fetcher', async () => {
    const { nodeWithoutFetcherModule } =
      await import('../fixtures/incomplete-modules/node-without-fetcher.js');
    await expect(build(nodeWithoutFetcherModule)).rejects.toThrow(
      /without a node fetcher in their module: Widget/,
    );
  });

  it('refuses a trail action that no module declares', async () => {
    const { undeclaredActionModule } = await import('../fixtures/incomplete-modules/undeclared-action.js');
    expect(() => assemble([...MODULES, undeclaredActionModule], config)).toThrow(
      /trail actions frobnicate are defined but no module declares them/,
    );
  });

  it('refuses an entity that is used but not registered', async () => {
    const { unregisteredEntityModule } =
      await import('../fixtures/incomplete-modules/unregistered-entity.js');
    expect(() => assemble([...MODULES, unregisteredEntityModule], config)).toThrow(
      /entity Gadget is used but no module registers it/,
    );
  });

  it('refuses two modules claiming one operation', () => {
    const twin = { ...MODULES[0], name: 'twin', resolvers: [] };
    expect(() => assemble([...MODULES, twin], config)).toThrow(
      /operation organizations has rules in two modules/,
    );
  });
});
