import { useRouter } from '../router/router';
import type { View } from '../router/view';

// "‹ Back to …": a link-styled button whose chevron points to the reading start (mirrored in RTL).
export function BackLink({ to, label }: { to: View; label: string }) {
  const { navigate } = useRouter();
  return (
    <button type="button" className="back-link link-button" onClick={() => navigate(to)}>
      <span className="chevron chevron--start" aria-hidden="true" />
      {label}
    </button>
  );
}
