import { useId } from 'react';

interface ProgressBarProps {
  readonly label: string;
  readonly value: number;
  readonly max: number;
  // The value in words ("12 of 40 answered"), shown and read out.
  readonly text: string;
}

export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const id = useId();
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="progress">
      <span id={id} className="progress__label">
        {label}
      </span>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="progress__text">{text}</span>
    </div>
  );
}
