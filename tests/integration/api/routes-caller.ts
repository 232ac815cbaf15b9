import { type Caller, call } from "@/tests/support/api";
import type { Handler } from "@/tests/support/api-fixtures";

type Options = Parameters<typeof call>[3];

/** GET and POST to a route handler with the caller's API key (the route files' one caller, set in beforeAll). */
export function callsAs(caller: () => Caller) {
  return {
    post: (handler: Handler, path: string, options: Options = {}) =>
      call(handler, "POST", path, { key: caller().key, ...options }),
    get: (handler: Handler, path: string, options: Options = {}) =>
      call(handler, "GET", path, { key: caller().key, ...options }),
  };
}

export const byId = (id: string) => ({ params: { id } });
