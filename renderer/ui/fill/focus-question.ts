import { questionDomId } from '../questions/question-frame';

// Brings a question into view and puts the keyboard on its first field, once it is rendered.
export function focusQuestion(questionId: string): void {
  requestAnimationFrame(() => {
    const frame = document.getElementById(questionDomId(questionId));
    if (!frame) return;
    frame.scrollIntoView({ block: 'center' });
    const field = frame.querySelector<HTMLElement>('input:not([hidden]), select, textarea, button');
    field?.focus({ preventScroll: true });
  });
}

// After moving to another provision, start reading at its heading.
export function focusProvisionHeading(provisionId: string, scroll = true): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(`provision-${provisionId}-title`);
    if (scroll) heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  });
}
