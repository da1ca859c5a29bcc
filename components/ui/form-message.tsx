/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ status, message }: { status: 'idle' | 'success' | 'error'; message?: string }) {
  if (!message || status === 'idle') return null;
  const tone = status === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-800';
  return (
    <p role={status === 'error' ? 'alert' : 'status'} className={`rounded border px-3 py-2 text-sm ${tone}`}>
      {message}
    </p>
  );
}
