// Image imports (the landing page's screenshot) typecheck before `next build` writes next-env.d.ts.
/// <reference types="next/image-types/global" />
