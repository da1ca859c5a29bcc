// The first-run setup on an EMPTY database (its own, created beside the shared
// test database on the same PostgreSQL server and migrated): exactly one
// administrator however many people submit the setup page at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { verifyPassword } from '@/lib/auth/password';
import { DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import { SEED_TEMPLATES } from '@/lib/domain/page-templates';
import { createPrismaClient, type Database } from '@/lib/prisma-client';
import { FIRST_RUN_LOCK_KEY, createFirstAdministrator, getFirstRunState } from '@/lib/server/setup/first-run';
import { applyMigrations } from '@/scripts/db/migrate';
import { rejectsWith } from '../support/stories';

const NAME = 'masthead_first_run';
const emptyUrl = process.env.DATABASE_URL!.replace(/\/postgres\?/, `/${NAME}?`);
let database: Database;
let pool: pg.Pool;

const admin = (n: number) => ({ name: `管理员${n}`, email: `admin${n}@paper.example`, password: `a-long-pass-phrase-${n}` });
const paper = { publicationName: '朝阳报', publicationSlug: 'chaoyang' };

beforeAll(async () => {
  const server = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await server.query(`CREATE DATABASE ${NAME}`);
  await server.end();
  await applyMigrations(emptyUrl);
  database = createPrismaClient(emptyUrl, { max: 8 });
  pool = new pg.Pool({ connectionString: emptyUrl, max: 2 });
}, 120_000);

afterAll(async () => {
  await database?.$disconnect();
  await pool?.end();
});

beforeEach(async () => {
  await pool.query(`TRUNCATE "AuditEvent", "Staff", "Publication" CASCADE`);
});

const adminCount = async () => database.staff.count({ where: { roles: { has: 'ADMIN' } } });

describe('first-run setup', () => {
  it('is open on an empty database and asks for the paper', async () => {
    expect(await getFirstRunState({ database })).toEqual({ open: true, needsPublication: true });
  });

  it('creates the administrator and the paper with the default page format and starting templates, then closes', async () => {
    const result = await createFirstAdministrator({ admin: admin(1), publication: paper, database });
    const staff = await database.staff.findUniqueOrThrow({ where: { id: result.staffId }, omit: { passwordHash: false } });
    expect(staff).toMatchObject({ name: '管理员1', email: 'admin1@paper.example', roles: ['ADMIN'], active: true });
    expect(await verifyPassword(staff.passwordHash, admin(1).password)).toBe(true);
    const publication = await database.publication.findUniqueOrThrow({ where: { slug: 'chaoyang' }, include: { templates: true } });
    expect(publication).toMatchObject({ name: '朝阳报', isDefault: true, pageFormat: DEFAULT_PAGE_FORMAT });
    expect(publication.templates.map((t) => t.name).sort()).toEqual(SEED_TEMPLATES.map((t) => t.name).sort());
    expect(await database.auditEvent.count({ where: { actorId: staff.id } })).toBe(2);
    expect(await getFirstRunState({ database })).toEqual({ open: false, needsPublication: false });
    await rejectsWith(createFirstAdministrator({ admin: admin(2), publication: paper, database }), 'setupClosed');
    expect(await database.staff.count()).toBe(1);
  });

  it('refuses when any staff member exists, even one who is not an administrator', async () => {
    await database.staff.create({ data: { name: '记者', email: 'r@paper.example', roles: ['REPORTER'], passwordHash: 'x' } });
    expect((await getFirstRunState({ database })).open).toBe(false);
    await rejectsWith(createFirstAdministrator({ admin: admin(1), publication: paper, database }), 'setupClosed');
    expect(await adminCount()).toBe(0);
  });

  it('asks for no paper when one exists, and needs one when none does', async () => {
    await rejectsWith(createFirstAdministrator({ admin: admin(1), publication: null, database }), 'publicationRequired');
    expect(await database.staff.count()).toBe(0); // rolled back with the refusal
    await database.publication.create({ data: { slug: 'old', name: '旧报', pageFormat: DEFAULT_PAGE_FORMAT } });
    expect(await getFirstRunState({ database })).toEqual({ open: true, needsPublication: false });
    const result = await createFirstAdministrator({ admin: admin(1), publication: paper, database });
    expect(result.publicationId).toBeNull();
    expect(await database.publication.count()).toBe(1);
  });

  it('applies the password policy in the data layer', async () => {
    await rejectsWith(createFirstAdministrator({ admin: { ...admin(1), password: 'masthead-demo' }, publication: paper, database }), 'passwordTooCommon');
    await rejectsWith(createFirstAdministrator({ admin: { ...admin(1), password: 'short' }, publication: paper, database }), 'passwordTooShort');
    expect(await database.staff.count()).toBe(0);
  });

  it('two people submitting at once: both queue on the lock, exactly one becomes administrator', async () => {
    // Hold the setup's lock from outside so that both submissions are inside their
    // transactions, past the early check, before either may look for staff.
    const holder = await pool.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [FIRST_RUN_LOCK_KEY.toString()]);
    const racing = [1, 2].map((n) => createFirstAdministrator({ admin: admin(n), publication: { ...paper, publicationSlug: `paper-${n}` }, database }));
    const outcomes = Promise.allSettled(racing);
    let waiting = 0;
    for (let tries = 0; tries < 300 && waiting < 2; tries++) {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'advisory' AND datname = current_database()`);
      waiting = rows[0].n;
      if (waiting < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await holder.query('SELECT pg_advisory_unlock($1)', [FIRST_RUN_LOCK_KEY.toString()]);
    holder.release();
    expect(waiting, 'both submissions waited for the first-run lock').toBe(2);

    const settled = await outcomes;
    expect(settled.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = settled.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused.map((o) => (o.reason as { messageKey?: string }).messageKey)).toEqual(['setupClosed']);
    expect(await database.staff.count()).toBe(1);
    expect(await adminCount()).toBe(1);
    expect(await database.publication.count()).toBe(1);
  });

  it('many at once with no help: still exactly one administrator', async () => {
    const settled = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((n) => createFirstAdministrator({ admin: admin(n), publication: { ...paper, publicationSlug: `paper-${n}` }, database })));
    expect(settled.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await adminCount()).toBe(1);
    expect(await database.publication.count()).toBe(1);
  });
});
