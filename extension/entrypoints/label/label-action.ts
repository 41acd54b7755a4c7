import { type LabelAction, LabelActionSchema } from '../../api/messages.ts';

// The address is the page's input like any other: anyone can type `?action=`, so only the
// actions we know are taken, and anything else only shows the label.
export function readLabelAction(value: string | null): LabelAction {
  const action = LabelActionSchema.safeParse(value);

  return action.success ? action.data : 'view';
}
