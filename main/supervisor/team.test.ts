import { describe, expect, it } from 'vitest';
import { teamFrom, usersWithDevicesReply } from './team';

const reply = usersWithDevicesReply.parse({
  statusCode: 0,
  users: [
    {
      id: 's1',
      userName: 'supervisor1',
      firstName: 'Sam',
      lastName: 'Lee',
      roles: ['ROLE_SUPERVISOR', 'ROLE_AGENT'],
      devices: [{ id: 'd5005', phoneNumber: '5005' }],
    },
    {
      id: 'a2',
      userName: 'agent2',
      firstName: 'Bo',
      lastName: 'Diaz',
      roles: ['ROLE_AGENT'],
      devices: [{ id: 'd7002', phoneNumber: '7002', uri: 'http://x/api/v2/devices/d7002', userState: { state: 'NotReady', workMode: 'AfterCallWork' } }],
    },
    {
      id: 'a1',
      userName: 'agent1',
      firstName: 'Alice',
      lastName: 'Ng',
      roles: ['ROLE_AGENT'],
      devices: [{ id: 'd7001', phoneNumber: '7001', userState: { state: 'Ready' } }],
    },
    { id: 'adm', userName: 'admin', roles: ['ROLE_ADMIN'], devices: [{ id: 'dx' }] },
    { id: 'nd', userName: 'nodevice', roles: ['ROLE_AGENT'] },
  ],
});

describe('the team', () => {
  it('is every agent with a device but the supervisor, by name, with DN and state; a device without uri is named from the server address', () => {
    expect(teamFrom(reply, 's1', 'https://gws.example.com/cloud-web', 1000)).toEqual([
      {
        userId: 'a1',
        userName: 'agent1',
        name: 'Alice Ng',
        deviceId: 'd7001',
        deviceUri: 'https://gws.example.com/cloud-web/api/v2/devices/d7001',
        phoneNumber: '7001',
        agentState: 'Ready',
        stateSince: 1000,
        stateSinceKnown: false,
      },
      {
        userId: 'a2',
        userName: 'agent2',
        name: 'Bo Diaz',
        deviceId: 'd7002',
        deviceUri: 'http://x/api/v2/devices/d7002',
        phoneNumber: '7002',
        agentState: 'AfterCallWork',
        stateSince: 1000,
        stateSinceKnown: false,
      },
    ]);
  });

  it('includes another supervisor, who is an agent too', () => {
    expect(teamFrom(reply, 'a1', 'https://gws.example.com', 1000).map((m) => m.userName)).toEqual(['agent2', 'supervisor1']);
  });
});
