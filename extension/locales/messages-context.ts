import { createContext, useContext } from 'react';
import type { Messages } from './en.ts';
import { getMessages } from './language.ts';

// The browser's language by default; tests and previews provide another dictionary.
export const MessagesContext = createContext<Messages>(getMessages());

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
