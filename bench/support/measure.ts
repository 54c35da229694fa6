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

/** Milliseconds as a readable figure: µs below 1 ms. */
export function formatMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A sink that keeps results alive, so that the optimiser cannot drop the measured work. */
export const sink: { value: unknown } = { value: undefined };
