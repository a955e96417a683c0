import { notifications } from '@mantine/notifications';

/** Show a failed action to the user in plain words (the error messages are written for people). */
export function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title: 'That did not work', message, autoClose: 10_000, closeButtonProps: { 'aria-label': 'Dismiss' } });
  console.error(error);
}

/** Confirm a completed action. */
export function reportDone(title: string, message?: string): void {
  notifications.show({ color: 'teal', title, message: message ?? '', autoClose: 4000, closeButtonProps: { 'aria-label': 'Dismiss' } });
}
