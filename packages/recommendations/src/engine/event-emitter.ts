/**
 * Stands in for `eventemitter2` in the build of this package (see `tsup.config.ts`).
 * json-rules-engine's `Engine` and `Rule` extend eventemitter2's `EventEmitter` (18.8 kB
 * minified) and call two of its methods: `on`, to register a rule's `onSuccess`/`onFailure`, and
 * `emitAsync`, to announce each rule's outcome. `recommend` registers no listeners, so each run
 * only ever emits into the void; these two methods are all the engine needs
 * (`test/engine-stand-ins.test.ts` fails if json-rules-engine starts calling another one).
 *
 * A function rather than a class: json-rules-engine is compiled to ES5 and calls its base
 * constructor without `new`.
 */

type Listener = (...args: unknown[]) => unknown;

// Kept apart from the instance, so that no property of the engine or rule can collide with it.
const listenersByEmitter = new WeakMap<object, Map<string, Listener[]>>();

interface ListenerEmitter {
  on(event: string, listener: Listener): this;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

/**
 * An emitter of named events with `on` and `emitAsync`, as json-rules-engine uses eventemitter2.
 *
 * @example
 * ```ts
 * import EventEmitter from './event-emitter';
 * const emitter = new (EventEmitter as unknown as new () => EventEmitter)();
 * emitter.on('success', (event) => `heard ${(event as { type: string }).type}`);
 * await emitter.emitAsync('success', { type: 'recommend' }); // ['heard recommend']
 * ```
 */
function EventEmitter(this: ListenerEmitter): void {}

EventEmitter.prototype.on = function on(
  this: ListenerEmitter,
  event: string,
  listener: Listener,
): ListenerEmitter {
  let listeners = listenersByEmitter.get(this);
  if (listeners === undefined) {
    listeners = new Map();
    listenersByEmitter.set(this, listeners);
  }
  listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  return this;
};

/** Calls every listener of the event in the order they were added; resolves to their results. */
EventEmitter.prototype.emitAsync = function emitAsync(
  this: ListenerEmitter,
  event: string,
  ...args: unknown[]
): Promise<unknown[]> {
  const listeners = listenersByEmitter.get(this)?.get(event);
  if (listeners === undefined) return Promise.resolve([]);
  return Promise.all(listeners.map((listener) => listener.apply(this, args)));
};

export default EventEmitter;
