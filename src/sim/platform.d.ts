/**
 * The one host facility the core uses beyond ECMAScript: structuredClone, present in every
 * browser and in Node ≥ 17. Declared here because the core compiles without DOM or Node types.
 */
declare function structuredClone<T>(value: T): T;
