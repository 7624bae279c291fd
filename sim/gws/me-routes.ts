// /api/v2/me and below: the signed-in user's own resources (docs/gws-notes.md, "Signing in",
// "Monitoring subscription", "Calls").
import type { Router } from '../http/router';
import { notFound } from '../model/gws-error';
import type { Device, User } from '../model/types';
import { gatesFor, type GwsEnv, type GwsHandler } from './context';
import { callOperations, deviceCallOperations, deviceOperations, meOperations, voiceChannelOperations } from './me-operations';
import { runOperation } from './operation';
import { renderCall, renderDevice, renderFeature, renderUser, type ResourceContext } from './resources';

export function addMeRoutes(router: Router<GwsHandler>, env: GwsEnv): void {
  const { center } = env;
  const deviceOf = (user: User): Device => center.directory.deviceOf(user);
  /** /me/devices/{id} names one of the user's own devices; any other id is not found. */
  const ownDevice = (user: User, id: string | undefined): Device => {
    const device = deviceOf(user);
    if (device.id !== id) throw notFound(`Device ${id ?? ''} not found`);
    return device;
  };
  const callsOf = (user: User) => {
    const resources = env.resources();
    return center.telephony.legsOf(user.deviceId).map(({ call, party }) => renderCall(resources, call, party));
  };

  router
    .add('GET', '/api/v2/me', ({ user, url }) => ({
      statusCode: 0,
      user: renderMe(env.resources(), user, url.searchParams.get('subresources'), () => callsOf(user)),
    }))
    .add('POST', '/api/v2/me', ({ user, session, body }) => runOperation(meOperations(env, user, session), body, gatesFor(env, user)))
    .add('GET', '/api/v2/me/devices', ({ user }) => ({
      statusCode: 0,
      devices: [renderDevice(env.resources(), deviceOf(user))],
    }))
    .add('GET', '/api/v2/me/devices/:id', ({ user, params }) => ({
      statusCode: 0,
      device: renderDevice(env.resources(), ownDevice(user, params.id)),
    }))
    .add('POST', '/api/v2/me/devices/:id', ({ user, params, body }) =>
      runOperation(deviceOperations(env, ownDevice(user, params.id)), body, gatesFor(env, user)),
    )
    .add('POST', '/api/v2/me/devices/:id/calls', ({ user, params, body }) =>
      runOperation(deviceCallOperations(env, ownDevice(user, params.id)), body, gatesFor(env, user)),
    )
    .add('GET', '/api/v2/me/calls', ({ user }) => ({ statusCode: 0, calls: callsOf(user) }))
    .add('GET', '/api/v2/me/calls/:id', ({ user, params }) => {
      const { call, party } = center.legOf(deviceOf(user), params.id ?? '');
      return { statusCode: 0, call: renderCall(env.resources(), call, party) };
    })
    .add('POST', '/api/v2/me/calls/:id', ({ user, params, body }) =>
      runOperation(callOperations(env, center.legOf(deviceOf(user), params.id ?? '')), body, gatesFor(env, user)),
    )
    .add('POST', '/api/v2/me/channels/voice', ({ user, body }) => runOperation(voiceChannelOperations(env, deviceOf(user)), body, gatesFor(env, user)));
}

const meSubresources = ['devices', 'calls', 'channels', 'settings', 'features'] as const;

/**
 * GET /api/v2/me[?subresources=*|a,b]: the sub-resources sit inside `user`, as Genesys's own
 * clients read them (docs/gws-notes.md, "Signing in").
 */
function renderMe(ctx: ResourceContext, user: User, subresources: string | null, calls: () => Record<string, unknown>[]): Record<string, unknown> {
  const asked = new Set(subresources === '*' ? meSubresources : (subresources ?? '').split(',').map((s) => s.trim()));
  const device = ctx.directory.deviceOf(user);
  const all: Record<(typeof meSubresources)[number], () => unknown> = {
    devices: () => [renderDevice(ctx, device)],
    calls,
    channels: () => [{ channel: 'voice', userState: device.userState, dndState: device.doNotDisturb ? 'On' : 'Off' }],
    settings: () => ({
      'general-settings': { countryCode: 'US', countryDigits: '1', countryName: 'United States' },
    }),
    features: () => [...ctx.options.features].map((id) => renderFeature(ctx, id)),
  };
  const included = meSubresources.filter((name) => asked.has(name)).map((name) => [name, all[name]()] as const);
  return { ...renderUser(ctx, user), ...Object.fromEntries(included) };
}
