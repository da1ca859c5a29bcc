'use client';

import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { TextField } from '@/components/ui/field';
import { useSharedText } from './use-shared-text';

/** One part of the story (引题, 主题, 署名…) typed together: a text field bound to its Y.Text. */
export function SharedField({
  text,
  label,
  name,
  error,
  hint,
  readOnly,
  required,
  className,
}: {
  text: Y.Text;
  label: string;
  name: string;
  error?: string;
  hint?: (value: string) => ReactNode;
  readOnly: boolean;
  required?: boolean;
  className?: string;
}) {
  const bound = useSharedText(text);
  return (
    <TextField
      ref={bound.inputRef}
      label={label}
      name={name}
      value={bound.value}
      onChange={bound.onChange}
      onCompositionStart={bound.onCompositionStart}
      onCompositionEnd={bound.onCompositionEnd}
      error={error}
      hint={hint?.(bound.value)}
      readOnly={readOnly}
      required={required}
      className={className}
    />
  );
}
