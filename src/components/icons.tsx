import type { ReactNode, SVGProps } from 'react';

// Inline SVG, 16px, drawn in currentColor: no icon library in the bundle. Decorative only; the text
// beside each icon carries the meaning.
const icon = (paths: ReactNode) =>
  function Icon(props: SVGProps<SVGSVGElement>) {
    return (
      <svg
        width="16"
        height="16"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths}
      </svg>
    );
  };

/** A check mark: selected, invited. */
export const CheckIcon = icon(<path d="M3 8.5 6.5 12 13 4.5" />);
/** A chevron: a select's trigger. */
export const ChevronDownIcon = icon(<path d="m4 6 4 4 4-4" />);
/** A cross: close, remove. */
export const CloseIcon = icon(<path d="m4 4 8 8m0-8-8 8" />);
/** A cross in a circle: a send that failed (a mistyped address gets the exclamation instead). */
export const XCircleIcon = icon(
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="m5.75 5.75 4.5 4.5m0-4.5-4.5 4.5" />
  </>,
);
/** An exclamation in a circle: needs a fix. */
export const AlertIcon = icon(
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M8 4.75v3.75m0 2.5v.01" />
  </>,
);
/** An i in a circle: already a member or invited (neutral). */
export const InfoIcon = icon(
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M8 7.25v4m0-6.5v.01" />
  </>,
);
/** A question mark in a circle: may have been sent. */
export const QuestionIcon = icon(
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M6.25 6.25a1.85 1.85 0 1 1 2.4 1.75c-.4.15-.65.5-.65.95v.3m0 2.25v.01" />
  </>,
);
/** A clock: waiting for a rate limit to pass. */
export const ClockIcon = icon(
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M8 4.75V8l2.25 1.5" />
  </>,
);
/** An open ring that the `ik-spin` class turns: sending. */
export const SpinnerIcon = icon(<path d="M8 1.75A6.25 6.25 0 1 1 1.75 8" />);
