import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { getTranslations } from '@/lib/i18n/server';
import { ROLES } from '@/lib/permissions';
import { listStaff } from '@/lib/server/staff/list-staff';
import { requirePagePermission } from '@/lib/server/page-guard';
import { createStaffAction, resetStaffPasswordAction, updateStaffAction } from './actions';

export default async function StaffPage() {
  const actor = await requirePagePermission('staff.manage');
  const [t, roles, staff] = await Promise.all([getTranslations('staff'), getTranslations('roles'), listStaff({ actor })]);
  const roleBoxes = (checked: readonly string[], idPrefix: string) =>
    ROLES.map((role) => (
      <label key={role} className="inline-flex items-center gap-1 text-sm" htmlFor={`${idPrefix}-${role}`}>
        <input id={`${idPrefix}-${role}`} type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} />
        {roles(role)}
      </label>
    ));
  return (
    <div className="max-w-5xl">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <table className="mb-8 w-full text-left text-sm">
        <thead className="border-b border-neutral-300 text-neutral-600">
          <tr>
            <th className="py-2 font-medium">{t('name')}</th>
            <th className="py-2 font-medium">{t('email')}</th>
            <th className="py-2 font-medium">{t('roles')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id} className="border-b border-neutral-100 align-top">
              <td className="py-2">{member.name}</td>
              <td className="py-2">{member.email}</td>
              <td className="py-2">
                <ActionForm action={updateStaffAction} hidden={{ id: member.id }}>
                  {roleBoxes(member.roles, member.id)}
                  <label className="inline-flex items-center gap-1 text-sm">
                    <input type="checkbox" name="active" defaultChecked={member.active} />
                    {t('active')}
                  </label>
                  <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                    {t('update')}
                  </Button>
                </ActionForm>
                <ActionForm action={resetStaffPasswordAction} hidden={{ id: member.id }} className="mt-1 flex flex-wrap items-center gap-2">
                  <input
                    type="password"
                    name="password"
                    autoComplete="new-password"
                    aria-label={t('resetPasswordFor', { name: member.name })}
                    placeholder={t('newPassword')}
                    className="w-36 rounded border border-neutral-300 px-2 py-0.5 text-xs"
                  />
                  <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                    {t('resetPassword')}
                  </Button>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mb-2 font-bold">{t('add')}</h2>
      <ActionForm action={createStaffAction} hidden={{}} className="flex max-w-xl flex-col gap-3">
        <TextField label={t('name')} name="name" />
        <TextField label={t('email')} name="email" type="email" />
        <TextField label={t('password')} name="password" type="password" autoComplete="new-password" />
        <fieldset className="flex flex-wrap gap-3">
          <legend className="mb-1 text-sm font-medium">{t('roles')}</legend>
          {roleBoxes([], 'new')}
        </fieldset>
        <div>
          <Button type="submit">{t('add')}</Button>
        </div>
      </ActionForm>
    </div>
  );
}
