import { ImmutableError } from './errors.js';
import { buildSchema } from './schemaBuild.js';

function refuseWrite(key: PropertyKey): never {
  throw new ImmutableError(
    'IMMUTABLE_SCHEMA',
    `crorecast's schemas and tables are read-only: cannot change ${String(key)}`,
  );
}

/**
 * A schema (or any object) built on first use: `build` runs the first time the value is touched
 * — a property read, `in`, a key listing — and every later use goes to that one object. The
 * library's zod schemas are declared this way, so importing crorecast builds none of them
 * (building its ~150 schemas was most of what crorecast itself did at import); a schema is built
 * when something first parses with it. The exported name keeps the schema's own type, so
 * `z.input<typeof X>`, `X.parse(…)`, `X.optional()` and nesting in other schemas work as
 * before.
 *
 * The schemas are built with zod's cycle tracking off (see `buildSchema`), unless `cycles`
 * says the schema refers to itself.
 *
 * The stand-in is read-only: assigning, defining or deleting a property, changing the prototype
 * or preventing extensions throws an `ImmutableError`. The library parses with these same
 * objects, so an importer that could write `Scenario.safeParse = …` would reconfigure every
 * parse crorecast makes. (zod's own internals under `_zod` are zod's: it fills them in lazily,
 * so they cannot be frozen.)
 *
 * @param build - builds the object; called once, on first use
 * @param options - `cycles`: the schema refers to itself (through `z.lazy`), so zod's cycle
 *   support stays on for it
 * @returns a stand-in that behaves as the built object
 *
 * @example
 * ```ts
 * let builds = 0;
 * const plant = lazySchema(() => {
 *   builds += 1;
 *   return { id: 'plant-1' };
 * });
 * builds //=> 0
 * plant.id //=> 'plant-1'
 * builds //=> 1
 * (plant as { id: string }).id = 'plant-2' // throws ImmutableError
 * ```
 */
export function lazySchema<T extends object>(
  build: () => T,
  options: { readonly cycles?: boolean } = {},
): T {
  let built: T | undefined;
  const real = (): T => {
    if (built === undefined) built = buildSchema(build, options.cycles === true);
    return built;
  };
  // The target is a placeholder; every trap answers from the built object. Descriptors are
  // reported configurable, as a proxy may not claim a non-configurable property its target
  // lacks.
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      return Reflect.get(target, key, target);
    },
    set: (_, key) => refuseWrite(key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    defineProperty: (_, key) => refuseWrite(key),
    deleteProperty: (_, key) => refuseWrite(key),
    setPrototypeOf: () => refuseWrite('[[Prototype]]'),
    preventExtensions: () => refuseWrite('[[Extensible]]'),
  });
}
