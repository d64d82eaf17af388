// @vitest-environment happy-dom
import { act, StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ModalDialog } from '../../../renderer/ui/common/modal-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function Screen() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Rename
      </button>
      {open && (
        <ModalDialog title="Rename" onClose={() => setOpen(false)}>
          <input aria-label="Name" autoFocus />
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </ModalDialog>
      )}
    </>
  );
}

describe('modal dialog', () => {
  it('gives the focus back to the button that opened it, also under StrictMode', () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root?.render(
        <StrictMode>
          <Screen />
        </StrictMode>,
      ),
    );
    const opener = container.querySelector('button');
    opener?.focus();
    act(() => opener?.click());
    const dialog = container.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    container.querySelector<HTMLInputElement>('input')?.focus();
    const cancel = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Cancel',
    );
    act(() => cancel?.click());
    expect(container.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
