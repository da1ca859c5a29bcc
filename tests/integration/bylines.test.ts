// A byline typed as the paper prints it (title, spacing, brackets) is stored as
// typed, printed as typed, and still links each reporter to their staff account.
import { describe, expect, it } from 'vitest';
import { datelineWithByline } from '@/lib/domain/bylines';
import { createArticle } from '@/lib/server/article/create-article';
import { getArticle } from '@/lib/server/article/get-article';
import { splitBylineNames } from '@/lib/domain/article-workflow';
import { actorFor } from '../support/actors';
import { storyInput } from '../support/stories';

describe('bylines as typed', () => {
  it('keep the title and spacing typed, and link the reporter named after the title', async () => {
    const reporter = await actorFor('reporter');
    const typed = splitBylineNames('(记者 周明远 何雨桐)');
    const { id } = await createArticle({ actor: reporter, input: { ...storyInput('署名照报上印法'), bylines: typed } });
    const article = await getArticle({ actor: reporter, articleId: id });
    expect(article.bylines.map((b) => b.name)).toEqual(['(记者', '周明远', '何雨桐)']);
    expect(article.bylines[0].staffId).toBeNull();
    expect(article.bylines[1].staffId).toBe(reporter.id);
    expect(article.bylines[2].staffId).not.toBeNull();
    expect(datelineWithByline(article.dateline, article.bylines.map((b) => b.name))).toBe('本报讯(记者 周明远 何雨桐)');

    const glued = await createArticle({ actor: reporter, input: { ...storyInput('称谓连写'), bylines: splitBylineNames('记者周明远') } });
    const stored = await getArticle({ actor: reporter, articleId: glued.id });
    expect(stored.bylines).toMatchObject([{ name: '记者周明远', staffId: reporter.id }]);
  });
});
