import type { ReactNode } from 'react';
import { StaffLanguage } from '@/components/staff-language';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <StaffLanguage>{children}</StaffLanguage>;
}
