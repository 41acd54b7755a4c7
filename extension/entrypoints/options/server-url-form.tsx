import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { serverUrlQueryOptions } from '../../api/settings-queries.ts';
import { ServerHealthStatus } from '../../components/server-health-status.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { normalizeServerUrl } from '../../settings/server-url.ts';
import { serverUrlItem } from '../../settings/settings-items.ts';

export function ServerUrlForm() {
  const t = useMessages();
  const queryClient = useQueryClient();
  const saved = useQuery(serverUrlQueryOptions());
  const [draft, setDraft] = useState<string>();
  const [hasProblem, setHasProblem] = useState(false);
  const inputId = useId();
  const problemId = useId();

  const save = useMutation({
    mutationFn: (serverUrl: string) => serverUrlItem.setValue(serverUrl),
    onSuccess: async () => {
      setDraft(undefined);
      await queryClient.invalidateQueries({ queryKey: ['settings'] });
      await queryClient.invalidateQueries({ queryKey: ['server'] });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const serverUrl = normalizeServerUrl(draft ?? saved.data ?? '');
    setHasProblem(!serverUrl);
    if (serverUrl) {
      save.mutate(serverUrl);
    }
  };

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t.serverUrl.heading}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t.serverUrl.label}</label>
        <input
          id={inputId}
          type="url"
          value={draft ?? saved.data ?? ''}
          onChange={(event) => setDraft(event.target.value)}
          aria-invalid={hasProblem ? true : undefined}
          aria-describedby={hasProblem ? problemId : undefined}
        />
        {hasProblem && (
          <p id={problemId} role="alert">
            {t.serverUrl.invalid}
          </p>
        )}
        <button type="submit" disabled={save.isPending}>
          {t.serverUrl.save}
        </button>
        {save.isSuccess && <span role="status">{t.serverUrl.saved}</span>}
      </form>
      <ServerHealthStatus />
    </section>
  );
}
