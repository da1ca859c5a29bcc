import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgresql://masthead:masthead@127.0.0.1:40775/postgres?sslmode=disable' });
await c.connect();
console.log((await c.query("select pid, application_name, state, query from pg_stat_activity where query ilike '%LISTEN%'")).rows);
await c.query("select pg_notify('reader_pages', '')");
await c.end();
