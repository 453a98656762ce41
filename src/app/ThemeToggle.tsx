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
const LABEL: Record<ThemePreference, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};
const ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const [preference, setPreference] = useState(readThemePreference);
  const choose = () => {
    const next = NEXT[preference];
    setPreference(next);
    writeThemePreference(next);
    applyTheme(next);
  };
  return (
    <Button
      size="medium"
      onClick={choose}
      aria-label={`${LABEL[preference]}; switch to ${LABEL[NEXT[preference]].toLowerCase()}`}
      data-theme-preference={preference}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {LABEL[preference]}
    </Button>
  );
}
