'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Editor } from '@tiptap/core';
import { insertImages, type UploadEvent } from './image-upload';

/** The toolbar's 插入图片: picks files, and shows upload progress and refusals for every way in (pick, drop, paste). */
export function ImageUploadButton({ editor }: { editor: Editor }) {
  const t = useTranslations('articles.image');
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<UploadEvent | null>(null);

  useEffect(() => {
    const listeners = editor.storage.imageUpload?.listeners;
    if (!listeners) return;
    const listener = (event: UploadEvent) => setStatus(event.state === 'done' ? null : event);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [editor]);

  return (
    <>
      <button type="button" onClick={() => fileInput.current?.click()} className="rounded px-2 py-1 text-sm hover:bg-neutral-100">
        {t('insert')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        multiple
        hidden
        data-testid="image-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void insertImages(editor, files);
        }}
      />
      {status?.state === 'uploading' && (
        <span role="status" className="self-center px-2 text-xs text-neutral-600">
          {t('uploading')}
        </span>
      )}
      {status?.state === 'error' && (
        <span role="alert" className="basis-full px-2 text-sm text-red-700" data-testid="image-upload-error">
          {status.message}
        </span>
      )}
    </>
  );
}
