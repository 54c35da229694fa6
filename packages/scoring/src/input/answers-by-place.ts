import type { Answer, PracticeResponse } from '@praktijkscan/model';

/**
 * A response's answers at the places `placeById` gives their items, `undefined` where an item is
 * unanswered (or the answers name no such item). A response's answers object has a shape of its
 * own (the items each practice answered), so reading sixty items from it by name missed V8's
 * caches for almost every practice; walking its own keys once, each looked up among the items,
 * gives the same values for a fraction of the time. A key it does not give (a property every
 * object inherits, such as `constructor`) is no answer.
 */
export function answersByPlace(
  answers: PracticeResponse['answers'],
  placeById: ReadonlyMap<string, number>,
): (Answer | undefined)[] {
  const byPlace: (Answer | undefined)[] = [];
  for (let place = 0; place < placeById.size; place += 1) byPlace.push(undefined);
  for (const id in answers) {
    const place = placeById.get(id);
    if (place !== undefined) byPlace[place] = answers[id];
  }
  return byPlace;
}
