// The tiers of the code and the one direction they import in:
//   kernel ← areas ← orchestration ← edges
// docs/architecture.md shows them and explains how to read a failure. Run: npm run lint:architecture
// (npm test runs it in its lint step).

/** lib/kernel: infrastructure that knows no domain (errors, env, log, db, text, time, paging, job queue). */
const KERNEL = "^lib/kernel/";
/** lib/orchestration: processes across areas (the worker, status transitions and their events, demo). */
const ORCHESTRATION = "^lib/orchestration/";
/** lib/ folders of the edge tier: the HTTP layer (wrapper, problem+json, OpenAPI), action results, headers. */
const EDGE_LIB = ["api", "actions", "security", "navigation"];
/** Edges: what a request, a page, a browser or an operator enters by. */
const EDGE = [
  "^(app|components|cli|scripts)/",
  "^(proxy|instrumentation[^/]*)\\.ts$",
  `^lib/(${EDGE_LIB.join("|")})/`,
];
/** Areas: every other folder of lib/, one per part of the domain. */
const NOT_AREA = ["kernel", "orchestration", ...EDGE_LIB];
const AREA = `^lib/(?!(${NOT_AREA.join("|")})/)[^/]+/`;

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "kernel-imports-kernel",
      comment:
        "The kernel knows no area: it imports only kernel files and packages. Move the helper it needs " +
        "into lib/kernel, or move the code that needs an area out of the kernel, into that area.",
      severity: "error",
      from: { path: KERNEL },
      to: { pathNot: KERNEL },
    },
    {
      name: "area-imports-down",
      comment:
        "An area imports the kernel and other areas' public entries, never orchestration or an edge. " +
        "Code that runs a process across areas (a status change and its events, a job) belongs in " +
        "lib/orchestration; what only HTTP needs belongs in the edge.",
      severity: "error",
      from: { path: AREA },
      to: { path: [ORCHESTRATION, ...EDGE] },
    },
    {
      name: "orchestration-imports-down",
      comment: "Orchestration imports areas and the kernel, never an edge.",
      severity: "error",
      from: { path: ORCHESTRATION },
      to: { path: EDGE },
    },
    {
      name: "area-internals",
      comment:
        "Files in a subfolder of an area (lib/insights/local/…, lib/transcripts/parse/…) are its " +
        "internals: only that area imports them. Import a top-level file of the area (its public " +
        "entry), move the file up to the area's top level if it is meant to be public, or move a " +
        "generic helper to lib/kernel.",
      severity: "error",
      // $1: the importer's area (or top folder outside lib/), so an area may use its own subfolders.
      from: { path: "^(?:lib/)?([^/]+)" },
      to: { path: `${AREA}[^/]+/`, pathNot: "^lib/$1/" },
    },
    {
      name: "no-area-cycle",
      comment:
        "Folders of lib/ depend on each other in one direction only. Break the cycle by moving the " +
        "file that closes it to the higher area (or a shared piece down to the lower one).",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle",
      comment: "No import cycle between files (type-only imports count too).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // The application's own code; tests and benches may import anything.
    includeOnly: "^(lib|app|components|cli|scripts)/|^(proxy|instrumentation[^/]*)\\.ts$",
    // TypeScript 7 has no compiler API for dependency-cruiser; swc parses TS and sees type-only imports.
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
