import { beforeEach, describe, expect, it, vi } from 'vitest';

const cookieSet = vi.fn();
const revalidatePath = vi.fn();
const revalidateTag = vi.fn();
vi.mock('next/headers', () => ({ cookies: async () => ({ set: cookieSet }) }));
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag, updateTag: vi.fn(), refresh: vi.fn() }));

const { setLocaleAction } = await import('./set-locale');

function form(locale: string | null): FormData {
  const data = new FormData();
  if (locale !== null) data.append('locale', locale);
  return data;
}

beforeEach(() => {
  cookieSet.mockClear();
  revalidatePath.mockClear();
  revalidateTag.mockClear();
});

describe('setLocaleAction (anonymous, so it may only set a cookie)', () => {
  it('sets the locale cookie and revalidates no page', async () => {
    await setLocaleAction(form('en'));
    expect(cookieSet).toHaveBeenCalledWith('locale', 'en', expect.objectContaining({ path: '/', sameSite: 'lax' }));
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('ignores a value that is not a known locale', async () => {
    for (const value of ['fr', 'zh-CN\u0000', '', '__proto__']) await setLocaleAction(form(value));
    await setLocaleAction(form(null));
    expect(cookieSet).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
