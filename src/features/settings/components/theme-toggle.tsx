import { useUiStore, type Theme } from '@/stores/ui-store.ts';

const next: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const icons: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const theme = useUiStore((s) => s.theme);
  const themeChosen = useUiStore((s) => s.themeChosen);
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Theme: ${theme}`}
      title={`Theme: ${theme} (click for ${next[theme]})`}
      onClick={() => themeChosen(next[theme])}
    >
      <span aria-hidden>{icons[theme]}</span> <span className="text-xs">{theme}</span>
    </button>
  );
}
