import { useEffect, useMemo, useState } from 'react';
import { deferredModule, useDeferredModule } from '@/lib/deferred.ts';
import type { JsonOutputFormat } from '../lib/json-output-format.ts';
import type { StructuredOutputCheck } from '../lib/structured-output.ts';

type Checker =
  | { kind: 'in-page'; check: (format: JsonOutputFormat, text: string) => StructuredOutputCheck }
  | {
      kind: 'worker';
      check: (format: JsonOutputFormat, text: string) => Promise<StructuredOutputCheck>;
    };

// ajv is loaded only once a run asks for JSON output: most first pages never need it. In a
// browser it runs in a worker, since compiling a schema needs eval, which the page's Content
// Security Policy forbids; where there are no workers (tests), in the page.
const validator = deferredModule<Checker>(() =>
  typeof Worker === 'undefined'
    ? import('../lib/structured-output.ts').then((m) => ({
        kind: 'in-page',
        check: m.checkStructuredOutput,
      }))
    : import('../lib/structured-output-worker-client.ts').then((m) => ({
        kind: 'worker',
        check: m.checkInWorker,
      })),
);

interface WorkerVerdict {
  format: JsonOutputFormat;
  text: string;
  check: StructuredOutputCheck;
}

/**
 * The verdict on the final text (null while streaming or with no text); 'checking' while the
 * validator is still loading or working. The load starts as soon as the view shows, so it is
 * usually in by the time the run is done.
 */
export function useStructuredOutputCheck(
  format: JsonOutputFormat,
  text: string,
  done: boolean,
): StructuredOutputCheck | 'checking' | null {
  const { module, failed } = useDeferredModule(validator);
  const wanted = done && text !== '';
  const [verdict, setVerdict] = useState<WorkerVerdict | null>(null);
  useEffect(() => {
    if (!wanted || module?.kind !== 'worker') return;
    let live = true;
    module.check(format, text).then(
      (check) => live && setVerdict({ format, text, check }),
      (error: unknown) =>
        live &&
        setVerdict({
          format,
          text,
          check: {
            status: 'schema-error',
            message: `the validator could not run (${error instanceof Error ? error.message : String(error)})`,
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted, module, format, text]);
  return useMemo(() => {
    if (!wanted) return null;
    if (module?.kind === 'in-page') return module.check(format, text);
    if (module)
      return verdict?.format === format && verdict.text === text ? verdict.check : 'checking';
    return failed
      ? { status: 'schema-error', message: 'the validator could not be loaded; reload the page' }
      : 'checking';
  }, [wanted, module, failed, format, text, verdict]);
}
