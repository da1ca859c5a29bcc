import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgresql://masthead:masthead@127.0.0.1:54380/postgres' });
await c.connect();
console.log((await c.query(`select count(*) from "Article"`)).rows, (await c.query(`select count(*) from "ReaderSearchEntry"`)).rows);
const t0 = performance.now();
for (let i = 0; i < 200; i++) await c.query(`select 1`);
console.log('select 1 roundtrip ms', (performance.now() - t0) / 200);
await c.end();
