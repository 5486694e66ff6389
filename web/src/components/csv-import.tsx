// Import a role's candidates from a CSV file (label or name, email, names,
// repositories); any bad row is listed with its line and nothing is created.
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.js';
import { Button, ErrorMessage, Field, Notice } from './ui.js';

export function CsvImport({ roleId, onImported }: { roleId: string; onImported: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; rows: Array<{ line: number; message: string }> }>();
  const [created, setCreated] = useState<number>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const answer = await api.postCsv<{ created: Array<{ id: string; label: string }> }>(`/roles/${roleId}/import`, await file.text());
      setCreated(answer.created.length);
      setFile(null);
      setKey((k) => k + 1);
      await onImported();
    } catch (err) {
      setError(err instanceof ApiError ? { message: err.message, rows: err.rows } : { message: 'the file could not be read', rows: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="upload csv-import">
      <Field label="Import candidates (CSV)" hint="Columns: label or name, email, names, repositories. A header row first; up to 500 rows.">
        {({ id, describedBy }) => <input key={key} id={id} type="file" accept=".csv,text/csv" aria-describedby={describedBy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <Button type="submit" busy={busy} disabled={!file}>
        Import
      </Button>
      {created !== undefined && <Notice tone="success">{created} candidate{created === 1 ? '' : 's'} added. Upload their files and screen them from their pages.</Notice>}
      {error && (
        <ErrorMessage>
          {error.message}
          {error.rows.length > 0 && (
            <ul className="plain-list">
              {error.rows.slice(0, 20).map((r) => (
                <li key={r.line}>
                  line {r.line}: {r.message}
                </li>
              ))}
            </ul>
          )}
        </ErrorMessage>
      )}
    </form>
  );
}
