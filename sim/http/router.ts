// A small path router: `/api/v2/users/:id` patterns, method per route, 405 when only the method is wrong.

export type Params = Record<string, string>;

interface Route<H> {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: H;
}

export type Match<H> = { handler: H; params: Params } | { allowed: string[] } | undefined;

export class Router<H> {
  readonly #routes: Route<H>[] = [];

  add(method: string, path: string, handler: H): this {
    const keys: string[] = [];
    const source = path.replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.#routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  match(method: string, pathname: string): Match<H> {
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Params = {};
      route.keys.forEach((key, i) => (params[key] = safeDecode(found[i + 1] ?? '')));
      return { handler: route.handler, params };
    }
    return allowed.length > 0 ? { allowed } : undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
