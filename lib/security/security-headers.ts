import { NON_PAGE_POLICY } from "./content-security-policy";

/**
 * Headers every response carries, pages, API and files alike (next.config.ts sends them). Pages
 * replace the Content-Security-Policy with their own, with a nonce (proxy.ts).
 */

// Only the microphone is ever wanted (recording a meeting), and only by this origin.
export const PERMISSIONS_POLICY = [
  "microphone=(self)",
  "camera=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
].join(", ");

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  // Lower case: proxy.ts's page policy replaces this one under the same name.
  { key: "content-security-policy", value: NON_PAGE_POLICY },
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  { key: "permissions-policy", value: PERMISSIONS_POLICY },
  // For browsers that predate frame-ancestors.
  { key: "x-frame-options", value: "DENY" },
];

/** Two years, subdomains included: what hstspreload.org asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
