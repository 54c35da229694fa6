/**
 * The error `run` throws, which must be an instance of `type`: any other error is thrown on (so
 * that the test shows it), and a `run` that returns is a failure of its own.
 */
export function thrownBy<Thrown>(
  run: () => unknown,
  type: abstract new (...args: never[]) => Thrown,
): Thrown {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`${type.name} expected, but nothing was thrown`);
}

/** The error `run` throws, whatever it is; a `run` that returns is a failure. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('an error expected, but nothing was thrown');
}
