// npm run admin:create -- --email admin@paper.example --name 李明 [--paper-name 朝阳报 --paper-slug chaoyang]
//
// Creates the first administrator of an empty install from the command line: the
// same rule and transaction as the first-run page (/setup), so it refuses once any
// staff member exists (further accounts are added under 人员管理). The password is
// read from ADMIN_PASSWORD or asked for twice without echo. When the database has
// no publication yet, --paper-name and --paper-slug create it.
// Runs with the react-server condition (package.json) so that the data layer's
// `server-only` guard lets it load.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '@/lib/errors';
import { createPrismaClient } from '@/lib/prisma-client';
import { firstAdminSchema, firstPublicationSchema } from '@/lib/schemas/setup';
import { createFirstAdministrator, getFirstRunState } from '@/lib/server/setup/first-run';
import zhCN from '@/messages/zh-CN.json';

const errors = zhCN.errors as Record<string, string>;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without showing it. */
async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({ write: (chunk, _encoding, done) => (muted || process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) fail('Set ADMIN_PASSWORD, or run the command in a terminal to be asked for the password.');
  const first = await askHidden('Password: ');
  const second = await askHidden('Password again: ');
  if (first !== second) fail(errors.passwordMismatch);
  return first;
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, 'paper-name': { type: 'string' }, 'paper-slug': { type: 'string' } },
});
const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set');
if (!values.email || !values.name) fail('Usage: npm run admin:create -- --email <email> --name <name> [--paper-name <name> --paper-slug <slug>]');

const database = createPrismaClient(url, { max: 2 });
try {
  const state = await getFirstRunState({ database });
  if (!state.open) fail(errors.setupClosed);
  let publication = null;
  if (state.needsPublication) {
    const parsed = firstPublicationSchema.safeParse({ publicationName: values['paper-name'] ?? '', publicationSlug: values['paper-slug'] ?? '' });
    if (!parsed.success) fail(`${errors.publicationRequired} (--paper-name, --paper-slug): ${parsed.error.issues.map((issue) => errors[issue.message] ?? issue.message).join(' ')}`);
    publication = parsed.data;
  }
  const admin = firstAdminSchema.safeParse({ email: values.email, name: values.name, password: await readPassword() });
  if (!admin.success) fail(admin.error.issues.map((issue) => `${issue.path.join('.')}: ${errors[issue.message] ?? issue.message}`).join('\n'));
  const created = await createFirstAdministrator({ admin: admin.data, publication, database });
  console.log(`Administrator ${admin.data.email} created${created.publicationId ? `, with the publication ${publication?.publicationSlug}` : ''}. Sign in at /login.`);
} catch (error) {
  if (error instanceof AppError) fail(errors[error.messageKey] ?? error.message);
  throw error;
} finally {
  await database.$disconnect();
}
