/**
 * What lies at this path in a JSON value (an object's member, an array's item), or undefined: for
 * documents the OpenAPI types do not describe, such as the OpenAPI document itself.
 */
export function jsonAt(value: unknown, ...path: Array<string | number>): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = Reflect.get(here, key);
  }
  return here;
}

/** The names of the members of the object at this path in a JSON value (none when it is not an object). */
export function keysAt(value: unknown, ...path: Array<string | number>): string[] {
  const here = jsonAt(value, ...path);
  return typeof here === 'object' && here !== null ? Object.keys(here) : [];
}

/** The array at this path in a JSON value: fails when there is none, so no loop over it is vacuous by mistake. */
export function arrayAt(value: unknown, ...path: Array<string | number>): unknown[] {
  const here = jsonAt(value, ...path);
  if (!Array.isArray(here)) throw new Error(`no array at ${path.join('.')}`);
  return here;
}
