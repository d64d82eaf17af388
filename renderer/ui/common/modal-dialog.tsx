import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly onClose: () => void;
  readonly className?: string;
}

// A native modal <dialog>: focus is trapped inside, Escape closes it, and focus returns to
// whatever opened it.
export function ModalDialog({ title, children, onClose, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Who had the focus before the dialog opened, read once before it opens: an effect that runs
  // twice (React's StrictMode, as under `npm start`) would find the focus already inside.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      // The dialog is closed first: while a modal dialog is open, nothing outside takes focus.
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={className ? `modal ${className}` : 'modal'}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
