import { describe, expect, it } from 'vitest';
import { folderCycles, importsOf, layerViolations, readEdges, type Edge, type Rules } from './import-graph';

// One room per job (issue 14, README's Layout): each top-level folder imports only the rooms
// below it, so no import runs back up and no two folders need each other.
//   clinical/    pure domain logic and data; imports no other room (its message catalogue aside)
//   i18n/        messages, numbers and dates in the UI's language (renders clinical's descriptors)
//   sites/       all knowledge of record pages; no storage, no UI
//   messaging/   the contract between contexts; no handler, no storage, no UI
//   storage/     Dexie and its repositories; no handler, no UI
//   background/  the background's behaviour: handlers, server, gate, relay, commands, activation
//   components/  the UI: reaches storage and the background only through messages
//   entrypoints/ WXT entrypoints, wiring only; imported by nothing
export const RULES: Rules = {
  layers: ['clinical', 'i18n', 'sites', 'messaging', 'storage', 'background', 'components', 'entrypoints'],
  forbidden: {
    // Below the UI in the order, but the UI talks to them through messages only.
    components: ['storage', 'background'],
  },
  data: {
    // The locale catalogues: clinical/ types its message keys from them, i18n/ renders French.
    public: ['clinical', 'i18n'],
  },
  // The extension's pages (panel, options, popup…) are entrypoints too: only the background's
  // entrypoint starts the background, and only the background opens the database.
  reservedFor: {
    storage: ['background'],
    background: ['entrypoints/background.ts'],
  },
};

const edge = (file: string, spec: string, to: string): Edge => ({ file, spec, from: file.split('/')[0]!, to });

describe('import graph checker', () => {
  it('reads every form of import, and not the ones in comments', () => {
    const src = [
      "import { a } from '../storage/db';",
      "import type { B } from '../messaging/protocol';",
      "export { c } from './c';",
      "import '../components/panel.css';",
      "const load = () => import('./pdf-flow');",
      "// import { no } from '../components/commented';",
      '/** import { no } from "../components/jsdoc"; */',
      "import {\n  d,\n  e,\n} from '../clinical/message';",
    ].join('\n');
    expect(importsOf(src)).toEqual(['../storage/db', '../messaging/protocol', './c', '../components/panel.css', './pdf-flow', '../clinical/message']);
  });

  it('fails on an import that runs up the layers', () => {
    expect(layerViolations([edge('storage/notes-service.ts', '../components/french', 'components')], RULES)).toEqual([
      'storage/notes-service.ts imports ../components/french: components/ is above storage/',
    ]);
  });

  it('fails on the UI reaching storage or the background directly, though they are below it', () => {
    expect(layerViolations([
      edge('components/options/RoleSection.tsx', '../../storage/workstation-role', 'storage'),
      edge('components/PanelApp.tsx', '../background/server', 'background'),
    ], RULES)).toHaveLength(2);
  });

  it('fails on an extension page reaching the database or the background, which only the background may', () => {
    expect(layerViolations([
      edge('entrypoints/options/main.tsx', '../../storage/workstation-role', 'storage'),
      edge('entrypoints/panel/main.tsx', '../../background/server', 'background'),
    ], RULES)).toEqual([
      'entrypoints/options/main.tsx imports ../../storage/workstation-role: storage/ is for background only',
      'entrypoints/panel/main.tsx imports ../../background/server: background/ is for entrypoints/background.ts only',
    ]);
  });

  it('fails on clinical/ importing another room, and accepts its catalogue data', () => {
    expect(layerViolations([edge('clinical/identity/x.ts', '../../sites/patient-context', 'sites')], RULES)).toHaveLength(1);
    expect(layerViolations([edge('clinical/message.ts', '../public/_locales/fr/messages.json', 'public')], RULES)).toEqual([]);
    expect(layerViolations([edge('sites/x.ts', '../public/_locales/fr/messages.json', 'public')], RULES)).toHaveLength(1);
  });

  it('fails on a room importing the demo, the tests or an unknown folder', () => {
    expect(layerViolations([edge('components/x.ts', '../demo/src/app', 'demo'), edge('storage/y.ts', '../tests/fixtures/z', 'tests')], RULES)).toHaveLength(2);
  });

  it('accepts imports that go down', () => {
    expect(layerViolations([
      edge('entrypoints/background.ts', '../background/main', 'background'),
      edge('background/main.ts', '../storage/db', 'storage'),
      edge('storage/db.ts', '../clinical/identity/patient-key', 'clinical'),
      edge('components/PanelApp.tsx', '../messaging/client', 'messaging'),
    ], RULES)).toEqual([]);
  });

  it('finds cycles between top-level folders, each once', () => {
    const cycles = folderCycles([
      edge('messaging/intake-protocol.ts', '../storage/intake-schema', 'storage'),
      edge('storage/notes-service.ts', '../messaging/server', 'messaging'),
      edge('storage/notes-service.ts', '../components/french', 'components'),
      edge('components/PanelApp.tsx', '../storage/workstation-role', 'storage'),
      edge('sites/demo.ts', '../clinical/identity/date', 'clinical'),
    ]);
    expect(cycles).toEqual(['components → storage → components', 'messaging → storage → messaging']);
    expect(folderCycles([edge('a/x.ts', '../b/y', 'b'), edge('b/y.ts', '../c/z', 'c'), edge('c/z.ts', '../a/x', 'a')])).toEqual(['a → b → c → a']);
  });
});

describe('the extension’s sources', () => {
  const edges = readEdges(process.cwd(), RULES.layers);

  it('are read (the check is not looking at nothing)', () => {
    expect(edges.filter((e) => e.from === 'components' && e.to === 'messaging').length).toBeGreaterThan(20);
    expect(edges.filter((e) => e.from === 'background' && e.to === 'storage').length).toBeGreaterThan(5);
  });

  it('import nothing up the layers', () => {
    expect(layerViolations(edges, RULES)).toEqual([]);
  });

  it('have no cycle between top-level folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });
});
