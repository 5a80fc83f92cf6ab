/**
 * Runs `run` with stack traces off. The YAML library and zod build an Error for every problem
 * they find, and V8 records a stack trace in each: on a text with a problem on every line, that
 * is most of the time spent. Nothing here reads those traces. (Synchronous, so nothing else runs
 * meanwhile; the previous setting is always restored.)
 */
export function withoutStackTraces<T>(run: () => T): T {
  const previous = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = previous;
  }
}
