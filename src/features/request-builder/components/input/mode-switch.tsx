import { Button } from '@/components/ui/button.tsx';

export type InputMode = 'text' | 'items';

interface ModeSwitchProps {
  mode: InputMode;
  /** Why the items cannot become text without a loss; null when they can. */
  textBlocker: string | null;
  onText: () => void;
  onItems: () => void;
}

/** Text (a string) or Items (messages with roles and parts). */
export function ModeSwitch({ mode, textBlocker, onText, onItems }: ModeSwitchProps) {
  const size = 'px-2! py-0.5! text-xs';
  return (
    <div role="group" aria-label="input mode" className="inline-flex gap-1">
      <Button
        variant={mode === 'text' ? 'primary' : 'secondary'}
        className={size}
        aria-pressed={mode === 'text'}
        disabled={mode === 'items' && textBlocker !== null}
        title={
          mode === 'items' && textBlocker !== null
            ? `${textBlocker} Switching would lose it.`
            : 'input as a plain string: one user message'
        }
        onClick={() => {
          if (mode !== 'text') onText();
        }}
      >
        Text
      </Button>
      <Button
        variant={mode === 'items' ? 'primary' : 'secondary'}
        className={size}
        aria-pressed={mode === 'items'}
        title="input as a list of messages with roles, text, images and files"
        onClick={() => {
          if (mode !== 'items') onItems();
        }}
      >
        Items
      </Button>
    </div>
  );
}
