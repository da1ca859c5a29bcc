// A scheduled issue is signed and waiting for its time: nothing on its pages may
// change any more, by any route, until the chief editor takes the schedule back.
import { beforeAll, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { moveArticle } from '@/lib/server/article/move-article';
import { restoreRevision } from '@/lib/server/article/restore-revision';
import { updateArticle } from '@/lib/server/article/update-article';
import { addGuidePick } from '@/lib/server/issue/add-guide-pick';
import { addPage } from '@/lib/server/issue/add-page';
import { changePageTemplate } from '@/lib/server/issue/change-page-template';
import { continueArticle } from '@/lib/server/issue/continue-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { movePage } from '@/lib/server/issue/move-page';
import { movePlacement } from '@/lib/server/issue/move-placement';
import { placeArticle } from '@/lib/server/issue/place-article';
import { removePage } from '@/lib/server/issue/remove-page';
import { removePlacement } from '@/lib/server/issue/remove-placement';
import { cancelSchedule, scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { sendBackIssue } from '@/lib/server/issue/send-back-issue';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { sendBackPage, signPage } from '@/lib/server/issue/sign-page';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { undoSignOff } from '@/lib/server/issue/undo-sign-off';
import { listTemplates } from '@/lib/server/template/list-templates';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { storyInput } from '../support/stories';
import { nextIssueSlot } from '../support/issue-slots';

let reporter: Actor, editor: Actor, pageEditor: Actor, chief: Actor;
beforeAll(async () => {
  [reporter, editor, pageEditor, chief] = await Promise.all((['reporter', 'editor', 'pageEditor', 'chiefEditor'] as const).map((key) => actorFor(key)));
});

/** Everything a reader of the issue would see, and its signatures. */
async function snapshot(issueId: string) {
  const db = testDb();
  const issue = await db.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      status: true, publishAt: true, signedOffAt: true, number: true, date: true,
      pages: {
        orderBy: { number: 'asc' },
        select: {
          id: true, number: true, name: true, signedAt: true, templateId: true,
          slots: { orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true, guidePicks: true, column: true, row: true, columns: true, rows: true, placement: { select: { articleId: true, part: true, article: { select: { headline: true, body: true, version: true, status: true } } } } } },
        },
      },
    },
  });
  await db.$disconnect();
  return issue;
}

const refusedBecauseItWentOut = (promise: Promise<unknown>) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof AppError && ['issueLocked', 'articleLockedBySignOff', 'issueNotAwaitingSignOff', 'issueStateChanged', 'articleNotPlaceable', 'articleAlreadyPlaced', 'articleStateChanged'].includes(error.messageKey));

it('refuses every change to the stories and layout of a scheduled issue', async () => {
  const defaults = await getNewIssueDefaults({ actor: pageEditor });
  const { templates } = await listTemplates({ actor: pageEditor, publicationId: defaults.publication.id });
  const guideTemplate = templates.find((t) => t.slots.some((slot) => slot.kind === 'GUIDE'));
  const plainTemplate = templates.find((t) => t.id !== guideTemplate?.id) ?? templates[0];
  const issue = await createIssue({
    actor: pageEditor,
    input: {
      publicationId: defaults.publication.id,
      ...(await nextIssueSlot(defaults.publication.id)),
      pages: [
        { name: '要闻', editorId: null, artEditorId: null, templateId: guideTemplate?.id ?? null },
        { name: '综合', editorId: null, artEditorId: null, templateId: plainTemplate.id },
      ],
    },
  });
  const [onPage, waiting] = await Promise.all([createArticle({ actor: reporter, input: storyInput('定时期次上的稿件') }), createArticle({ actor: reporter, input: storyInput('等待组版的稿件') })]);
  await Promise.all([fileArticle({ actor: reporter, articleId: onPage.id }), fileArticle({ actor: reporter, articleId: waiting.id })]);
  const planned = await getIssue({ actor: pageEditor, issueId: issue.id });
  const storySlot = (page: (typeof planned.pages)[number], skip = 0) => page.slots.filter((slot) => slot.kind === 'STORY')[skip];
  const placement = await placeArticle({ actor: pageEditor, slotId: storySlot(planned.pages[0]).id, articleId: onPage.id });
  await submitIssue({ actor: pageEditor, issueId: issue.id });
  for (const page of planned.pages) await signPage({ actor: chief, pageId: page.id });
  await signOffIssue({ actor: chief, issueId: issue.id });
  await scheduleIssue({ actor: chief, issueId: issue.id, publishAt: new Date(Date.now() + 86_400_000) });

  const before = await snapshot(issue.id);
  const [first, second] = before.pages;
  const db = testDb();
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: onPage.id }, select: { id: true } });
  const version = (await db.article.findUniqueOrThrow({ where: { id: onPage.id }, select: { version: true } })).version;
  await db.$disconnect();
  const guideSlot = first.slots.find((slot) => slot.kind === 'GUIDE');

  await refusedBecauseItWentOut(updateArticle({ actor: editor, input: { ...storyInput('定时后改标题'), id: onPage.id, version } }));
  await refusedBecauseItWentOut(restoreRevision({ actor: editor, input: { id: onPage.id, revisionId: revision.id, version } }));
  await refusedBecauseItWentOut(moveArticle({ actor: editor, articleId: onPage.id, move: 'sendBack', reason: '撤稿' }));
  await refusedBecauseItWentOut(placeArticle({ actor: pageEditor, slotId: storySlot(planned.pages[1]).id, articleId: waiting.id }));
  await refusedBecauseItWentOut(removePlacement({ actor: pageEditor, placementId: placement.id }));
  await refusedBecauseItWentOut(movePlacement({ actor: pageEditor, placementId: placement.id, fromSlotId: storySlot(planned.pages[0]).id, toSlotId: storySlot(planned.pages[1]).id, toPlacementId: null }));
  await refusedBecauseItWentOut(continueArticle({ actor: pageEditor, placementId: placement.id, slotId: storySlot(planned.pages[1]).id }));
  await refusedBecauseItWentOut(addPage({ actor: pageEditor, input: { issueId: issue.id, name: '新增', templateId: plainTemplate.id, number: null } }));
  await refusedBecauseItWentOut(removePage({ actor: pageEditor, pageId: second.id, takeOffStories: true }));
  await refusedBecauseItWentOut(movePage({ actor: pageEditor, pageId: second.id, from: 2, to: 1 }));
  await refusedBecauseItWentOut(changePageTemplate({ actor: pageEditor, pageId: second.id, templateId: plainTemplate.id }));
  if (guideSlot) await refusedBecauseItWentOut(addGuidePick({ actor: pageEditor, input: { slotId: guideSlot.id, articleId: onPage.id, teaser: '导读' } }));
  await refusedBecauseItWentOut(signPage({ actor: chief, pageId: first.id }));
  await refusedBecauseItWentOut(sendBackPage({ actor: chief, pageId: first.id, reason: '退回', articleId: null }));
  await refusedBecauseItWentOut(undoSignOff({ actor: chief, issueId: issue.id, reason: '撤销' }));
  await refusedBecauseItWentOut(sendBackIssue({ actor: chief, issueId: issue.id, reason: '退回' }));
  await refusedBecauseItWentOut(submitIssue({ actor: pageEditor, issueId: issue.id }));

  expect(await snapshot(issue.id)).toEqual(before);

  // Taken back before its time, it is signed off again and may change once more.
  await cancelSchedule({ actor: chief, issueId: issue.id });
  await updateArticle({ actor: editor, input: { ...storyInput('撤回定时后改标题'), id: onPage.id, version } });
  const after = await snapshot(issue.id);
  expect(after.status).toBe('AWAITING_SIGN_OFF');
  expect(after.pages[0].slots.find((slot) => slot.placement)?.placement?.article.headline).toBe('撤回定时后改标题');
});
