import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useState } from 'react';
import {
  readThemePreference,
  writeThemePreference,
  type ThemePreference,
} from '../library/preferences';
import { applyTheme } from './theme';
import { Button } from '../components/Button';

const NEXT: Record<ThemePreference, ThemePreference> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
};
const LABEL: Record<ThemePreference, MessageDescriptor> = {
  system: msg({ message: 'System theme', comment: 'the theme button’s label: follows the system' }),
  light: msg({ message: 'Light theme', comment: 'the theme button’s label' }),
  dark: msg({ message: 'Dark theme', comment: 'the theme button’s label' }),
};
// Whole sentences, one per state: each must begin with (or at least contain) that state's label
// as translated above, so that the button's name holds what it shows (WCAG 2.5.3).
const NAME: Record<ThemePreference, MessageDescriptor> = {
  system: msg({
    message: 'System theme; switch to light theme',
    comment: 'the theme button’s name: must contain the label “System theme” as translated',
  }),
  light: msg({
    message: 'Light theme; switch to dark theme',
    comment: 'the theme button’s name: must contain the label “Light theme” as translated',
  }),
  dark: msg({
    message: 'Dark theme; switch to system theme',
    comment: 'the theme button’s name: must contain the label “Dark theme” as translated',
  }),
};
const ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

/** The button's visible label and its accessible name for a preference, in the interface language. */
export function themeLabels(preference: ThemePreference): { label: string; name: string } {
  return { label: i18n._(LABEL[preference]), name: i18n._(NAME[preference]) };
}

export function ThemeToggle() {
  const [preference, setPreference] = useState(readThemePreference);
  const choose = () => {
    const next = NEXT[preference];
    setPreference(next);
    writeThemePreference(next);
    applyTheme(next);
  };
  const { label, name } = themeLabels(preference);
  return (
    <Button size="medium" onClick={choose} aria-label={name} data-theme-preference={preference}>
      <span aria-hidden="true">{ICON[preference]}</span>{' '}
      {/* On a phone the icon alone, so that the header stays one line in every language. */}
      <span className="max-sm:sr-only">{label}</span>
    </Button>
  );
}
