import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { getTranslations } from '@/lib/i18n/server';
import { MEMBERSHIP_ROLES } from '@/lib/permissions';
import { listStaff } from '@/lib/server/staff/list-staff';
import { requirePagePermission } from '@/lib/server/page-guard';
import { createStaffAction, resetStaffPasswordAction, updateStaffAction } from './actions';

export default async function StaffPage() {
  const actor = await requirePagePermission('staff.manage');
  const [t, roles, { staff, publications }] = await Promise.all([getTranslations('staff'), getTranslations('roles'), listStaff({ actor })]);
  // Roles per publication (memberships.N.roles), then the installation-wide ADMIN flag.
  const roleBoxes = (member: { roles: readonly string[]; memberships: readonly { publicationId: string; roles: readonly string[] }[] } | null, idPrefix: string) => (
    <>
      {publications.map((publication, index) => {
        const held = member?.memberships.find((m) => m.publicationId === publication.id)?.roles ?? [];
        return (
          <fieldset key={publication.id} className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">{t('rolesOn', { publication: publication.name })}</legend>
            <input type="hidden" name={`memberships.${index}.publicationId`} value={publication.id} />
            <span aria-hidden className="text-xs font-medium text-neutral-600">{publication.name}</span>
            {MEMBERSHIP_ROLES.map((role) => (
              <label key={role} className="inline-flex items-center gap-1 text-sm" htmlFor={`${idPrefix}-${publication.id}-${role}`}>
                <input id={`${idPrefix}-${publication.id}-${role}`} type="checkbox" name={`memberships.${index}.roles`} value={role} defaultChecked={held.includes(role)} />
                {roles(role)}
              </label>
            ))}
          </fieldset>
        );
      })}
      <label className="inline-flex items-center gap-1 text-sm" htmlFor={`${idPrefix}-admin`}>
        <input id={`${idPrefix}-admin`} type="checkbox" name="admin" defaultChecked={member?.roles.includes('ADMIN') ?? false} />
        {t('admin')}
      </label>
    </>
  );
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
                  {roleBoxes(member, member.id)}
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
          <legend className="mb-1 text-sm font-medium">{t('memberships')}</legend>
          {roleBoxes(null, 'new')}
        </fieldset>
        <div>
          <Button type="submit">{t('add')}</Button>
        </div>
      </ActionForm>
    </div>
  );
}
