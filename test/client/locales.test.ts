import { describe, expect, it } from 'vitest';
import en from '../../client/locales/en';
import zhCN from '../../client/locales/zh-CN';

type Modules = Record<string, { default: Record<string, unknown> }>;
const zhModules: Modules = import.meta.glob(['../../client/locales/zh-CN/*.ts', '!**/index.ts'], {
  eager: true,
});
const enModules: Modules = import.meta.glob(['../../client/locales/en/*.ts', '!**/index.ts'], {
  eager: true,
});

const fileName = (path: string) => path.split('/').pop()!;

/** Every key path of a message tree, e.g. `audit.actions.login`. */
function keyPaths(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keyPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('locale files', () => {
  it('has one file per module in each language, and no namespace in two of them', () => {
    expect(Object.keys(enModules).map(fileName).sort()).toEqual(Object.keys(zhModules).map(fileName).sort());
    for (const modules of [zhModules, enModules]) {
      const owners = new Map<string, string>();
      for (const [path, module] of Object.entries(modules)) {
        for (const namespace of Object.keys(module.default)) {
          expect(owners.get(namespace), `${namespace} in ${fileName(path)}`).toBeUndefined();
          owners.set(namespace, fileName(path));
        }
      }
    }
  });

  it('merges the modules into messages with the same keys in both languages', () => {
    const namespaces = Object.values(zhModules).flatMap((m) => Object.keys(m.default));
    expect(Object.keys(zhCN).sort()).toEqual(namespaces.sort());
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
  });
});
