/**
 * Sorts a list in place, stably: an entry moves before those it does not come after. The lists
 * ordered here (a call's fired steps, a roadmap's entries) are a few dozen, mostly in order
 * already, where Array.prototype.sort with a comparison called back cost several times more.
 */
export function insertionSorted<T>(list: T[], comesAfter: (a: T, b: T) => boolean): T[] {
  for (let position = 1; position < list.length; position += 1) {
    const entry = list[position] as T;
    let at = position - 1;
    while (at >= 0 && comesAfter(list[at] as T, entry)) {
      list[at + 1] = list[at] as T;
      at -= 1;
    }
    list[at + 1] = entry;
  }
  return list;
}
