import { useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

interface ButtonFocusProps {
  ref: RefObject<HTMLButtonElement | null>;
  onFocus: () => void;
  onBlur: (e: FocusEvent<HTMLButtonElement>) => void;
}

/**
 * Keeps focus on the run buttons as they trade places: Send disables itself when a run starts and
 * Stop when it ends, and a focused button that becomes disabled drops focus to <body>. Focus moves
 * to Stop when a run starts (if it was on Send) and back to Send when the run ends (if it was on
 * Stop, or was dropped by either button); focus anywhere else is left alone.
 */
export function useRunButtonFocus(running: boolean): {
  send: ButtonFocusProps;
  stop: ButtonFocusProps;
} {
  const sendRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  // Which button focus was last on, until it leaves for something else. Needed because a button
  // that becomes disabled loses focus on its own, so activeElement is <body> by the time we look.
  const lastRef = useRef<'send' | 'stop' | null>(null);
  const wasRunning = useRef(running);

  // A layout effect: focus moves before the browser paints the swap, never via a frame on <body>.
  useLayoutEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    const active = document.activeElement;
    const dropped = active === null || active === document.body;
    if (running) {
      if (active === sendRef.current || (dropped && lastRef.current === 'send'))
        stopRef.current?.focus();
    } else if (active === stopRef.current || (dropped && lastRef.current !== null)) {
      sendRef.current?.focus();
    }
  }, [running]);

  // Leaving because it was disabled is not the user moving on: keep the memory then.
  const onBlur = (e: FocusEvent<HTMLButtonElement>) => {
    if (!e.currentTarget.disabled) lastRef.current = null;
  };
  return {
    send: {
      ref: sendRef,
      onFocus: () => {
        lastRef.current = 'send';
      },
      onBlur,
    },
    stop: {
      ref: stopRef,
      onFocus: () => {
        lastRef.current = 'stop';
      },
      onBlur,
    },
  };
}
