// Arbitrary JavaScript values for the fuzz tests of every package (issue 16): not only JSON, but
// getters that throw, proxies (revoked ones too), sparse arrays, an overwritten `constructor`,
// symbols, functions, bigints, and near-valid inputs with one such value put somewhere inside.
import fc from 'fast-check';

const boom = () => {
  throw new Error('hostile getter');
};

/** A hostile value, made when the test runs (fast-check itself would trip over a revoked Proxy). */
export type Make = () => unknown;

const revoked =
  (target: object): Make =>
  () => {
    const revocable = Proxy.revocable(target, {});
    revocable.revoke();
    return revocable.proxy;
  };

/** Values no JSON parser makes, each one a way a public function has been broken before. */
const exoticMakers: Record<string, Make> = {
  undefined: () => undefined,
  nan: () => Number.NaN,
  infinity: () => Number.POSITIVE_INFINITY,
  minusZero: () => -0,
  bigint: () => 10n ** 30n,
  symbol: () => Symbol('hostile'),
  func: () => () => 1,
  invalidDate: () => new Date(Number.NaN),
  map: () => new Map([['a', 1]]),
  nullPrototype: () => Object.create(null),
  inherited: () => Object.create({ inherited: 1 }),
  replacementPatterns: () => "$&$`$'$$",
  longText: () => 'x'.repeat(100_000),
  controlText: () => '\u0000\ud800\uffff\r\n',
  sparse: () => new Array(100_000_000),
  smallSparse: () => {
    const list = [1, 2, 3];
    delete list[1];
    return list;
  },
  throwingGetter: () => Object.defineProperty({}, 'answers', { enumerable: true, get: boom }),
  throwingListGetter: () => Object.defineProperty([1], '0', { enumerable: true, get: boom }),
  speciesConstructor: () =>
    Object.defineProperty([1], 'constructor', { value: { [Symbol.species]: boom } }),
  constructorKey: () => Object.assign([1, 2], { constructor: 'overwritten' }),
  protoKey: () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}'),
  revokedObject: revoked({}),
  revokedList: revoked([]),
  throwingProxy: () =>
    new Proxy({}, { ownKeys: boom, get: boom, has: boom, getOwnPropertyDescriptor: boom }),
  throwingListProxy: () => new Proxy([1, 2, 3], { get: boom }),
  symbolKey: () => ({ [Symbol('key')]: 1, plain: 2 }),
};

const exoticValue: fc.Arbitrary<Make> = fc.constantFrom(...Object.values(exoticMakers));

/** Any value, made at run time: JSON-like, JavaScript-only, or exotic. */
export const hostileValue: fc.Arbitrary<Make> = fc.oneof(
  { weight: 3, arbitrary: exoticValue },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        maxDepth: 3,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withTypedArray: true,
        withObjectString: true,
      })
      .map((value) => () => value),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => () => value) },
);

/** Paths inside `value` (its own keys and indexes): every node, and the objects among them. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out = { nodes: [] as (string | number)[][], objects: [] as (string | number)[][] },
) {
  out.nodes.push(prefix);
  if (value !== null && typeof value === 'object' && prefix.length < 4) {
    out.objects.push(prefix);
    for (const key of Object.keys(value)) {
      const index = Array.isArray(value) ? Number(key) : key;
      pathsOf((value as Record<string, unknown>)[key], [...prefix, index], out);
    }
  }
  return out;
}

/** A deep copy of `value` with `replacement` put at `path` (the whole value for `[]`). */
function withValueAt(value: unknown, path: readonly (string | number)[], replacement: unknown) {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  try {
    Object.defineProperty(node, path[path.length - 1] as string | number, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } catch {
    // A key the node cannot take so (an array's `length` set to a non-length): left as it was.
  }
  return copy;
}

/**
 * A valid input with one hostile value put anywhere in it (or under a new key), or a hostile value
 * alone: reaches the checks deep inside an entry point, which a value hostile from the top is
 * refused before. Made when the test runs.
 */
export function nearValid(valid: unknown): fc.Arbitrary<Make> {
  const { nodes, objects } = pathsOf(valid);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...nodes), hostileValue).map(
      ([path, make]) =>
        () =>
          withValueAt(valid, path, make()),
    ),
    fc.tuple(fc.constantFrom(...objects), fc.string({ maxLength: 20 }), hostileValue).map(
      ([path, key, make]) =>
        () =>
          withValueAt(valid, [...path, key], make()),
    ),
    hostileValue,
  );
}

/** The most characters a message may have, whatever the input: a few quotes of 100 characters. */
export const maxMessageLength = 2_000;

/**
 * Calls `run` and checks that it either returns or throws one of `typed`, with a bounded message
 * and, where the error lists issues, at most 100 of them, each with a bounded message.
 */
export async function expectOnlyTypedErrors(
  run: () => unknown,
  typed: readonly (abstract new (...args: never[]) => Error)[],
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!typed.some((type) => error instanceof type)) {
      throw new Error(`an untyped error came out: ${String((error as Error)?.stack ?? error)}`);
    }
    const { message, issues } = error as Error & { issues?: readonly { message: string }[] };
    if (message.length > maxMessageLength)
      throw new Error(`a message of ${message.length} characters`);
    if (issues !== undefined) {
      if (issues.length > 100) throw new Error(`${issues.length} issues`);
      for (const issue of issues)
        if (issue.message.length > maxMessageLength / 2)
          throw new Error(`an issue message of ${issue.message.length} characters`);
    }
  }
}
