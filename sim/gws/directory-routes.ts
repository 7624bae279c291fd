// Contact-center-wide resources: users, devices, features, version (docs/gws-notes.md, "Signing in", "Features and users").
// Collections answer URIs, or with ?fields= (or ?subresources=) the resources themselves
// (docs/gws-notes.md, "Replies").
import type { Router } from '../http/router';
import { notFound } from '../model/gws-error';
import type { GwsBody } from './operation';
import type { GwsEnv, GwsHandler } from './context';
import { deviceUri, featureUri, renderDevice, renderFeature, renderUser, userUri, type ResourceContext } from './resources';

export function addDirectoryRoutes(router: Router<GwsHandler>, env: GwsEnv): void {
  const { center } = env;
  const userResource = (ctx: ResourceContext, id: string, url: URL): Record<string, unknown> => {
    const user = center.directory.users.get(id);
    if (!user) throw notFound(`User ${id} not found`);
    // ?subresources=* adds the user's devices (and skills, none here) (docs/gws-notes.md, "Features and users").
    return url.searchParams.has('subresources')
      ? { ...renderUser(ctx, user), devices: [renderDevice(ctx, center.directory.deviceOf(user))], skills: [] }
      : renderUser(ctx, user);
  };
  const deviceResource = (ctx: ResourceContext, id: string): Record<string, unknown> => {
    const device = center.directory.devices.get(id);
    if (!device) throw notFound(`Device ${id} not found`);
    return renderDevice(ctx, device);
  };
  const featureResource = (ctx: ResourceContext, id: string): Record<string, unknown> => {
    if (!center.options.features.has(id)) throw notFound(`Feature ${id} not found`);
    return renderFeature(ctx, id);
  };

  router
    .add('GET', '/api/v2/users', ({ url }) => {
      const ctx = env.resources();
      return collection(
        url,
        'users',
        [...center.directory.users.keys()],
        (id) => userUri(ctx, id),
        (id) => userResource(ctx, id, url),
      );
    })
    .add('GET', '/api/v2/users/:id', ({ url, params }) => ({
      statusCode: 0,
      user: selectFields(userResource(env.resources(), params.id ?? '', url), url),
    }))
    .add('GET', '/api/v2/devices', ({ url }) => {
      const ctx = env.resources();
      return collection(
        url,
        'devices',
        [...center.directory.devices.keys()],
        (id) => deviceUri(ctx, id),
        (id) => deviceResource(ctx, id),
      );
    })
    .add('GET', '/api/v2/devices/:id', ({ url, params }) => ({
      statusCode: 0,
      device: selectFields(deviceResource(env.resources(), params.id ?? ''), url),
    }))
    .add('GET', '/api/v2/features', ({ url }) => {
      const ctx = env.resources();
      return collection(
        url,
        'features',
        [...center.options.features],
        (id) => featureUri(ctx, id),
        (id) => featureResource(ctx, id),
      );
    })
    .add('GET', '/api/v2/features/:id', ({ url, params }) => ({
      statusCode: 0,
      feature: selectFields(featureResource(env.resources(), params.id ?? ''), url),
    }));
}

function collection(url: URL, name: string, ids: string[], uriOf: (id: string) => string, resourceOf: (id: string) => Record<string, unknown>): GwsBody {
  if (!url.searchParams.has('fields') && !url.searchParams.has('subresources')) {
    return { statusCode: 0, uris: ids.map(uriOf) };
  }
  return { statusCode: 0, [name]: ids.map((id) => selectFields(resourceOf(id), url)) };
}

/** ?fields=a,b keeps those attributes (and id); ?fields=* or no fields keeps everything. */
function selectFields(resource: Record<string, unknown>, url: URL): Record<string, unknown> {
  const fields = url.searchParams.get('fields');
  if (fields === null || fields === '*') return resource;
  const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim())]);
  return Object.fromEntries(Object.entries(resource).filter(([key]) => wanted.has(key)));
}
