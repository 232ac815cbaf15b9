// Lets code marked `import "server-only"` run outside Next.js (the CLI, the worker, benches, scripts
// under tsx): the package throws unless resolved under the "react-server" condition, which Next.js
// sets for server code and browser bundles never get. Load it first: `tsx --import ./scripts/server-only-hook.mjs …`.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== "server-only") return nextResolve(specifier, context);
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  },
});
