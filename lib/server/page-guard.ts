import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { allowsHere, type Permission } from '@/lib/permissions';
import { getActor, type Actor } from './session';

/** For newsroom pages: the signed-in actor holding `permission` in the current publication, or a redirect to sign-in / a 403. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (!allowsHere(actor, permission)) forbidden();
  return actor;
}

/** Loads page data, turning the data layer's refusals into 404 and 403 pages. */
export async function loadPageData<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof AppError && error.code === 'FORBIDDEN') forbidden();
    throw error;
  }
}
