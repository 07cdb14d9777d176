// Node built-ins the unix port uses off the common path (TLS, V8 heap figures), loaded on first
// use: importing them, or touching `process`, starts Deno's Node compatibility layer, about 30 ms
// of startup for every program that never needs them.

/** The Node built-in module `name` ("node:tls", ...), loaded now if it was not yet. */
export function nodeLib<T>(name: string): T {
  return process.getBuiltinModule(name) as T;
}
