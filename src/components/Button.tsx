import type { ButtonHTMLAttributes, Ref } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** The button element, for a control that gives the focus back to it. */
  readonly ref?: Ref<HTMLButtonElement>;
  /** 'small' in toolbars and lists, 'medium' for a panel's main actions. */
  readonly size?: 'small' | 'medium';
  /** 'danger' for an action that removes something (it can be undone, but it reads red). */
  readonly tone?: 'neutral' | 'danger';
};

const SIZES = { small: 'px-2.5 py-1', medium: 'px-3 py-1.5' } as const;
const TONES = {
  neutral: 'border-slate-300 dark:border-slate-700',
  danger: 'border-rose-300 text-rose-800 dark:border-rose-800 dark:text-rose-300',
} as const;

/**
 * Fil's outlined button: one look for every button that was styled by hand in five places.
 * `type` defaults to "button" (not the browser's "submit"); both `disabled` and `aria-disabled`
 * dim it (prefer aria-disabled where the button keeps the focus, as a pager's does).
 */
export function Button({
  size = 'small',
  tone = 'neutral',
  type = 'button',
  className = '',
  ...rest
}: Props) {
  return (
    <button
      type={type}
      className={`rounded-md border text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-transparent dark:hover:bg-slate-800 ${SIZES[size]} ${TONES[tone]} ${className}`}
      {...rest}
    />
  );
}
