// The tiers of lib/ and the one direction they import in: kernel ← areas ← orchestration ← edges.
// docs/architecture.md explains the tiers and how to read a failure. Run: npm run lint:architecture

/** Shared infrastructure with no domain knowledge: errors, env, log, db, text, time, paging, the job queue. */
const KERNEL = "^lib/kernel/";
/** Processes spanning areas: the worker and its handlers, meeting events, the demo seed, health. */
const ORCHESTRATION = "^lib/orchestration/";
/**
 * Edges: everything a request, a page, a browser or an operator enters by, and the lib/ folders
 * only they use (the HTTP wrapper and OpenAPI document, server-action results, security headers,
 * navigation, the browser's i18n provider).
 */
const EDGE_SUPPORT = "^lib/(api|actions|security|navigation)/|^lib/i18n/client\\.tsx$";
const EDGE = [
  "^(app|components|cli|scripts)/",
  "^(proxy|instrumentation[^/]*|next\\.config)\\.ts$",
  EDGE_SUPPORT,
];
/** Areas: every other folder of lib/, one per part of the domain. */
const AREA = "^lib/(?!(kernel|orchestration|api|actions|security|navigation)/)[^/]+/";
const NOT_AREA = ["^lib/i18n/client\\.tsx$"];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "kernel-imports-kernel",
      comment:
        "The kernel knows no area: it imports only other kernel files, packages and Node built-ins. " +
        "Move the helper it needs into lib/kernel, or move the code that needs an area up into that area.",
      severity: "error",
      from: { path: KERNEL },
      to: { pathNot: KERNEL },
    },
    {
      name: "area-imports-down",
      comment:
        "An area imports the kernel and other areas' public entries, never orchestration or an edge. " +
        "What needs several areas plus the worker belongs in lib/orchestration; what the HTTP layer " +
        "needs belongs in the edge.",
      severity: "error",
      from: { path: AREA, pathNot: NOT_AREA },
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
        "Files in a subfolder of an area (lib/insights/local/…) are that area's internals: only the " +
        "area itself imports them. Import the area's top-level files (its public entry), or move a " +
        "generic helper to lib/kernel.",
      severity: "error",
      from: { path: "^(?:lib/)?([^/]+)" },
      to: {
        path: "^lib/([^/]+)/[^/]+/",
        pathNot: ["^lib/(kernel|orchestration|api|actions|security|navigation)/", "^lib/$1/"],
      },
    },
    {
      name: "no-area-cycle",
      comment: "Areas depend on each other in one direction only: no cycle between folders of lib/.",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle",
      comment: "No import cycle between files.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // The application's own code; tests, benches and config files may import anything.
    // lib/kernel/db/schema.ts (drizzle) imports lib/meetings/meeting-options and forms a cycle with
    // schema-chat.ts and schema-webhooks.ts: removed with drizzle (issue 16 item 3).
    exclude: { path: "^lib/kernel/db/schema\\.ts$" },
    includeOnly: "^(lib|app|components|cli|scripts)/|^(proxy|instrumentation[^/]*)\\.ts$",
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
