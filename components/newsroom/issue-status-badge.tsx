import { Badge } from '@/components/ui/badge';
import { getTranslations } from '@/lib/i18n/server';
import type { IssueStatus } from '@/lib/generated/prisma/enums';

const TONE = { PLANNING: 'neutral', AWAITING_SIGN_OFF: 'amber', SIGNED_OFF: 'blue', SCHEDULED: 'blue', PUBLISHED: 'green' } as const;

export async function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const t = await getTranslations('issueStatus');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
