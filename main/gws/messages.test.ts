// Both documented shapes of the voice messages parse into one (docs/gws-notes.md, "Notifications", "Monitoring subscription", "Calls").
import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';
import { matching } from '../../test-support/matchers';

const device = {
  id: 'efe1ab32-53f9-43ce-b65e-5768c61f7d4a',
  deviceState: 'Active',
  userState: { id: '900D55CC', displayName: 'Not Ready', state: 'NotReady' },
  phoneNumber: '5005',
  doNotDisturb: 'Off',
  capabilities: ['ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring'],
};

describe('DeviceStateChangeMessage', () => {
  it('reads supervisorMonitoringState as an object (8.5.2)', () => {
    const monitoring = { state: 'ListenIn', mode: 'AllCalls', scope: 'Call', targetDeviceUri: 'http://gws/api/v2/devices/9c14' };
    expect(parseMessage({ messageType: 'DeviceStateChangeMessage', devices: [{ ...device, supervisorMonitoringState: monitoring }] })).toEqual({
      kind: 'message',
      message: { messageType: 'DeviceStateChangeMessage', devices: [{ ...device, supervisorMonitoringState: monitoring }] },
    });
  });

  it('reads supervisorMonitoringState as a string beside supervisorMonitoringMode (8.5.1)', () => {
    const parsed = parseMessage({
      messageType: 'DeviceStateChangeMessage',
      devices: [{ ...device, supervisorMonitoringState: 'BargeIn', supervisorMonitoringMode: 'NextCall' }],
    });
    expect(parsed).toMatchObject({ message: { devices: [{ supervisorMonitoringState: { state: 'BargeIn', mode: 'NextCall' } }] } });
  });

  it('has no supervisorMonitoringState when monitoring is cancelled (docs/gws-notes.md, "Monitoring subscription")', () => {
    const parsed = parseMessage({ messageType: 'DeviceStateChangeMessage', devices: [device] });
    expect(parsed.kind === 'message' && parsed.message.messageType === 'DeviceStateChangeMessage' && parsed.message.devices[0]).not.toHaveProperty(
      'supervisorMonitoringState',
    );
  });
});

describe('CallStateChangeMessage', () => {
  const call = { id: '011DJV5J', state: 'Established', callType: 'Internal', capabilities: ['SwitchToListenIn'], duration: '21', mute: 'Off' };

  it('reads participants as objects (8.5.2)', () => {
    const parsed = parseMessage({
      messageType: 'CallStateChangeMessage',
      notificationType: 'StatusChange',
      phoneNumber: '5005',
      call: { ...call, participants: [{ e164Number: '', formattedPhoneNumber: '5000', phoneNumber: '5000', digits: '5000' }] },
    });
    expect(parsed).toMatchObject({
      kind: 'message',
      message: {
        notificationType: 'StatusChange',
        phoneNumber: '5005',
        call: { durationSeconds: 21, participants: [{ phoneNumber: '5000', digits: '5000' }] },
      },
    });
  });

  it('reads participants as strings plus participantsInfo (8.5.1 and older servers)', () => {
    const parsed = parseMessage({
      messageType: 'CallStateChangeMessage',
      notificationType: 'AttachedDataChanged',
      call: {
        ...call,
        participants: ['1001', '+14155550100'],
        participantsInfo: [{ digits: '1001', e164Number: '1001', formattedPhoneNumber: '1001' }],
        userData: { hello: 'hola' },
      },
    });
    expect(parsed).toMatchObject({
      message: {
        call: {
          participants: [{ phoneNumber: '1001', digits: '1001', e164Number: '1001', formattedPhoneNumber: '1001' }, { phoneNumber: '+14155550100' }],
          userData: { hello: 'hola' },
        },
      },
    });
    expect(parsed).not.toHaveProperty('message.call.participantsInfo');
  });

  it('reads the call supervisorMonitoringState {state} of the 2016 revision', () => {
    expect(parseMessage({ messageType: 'CallStateChangeMessage', call: { ...call, supervisorMonitoringState: { state: 'ListenIn' } } })).toMatchObject({
      message: { notificationType: 'StatusChange', call: { supervisorMonitoringState: { state: 'ListenIn' } } },
    });
  });
});

describe('other messages', () => {
  it('reports an unknown type for the caller to log and ignore', () => {
    expect(parseMessage({ messageType: 'ChannelStateChangeMessage', channels: [] })).toEqual({ kind: 'unknown', messageType: 'ChannelStateChangeMessage' });
    expect(parseMessage('not an object')).toEqual({ kind: 'unknown', messageType: '(none)' });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reports a messageType named like an object property (%s) as unknown', (messageType) => {
    expect(parseMessage(JSON.parse(`{"messageType": "${messageType}"}`))).toEqual({ kind: 'unknown', messageType });
  });

  it('reports a known type with a broken body as invalid, saying what is wrong', () => {
    expect(parseMessage({ messageType: 'CallStateChangeMessage', call: { state: 'Ringing' } })).toMatchObject({
      kind: 'invalid',
      messageType: 'CallStateChangeMessage',
      problem: matching(/call\.id/),
    });
  });
});
