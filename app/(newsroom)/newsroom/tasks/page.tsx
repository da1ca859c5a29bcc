import Link from 'next/link';
import { totalTasks, type TaskKind } from '@/lib/domain/tasks';
import { formatTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { listMyTasks } from '@/lib/server/tasks/list-my-tasks';
import type { TaskItem } from '@/lib/server/tasks/task-queries';

export default async function MyTasksPage() {
  const actor = await requirePagePermission('newsroom.enter');
  const [t, groups] = await Promise.all([getTranslations('tasks'), loadPageData(listMyTasks({ actor }))]);
  const total = totalTasks(Object.fromEntries(groups.map((g) => [g.kind, g.count])) as Partial<Record<TaskKind, number>>);

  const what = (item: TaskItem) => {
    const parts = [
      item.issueNumber !== null && t('issue', { number: item.issueNumber }),
      item.page && t('page', { number: String(item.page.number).padStart(2, '0'), name: item.page.name }),
      item.title,
    ].filter(Boolean);
    return parts.join(' ');
  };

  return (
    <div className="max-w-4xl">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-neutral-600" data-testid="tasks-summary">
        {total === 0 ? t('none') : t('summary', { count: total })}
      </p>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`tasks-${group.kind}`} className="mb-6" data-testid={`tasks-${group.kind}`}>
          <h2 id={`tasks-${group.kind}`} className="mb-2 font-bold">
            {t(`kinds.${group.kind}`)} <span className="font-normal text-neutral-600">{t('groupCount', { count: group.count })}</span>
          </h2>
          {group.items.length === 0 ? (
            <p className="text-sm text-neutral-600">{t('groupEmpty')}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {group.items.map((item) => (
                <li key={item.id} className="rounded border border-neutral-200 p-3 text-sm" data-testid="task-item">
                  <Link href={item.href} className="font-bold text-blue-800 hover:underline">
                    {what(item) || t('untitled')}
                  </Link>
                  {item.quote && <p className="mt-1 text-neutral-600">{t('quote', { quote: item.quote })}</p>}
                  {item.why && <p className="mt-1">{t(`why.${group.kind}`, { text: item.why })}</p>}
                  {(item.who || item.at) && (
                    <p className="mt-1 text-neutral-600">
                      {item.who && item.at ? t(`who.${group.kind}`, { name: item.who, time: formatTime(item.at) }) : item.at ? formatTime(item.at) : item.who}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {group.count > group.items.length && <p className="mt-2 text-sm text-neutral-600">{t('more', { shown: group.items.length, count: group.count })}</p>}
        </section>
      ))}
    </div>
  );
}
