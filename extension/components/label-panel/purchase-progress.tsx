import {
  LABEL_PURCHASE_STEPS as PURCHASE_STEPS,
  type ShipmentStep,
  type ShipmentView,
} from '../../../shared/api/shipments.ts';
import { useMessages } from '../../locales/messages-context.ts';

type StepState = 'done' | 'current' | 'pending';

export function isLabelInProgress(shipment: ShipmentView): boolean {
  return (
    shipment.state !== 'failed' && (PURCHASE_STEPS as readonly string[]).includes(shipment.step)
  );
}

interface PurchaseProgressProps {
  // Undefined before the server has recorded the attempt: the first step is under way.
  step: ShipmentStep | undefined;
}

// Each step as done, current or waiting, in words as well as marks so a screen reader hears it.
export function PurchaseProgress({ step }: PurchaseProgressProps) {
  const t = useMessages();
  const words = t.labelPanel.purchase;
  const found = (PURCHASE_STEPS as readonly string[]).indexOf(step ?? PURCHASE_STEPS[0]);
  const current = found === -1 ? PURCHASE_STEPS.length : found;

  return (
    <ol className="steps" aria-label={words.progress}>
      {PURCHASE_STEPS.map((name, index) => {
        const state: StepState =
          index < current ? 'done' : index === current ? 'current' : 'pending';

        return (
          <li
            key={name}
            data-step={name}
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {`${words.steps[name]}: ${words.stepStates[state]}`}
          </li>
        );
      })}
    </ol>
  );
}

interface StepAnnouncerProps {
  // The step under way, or undefined when no label is being bought.
  step: ShipmentStep | undefined;
  isBuying: boolean;
}

// Screen readers hear a live region only when its text changes while it is on the page, and the
// visible list is replaced when the purchase's own answer gives way to the shipment's: this
// region stays put for the whole purchase and says each step as it starts.
export function StepAnnouncer({ step, isBuying }: StepAnnouncerProps) {
  const t = useMessages();
  const words = t.labelPanel.purchase;
  const current = step ?? (isBuying ? PURCHASE_STEPS[0] : undefined);
  const isAnnounced =
    current !== undefined && (PURCHASE_STEPS as readonly string[]).includes(current);

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {isAnnounced ? `${words.progress}: ${words.steps[current]}` : ''}
    </p>
  );
}
