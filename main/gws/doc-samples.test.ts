// Every documented sample JSON the app reads parses with the app's own schemas, and means what
// the doc says it means (test-support/doc-samples.ts; docs/gws-notes.md).
import { describe, expect, it } from 'vitest';
import { subscriptionOf, isMonitoringLeg, monitoringStateOf } from '../supervisor/subscription';
import { teamFrom, usersWithDevicesReply } from '../supervisor/team';
import { parseMessage, type GwsMessage } from './messages';
import { callSchema, deviceSchema, meReply } from './resources';
import * as sample from './test-support/doc-samples';

function message(data: unknown): GwsMessage {
  const parsed = parseMessage(data);
  if (parsed.kind !== 'message') throw new Error(`not read: ${JSON.stringify(parsed)}`);
  return parsed.message;
}
const callOf = (data: unknown) => {
  const m = message(data);
  if (m.messageType !== 'CallStateChangeMessage') throw new Error(m.messageType);
  return { call: m.call, notificationType: m.notificationType };
};

describe('documented GWS samples', () => {
  it('GET /api/v2/me: the user', () => {
    expect(meReply.parse(sample.meReply).user).toMatchObject({ userName: 'ksippo', roles: ['ROLE_AGENT'] });
  });

  it('DeviceStateChangeMessage: the device, not armed', () => {
    const m = message(sample.deviceStateChange.data);
    expect(m).toMatchObject({ messageType: 'DeviceStateChangeMessage', devices: [{ phoneNumber: '5005', userState: { state: 'NotReady' } }] });
    expect(m.messageType === 'DeviceStateChangeMessage' && subscriptionOf(m.devices[0]!)).toBeNull();
  });

  it('device resource while monitoring (8.5.2): state, mode, scope and target', () => {
    expect(subscriptionOf(deviceSchema.parse(sample.monitoringDevice))).toEqual({
      state: 'ListenIn',
      mode: 'AllCalls',
      scope: 'Call',
      targetDeviceUri: 'http://127.0.0.1:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224',
      targetDeviceId: '9c14cad7-17c4-48d0-8492-7cf0ff92c224',
      targetPhoneNumber: null,
      targetKnown: true,
    });
  });

  it('device resource while monitoring (8.5.1): the state and mode, no target named', () => {
    expect(subscriptionOf(deviceSchema.parse(sample.monitoringDevice851))).toMatchObject({
      state: 'Coach',
      mode: 'NextCall',
      targetDeviceUri: null,
      targetKnown: false,
    });
  });

  it('CancelSupervisorMonitoring: the device without a subscription', () => {
    const m = message(sample.cancelledDevice.data);
    expect(m.messageType === 'DeviceStateChangeMessage' && subscriptionOf(m.devices[0]!)).toBeNull();
  });

  it('AttachedDataChanged with participants as strings: kept as data, the numbers read', () => {
    const { call, notificationType } = callOf(sample.attachedDataChanged.data);
    expect(notificationType).toBe('AttachedDataChanged');
    expect(call.participants).toEqual([{ phoneNumber: '1001', digits: '1001', e164Number: '1001', formattedPhoneNumber: '1001' }]);
    expect(call).toMatchObject({ durationSeconds: 13, userData: { hello: 'hola' } });
  });

  it('an inbound Established call with an empty participant list: the customer from ani', () => {
    const { call } = callOf(sample.inboundEstablished);
    expect(call).toMatchObject({ state: 'Established', ani: '5125', monitoring: false, participants: [] });
    expect(isMonitoringLeg(call, null, [], '7001')).toBe(false);
  });

  it('call resource (8.5.2): an ordinary call, never a monitoring leg', () => {
    const call = callSchema.parse(sample.callResource);
    expect(call.participants[0]).toMatchObject({ phoneNumber: '9165550104', e164Number: '+19165550104' });
    expect(isMonitoringLeg(call, null, [], '5005')).toBe(false);
  });

  it('SwitchToBargeIn, SwitchToListenIn, MuteMonitoredUser: the supervisor’s leg, recognised without a flag, in the right mode', () => {
    const barge = callOf(sample.switchedToBargeIn.data).call;
    const listen = callOf(sample.switchedToListenIn.data).call;
    const muted = callOf(sample.monitoredUserMuted.data);
    expect([barge, listen, muted.call].map((c) => [isMonitoringLeg(c, null, [], '5005'), monitoringStateOf(c)])).toEqual([
      [true, 'BargeIn'],
      [true, 'ListenIn'],
      [true, 'BargeIn'],
    ]);
    expect(muted).toMatchObject({ notificationType: 'MonitoredUserMutedStateChange', call: { monitoredUserMuted: true } });
  });

  it('users with devices: the team, the device named from the server address when it has no uri', () => {
    const team = teamFrom(usersWithDevicesReply.parse(sample.usersWithDevices), null, 'https://gws.example.com/cloud-web', 0);
    expect(team).toEqual([
      expect.objectContaining({
        userName: 'ksippo',
        phoneNumber: '+16509870000',
        deviceUri: 'https://gws.example.com/cloud-web/api/v2/devices/0c754c1f-aaaa-4bbb-8ccc-000000000001',
      }),
    ]);
  });

  it('what the app does not act on is kept or ignored, never fatal: a recording change, a message type it does not know', () => {
    expect(callOf(sample.recordingPaused.data)).toMatchObject({ notificationType: 'CallRecordingStateChange', call: { recordingState: 'Paused' } });
    expect(parseMessage({ messageType: 'PasswordChangeMessage', ...sample.passwordChange })).toEqual({ kind: 'unknown', messageType: 'PasswordChangeMessage' });
    expect(parseMessage(sample.passwordChange)).toEqual({ kind: 'unknown', messageType: '(none)' });
  });
});
