import type { DiffSegment } from '@/lib/domain/char-diff';

/** A character-level comparison: removed text struck through in red, added text in green. */
export function DiffView({ segments, label }: { segments: DiffSegment[]; label: string }) {
  return (
    <div aria-label={label} className="whitespace-pre-wrap break-all rounded border border-neutral-200 bg-neutral-50 p-2 font-serif text-sm leading-relaxed">
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'added' ? (
          <ins key={index} className="bg-green-100 text-green-900 no-underline" data-diff="added">
            {segment.text}
          </ins>
        ) : (
          <del key={index} className="bg-red-100 text-red-900" data-diff="removed">
            {segment.text}
          </del>
        ),
      )}
    </div>
  );
}
