// Lets code marked `import "server-only"` run outside Next.js (the CLI, the worker, benches, scripts
// under tsx): the package throws unless resolved under the "react-server" condition, which Next.js
// sets for server code and browser bundles never get. Load it first: `tsx --import ./scripts/server-only-hook.mjs …`.
import * as nodeModule from "node:module";

const asServer = (context) => ({ ...context, conditions: [...context.conditions, "react-server"] });

if (nodeModule.registerHooks) {
  // Node 22.15+: in-thread, for import and require alike.
  nodeModule.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier, specifier === "server-only" ? asServer(context) : context),
  });
} else {
  // Older Node: the same as an off-thread loader hook (ESM imports, which is all our code).
  const hook = `export async function resolve(specifier, context, nextResolve) {
    if (specifier !== "server-only") return nextResolve(specifier, context);
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  }`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
