// An embedded PostgreSQL (PGlite, compiled to WebAssembly) served over the
// PostgreSQL wire protocol, so the app and the tests talk to it exactly as they
// would to a real server. Used by the demo and the tests; production points
// DATABASE_URL at any PostgreSQL server instead.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { followPostgresErrorRules } from './extended-protocol-errors';

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/** `dataDir` is a folder, or `memory://` for a throwaway database. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedPostgres> {
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  // The pg pool in the app opens several connections; with the default of one
  // connection the pool fails with "Connection terminated unexpectedly".
  const server = new PGLiteSocketServer({
    db,
    port: options.port,
    host: '127.0.0.1',
    maxConnections: 50,
  });
  followPostgresErrorRules(server);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
