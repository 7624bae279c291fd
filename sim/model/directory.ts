// Users and devices of the contact center, built from a seed, with the look-ups the API needs.
import type { Seed } from '../seed';
import { userStateFor } from './agent-states';
import type { Device, User } from './types';

export class Directory {
  readonly users = new Map<string, User>();
  readonly devices = new Map<string, Device>();

  constructor(seed: Seed) {
    for (const seedUser of seed.users) {
      const { device, initialState, ...fields } = seedUser;
      this.users.set(seedUser.id, { ...fields, deviceId: device.id });
      this.devices.set(device.id, {
        id: device.id,
        phoneNumber: device.phoneNumber,
        type: 'ACDPosition',
        userId: seedUser.id,
        userState: userStateFor(initialState === 'LoggedOut' ? 'Offline' : initialState),
        doNotDisturb: false,
      });
    }
    for (const point of seed.routingPoints) {
      this.devices.set(point.id, {
        ...point,
        type: 'RoutingPoint',
        userState: userStateFor('Ready'),
        doNotDisturb: false,
      });
    }
  }

  userByName(userName: string): User | undefined {
    return [...this.users.values()].find((u) => u.userName === userName);
  }

  deviceByNumber(phoneNumber: string): Device | undefined {
    return [...this.devices.values()].find((d) => d.phoneNumber === phoneNumber);
  }

  /** Every user has exactly one device (the seed's), so this never fails for a known user. */
  deviceOf(user: User): Device {
    const device = this.devices.get(user.deviceId);
    if (!device) throw new Error(`No device for ${user.userName}`);
    return device;
  }

  ownerOf(device: Device): User | undefined {
    return device.userId === undefined ? undefined : this.users.get(device.userId);
  }

  /** An agent's ACD position by user name or DN (the scenario API accepts either). */
  agentDevice(userNameOrNumber: string): Device | undefined {
    const user = this.userByName(userNameOrNumber);
    const device = user ? this.deviceOf(user) : this.deviceByNumber(userNameOrNumber);
    return device?.type === 'ACDPosition' ? device : undefined;
  }

  hasRole(device: Device, role: User['roles'][number]): boolean {
    return this.ownerOf(device)?.roles.includes(role) ?? false;
  }
}
