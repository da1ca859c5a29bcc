import { Badge } from '@/components/ui/badge';
import { getTranslations } from '@/lib/i18n/server';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

const TONE = { DRAFT: 'neutral', FILED: 'blue', EDITED: 'blue', READY: 'amber', PLACED: 'amber', PUBLISHED: 'green', SENT_BACK: 'red' } as const;

export async function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  const t = await getTranslations('articleStatus');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
