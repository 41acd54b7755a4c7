import { describeCode } from '../../locales/describe-failure.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface ShipmentProblemProps {
  problem: { code: string; message: string };
}

// What needs the seller, or what keeps retrying. The server's own sentence can name things the
// translation cannot (Shipentegra's order number, Amazon's reason), so a translated problem
// keeps it beneath, marked as English.
export function ShipmentProblem({ problem }: ShipmentProblemProps) {
  const t = useMessages();
  const text = describeCode(problem.code, problem.message, t);
  const isTranslated = text !== problem.message;

  return (
    <div role="alert" data-code={problem.code}>
      <p>{`${t.labelPanel.shipment.problem}: ${text}`}</p>
      {isTranslated && (
        <p className="muted" lang="en">
          {problem.message}
        </p>
      )}
    </div>
  );
}
