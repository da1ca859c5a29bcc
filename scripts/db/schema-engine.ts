// Loads Prisma's schema engine compiled to WebAssembly. The Prisma CLI would
// download a native engine, which our machines cannot reach; the WASM build on
// npm is the same engine. See README "Database".
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);

export type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string }>;
  applyMigrations(params: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

// The generated bindings are a module-level singleton: instantiate once per process.
let engineModule: ReturnType<typeof instantiateEngineModule> | undefined;
function loadEngineModule() {
  engineModule ??= instantiateEngineModule();
  return engineModule;
}

async function instantiateEngineModule() {
  // The engine reports Rust panics through this global; without it a panic
  // surfaces as an unrelated TypeError.
  const registry = { message: '', set_message(message: string) { registry.message = message; } };
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = registry;
  const packageDir = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/schema_engine_bg\.js$/, '');
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(`${packageDir}schema_engine_bg.wasm`);
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as never });
  (bg as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bg as unknown as {
    SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter?: unknown) => Promise<SchemaEngine> };
  };
}

/** An engine connected to the database at `connectionString`. */
export async function openSchemaEngine(options: {
  connectionString: string;
  schemaPath: string;
}): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const schemaText = await readFile(options.schemaPath, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: options.connectionString }));
  return SchemaEngine.new(
    { datamodels: [[options.schemaPath, schemaText]] },
    (line) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
    },
    adapter,
  );
}
