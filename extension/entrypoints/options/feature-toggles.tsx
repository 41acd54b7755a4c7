import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { disabledFeaturesQueryOptions } from '../../api/settings-queries.ts';
import { FEATURES } from '../../features/registry.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { switchFeature } from '../../settings/feature-switches.ts';
import { disabledFeaturesItem } from '../../settings/settings-items.ts';

// One switch per registered feature. Content scripts read them at each page view, so a change
// applies from the next Seller Central page on.
export function FeatureToggles() {
  const t = useMessages();
  const queryClient = useQueryClient();
  const disabled = useQuery(disabledFeaturesQueryOptions());
  const id = useId();

  const save = useMutation({
    mutationFn: ({ featureId, isOn }: { featureId: string; isOn: boolean }) =>
      disabledFeaturesItem.setValue(switchFeature(disabled.data ?? [], featureId, isOn)),
    onSuccess: () => queryClient.invalidateQueries(disabledFeaturesQueryOptions()),
  });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.features.heading}</h2>
      <p className="hint">{t.features.intro}</p>
      <ul className="rows">
        {FEATURES.map((feature) => (
          <li key={feature.id}>
            <input
              id={`${id}-${feature.id}`}
              type="checkbox"
              checked={!(disabled.data ?? []).includes(feature.id)}
              disabled={disabled.isPending || save.isPending}
              onChange={(event) =>
                save.mutate({ featureId: feature.id, isOn: event.target.checked })
              }
            />
            <label htmlFor={`${id}-${feature.id}`} className="inline">
              {t.features.names[feature.id] ?? feature.id}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
