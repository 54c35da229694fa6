import { Bench, type Fn } from 'tinybench';

/** The figures of one measured task, in milliseconds per iteration. */
export interface Measurement {
  readonly name: string;
  /** Iterations measured. */
  readonly samples: number;
  readonly median: number;
  readonly mean: number;
  readonly p99: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
}

export interface MeasureOptions {
  /** Time budget per task over all rounds, ms. */
  readonly time?: number;
  /** Minimum iterations per task per round. */
  readonly iterations?: number;
  /**
   * The tasks run in this many interleaved rounds (A, B, A, B, …), and each task's samples are
   * pooled: a machine that gets busier or quieter while the benchmark runs then weighs on every
   * task alike, instead of on whichever ran at that moment.
   */
  readonly rounds?: number;
  readonly warmupTime?: number;
  readonly warmupIterations?: number;
}

const quantile = (sorted: readonly number[], q: number) => {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
};

/**
 * Runs tasks with tinybench (each warmed up, then timed iterations, one latency sample per call),
 * in interleaved rounds, and returns each task's latency figures over all its samples.
 */
export async function measure(
  tasks: readonly { name: string; fn: Fn }[],
  options: MeasureOptions = {},
): Promise<Measurement[]> {
  const rounds = options.rounds ?? 5;
  const samples = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    const bench = new Bench({
      time: (options.time ?? 2500) / rounds,
      iterations: options.iterations ?? 16,
      warmup: true,
      warmupTime: round === 0 ? (options.warmupTime ?? 500) : 50,
      warmupIterations: round === 0 ? (options.warmupIterations ?? 16) : 2,
      retainSamples: true,
      throws: true,
    });
    for (const task of tasks) bench.add(task.name, task.fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      samples.get(task.name)?.push(...(result.latency.samples ?? []));
    }
  }
  return tasks.map((task) => {
    const sorted = [...(samples.get(task.name) ?? [])].sort((a, b) => a - b);
    if (sorted.length === 0) throw new Error(`${task.name}: no samples`);
    const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
    const variance =
      sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, sorted.length - 1);
    return {
      name: task.name,
      samples: sorted.length,
      median: quantile(sorted, 0.5),
      mean,
      p99: quantile(sorted, 0.99),
      rme: ((1.96 * Math.sqrt(variance / sorted.length)) / mean) * 100,
    };
  });
}

/** Two tasks timed in adjacent pairs, and the ratio that pairing gives. */
export interface PairedMeasurement {
  readonly pairs: number;
  /** Median of each task's times, ms per iteration. */
  readonly medianA: number;
  readonly medianB: number;
  /** The median over the pairs of B's time over A's in the same pair. */
  readonly ratio: number;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export const median = (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Times `a` and `b` one right after the other, `pairs` times (which goes first alternates), after
 * `warmup` calls of each, and returns the median over the pairs of b's time over a's. A host whose
 * speed changes within seconds (this one's does, by up to twice) then slows both sides of a pair
 * alike, where the medians of two tasks timed in turns of half a second can each catch another
 * spell of it.
 */
export async function measurePaired(
  a: () => unknown,
  b: () => unknown,
  { pairs = 400, warmup = 20 }: { pairs?: number; warmup?: number } = {},
): Promise<PairedMeasurement> {
  // A task that returns no promise is timed without an await, which would add a turn of the
  // microtask queue to both sides and pull the ratio towards 1.
  const time = async (task: () => unknown) => {
    const started = performance.now();
    const value = task();
    sink.value = value instanceof Promise ? await value : value;
    return performance.now() - started;
  };
  for (let index = 0; index < warmup; index += 1) {
    await time(a);
    await time(b);
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let index = 0; index < pairs; index += 1) {
    let timeA: number;
    let timeB: number;
    if (index % 2 === 0) {
      timeA = await time(a);
      timeB = await time(b);
    } else {
      timeB = await time(b);
      timeA = await time(a);
    }
    timesA.push(timeA);
    timesB.push(timeB);
    ratios.push(timeB / timeA);
  }
  return {
    pairs,
    medianA: median(timesA),
    medianB: median(timesB),
    ratio: median(ratios),
  };
}

/** Milliseconds as a readable figure: µs below 1 ms. */
export function formatMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A sink that keeps results alive, so that the optimiser cannot drop the measured work. */
export const sink: { value: unknown } = { value: undefined };
