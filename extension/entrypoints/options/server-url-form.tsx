import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { serverUrlQueryOptions } from '../../api/settings-queries.ts';
import { ServerHealthStatus } from '../../components/server-health-status.tsx';
import { normalizeServerUrl } from '../../settings/server-url.ts';
import { serverUrlItem } from '../../settings/settings-items.ts';

const INVALID_URL_MESSAGE =
  'Enter the address of your Kayistra server, such as https://kayistra.example.com ' +
  '(http only for this computer, such as http://127.0.0.1:8787).';

export function ServerUrlForm() {
  const queryClient = useQueryClient();
  const saved = useQuery(serverUrlQueryOptions());
  const [draft, setDraft] = useState<string>();
  const [problem, setProblem] = useState<string>();
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
    setProblem(serverUrl ? undefined : INVALID_URL_MESSAGE);
    if (serverUrl) {
      save.mutate(serverUrl);
    }
  };

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Server</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Server URL</label>
        <input
          id={inputId}
          type="url"
          value={draft ?? saved.data ?? ''}
          onChange={(event) => setDraft(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        {problem && (
          <p id={problemId} role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={save.isPending}>
          Save server URL
        </button>
        {save.isSuccess && <span role="status">Saved.</span>}
      </form>
      <ServerHealthStatus />
    </section>
  );
}
