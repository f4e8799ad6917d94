import type { SchemaProblem } from '@/api/schema/meta-validate.ts';

/** JSON and meta-schema problems under the editor, each with its line and column. */
export function SchemaProblems({
  id,
  label,
  problems,
}: {
  id: string;
  label: string;
  problems: readonly SchemaProblem[];
}) {
  if (problems.length === 0) return null;
  const parse = problems.find((p) => p.source === 'json');
  if (parse) {
    return (
      <p id={id} role="alert" className="text-xs text-red-700 dark:text-red-400">
        Invalid JSON at line {parse.line}, column {parse.column}: {parse.message}. The last valid
        schema is kept.
      </p>
    );
  }
  return (
    <ul
      id={id}
      aria-label={`${label} schema errors`}
      className="flex flex-col gap-0.5 text-xs text-red-700 dark:text-red-400"
    >
      {problems.map((p, i) => (
        <li key={i}>
          <span className="font-mono">
            {p.line}:{p.column}
          </span>{' '}
          {p.path === '' ? 'schema' : <code className="font-mono">{p.path}</code>} {p.message}
        </li>
      ))}
    </ul>
  );
}
