// Every documented GWS sample the app reads, as the Genesys pages print them (transcribed from
// the team's research notes; page names in docs/gws-notes.md). doc-samples.test.ts parses each
// with the app's own schemas: a sample that stops parsing is a server the app stops understanding.

/** "Interpreting a response" (HTCC latest): GET /api/v2/me. */
export const meReply = {
  statusCode: 0,
  user: {
    id: '63630bbebf4840d7a0bffd6312bc29ff',
    userName: 'ksippo',
    firstName: 'Kristi',
    lastName: 'Sippola',
    roles: ['ROLE_AGENT'],
    enabled: true,
    changePasswordOnFirstLogin: false,
    uri: 'http://127.0.0.1/cloud-web/api/v2/users/63630bbebf4840d7a0bffd6312bc29ff',
    path: '/users/63630bbebf4840d7a0bffd6312bc29ff',
  },
};

/** "Voice CometD message types" (CallsMessageType): a DeviceStateChangeMessage envelope. */
export const deviceStateChange = {
  data: {
    messageType: 'DeviceStateChangeMessage',
    devices: [
      {
        id: 'efe1ab32-53f9-43ce-b65e-5768c61f7d4a',
        deviceState: 'Active',
        userState: { id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', displayName: 'Not Ready', state: 'NotReady' },
        phoneNumber: '5005',
        e164Number: '5005',
        telephonyNetwork: 'Private',
        doNotDisturb: 'Off',
        voiceEnvironmentUri: 'http://127.0.0.1:8080/api/v2/voice-environments/370ef5e6-9e3c-4d91-9588-7f4dfe67e011',
        capabilities: ['DoNotDisturbOn', 'ForwardCallsOn', 'ListenIn', 'Coach', 'BargeIn'],
      },
    ],
  },
  channel: '/v2/me/devices',
};

const supervisorDevice = deviceStateChange.data.devices[0]!;

/** "Device resource" (CallsDeviceResource 8.5.2): the supervisor's device while monitoring, no uri. */
export const monitoringDevice = {
  ...supervisorDevice,
  userState: { id: '9430250E-0A1B-421F-B372-F29E69366DED', displayName: 'Ready', state: 'Ready' },
  capabilities: ['ForwardCallsOn', 'DoNotDisturbOn', 'ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring'],
  supervisorMonitoringState: {
    state: 'ListenIn',
    mode: 'AllCalls',
    scope: 'Call',
    targetDeviceUri: 'http://127.0.0.1:8080/api/v2/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224',
  },
};

/** "Devices API" (HTCC 8.5.1): supervisorMonitoringState a plain string, supervisorMonitoringMode beside it. */
export const monitoringDevice851 = {
  ...supervisorDevice,
  capabilities: ['ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring'],
  supervisorMonitoringState: 'Coach',
  supervisorMonitoringMode: 'NextCall',
};

/** "CancelSupervisorMonitoring" (SupervisorCancelMonitoring): the device after the cancel. */
export const cancelledDevice = {
  data: {
    messageType: 'DeviceStateChangeMessage',
    devices: [{ ...supervisorDevice, doNotDisturb: 'On', capabilities: ['ForwardCallsOn', 'DoNotDisturbOff', 'ListenIn', 'Coach', 'BargeIn'] }],
  },
  channel: '/v2/me/devices',
};

/** Genesys's .NET Web Services client, captured "AttachedDataChanged Event": participants as strings. */
export const attachedDataChanged = {
  data: {
    messageType: 'CallStateChangeMessage',
    notificationType: 'AttachedDataChanged',
    call: {
      id: '0071025563e9f00f',
      state: 'Established',
      callUuid: '00QEAG4KU4A5P78IG2DAHG5AES00000F',
      deviceUri: 'http://192.168.154.128/api/v2/devices/bf78972f-a0f3-44da-9ca6-0a9a7ec5dbea',
      uri: 'http://192.168.154.128/api/v2/me/calls/0071025563e9f00f',
      participants: ['1001'],
      participantsInfo: [{ digits: '1001', e164Number: '1001', formattedPhoneNumber: '1001' }],
      dnis: '1000',
      callType: 'Internal',
      capabilities: [
        'SingleStepTransfer',
        'InitiateConference',
        'AttachUserData',
        'Hangup',
        'SingleStepConference',
        'Hold',
        'InitiateTransfer',
        'DeleteUserDataPair',
        'SendDtmf',
        'DeleteUserData',
        'UpdateUserData',
      ],
      userData: { hello: 'hola' },
      duration: '13',
      mute: 'Off',
    },
    phoneNumber: '1000',
  },
  channel: '/v2/me/calls',
};

/** A Genesys sample agent desktop, an inbound call as it came (messageType after the call). */
export const inboundEstablished = {
  notificationType: 'StatusChange',
  call: {
    id: 'NR0O3ITJ5P0TP0HCUNKM9PPH4K00000D',
    state: 'Established',
    callUuid: 'NR0O3ITJ5P0TP0HCUNKM9PPH4K00000D',
    deviceUri: 'http://demosrv.genesyslab.com:8089/api/v2/devices/bb7aeea8-bcf1-4b56-a4e7-013e1ee5391d',
    participants: [],
    ani: '5125',
    dnis: '8012',
    callType: 'Inbound',
    capabilities: [],
    userData: { acw_time: '40' },
    duration: '6',
    mute: 'Off',
    recordingState: 'Stopped',
    supervisorListeningIn: false,
    monitoredUserMuted: false,
    monitoring: false,
    uri: 'http://demosrv.genesyslab.com:8089/api/v2/me/calls/NR0O3ITJ5P0TP0HCUNKM9PPH4K00000D',
    path: '/calls/NR0O3ITJ5P0TP0HCUNKM9PPH4K00000D',
    case: [],
  },
  phoneNumber: '7001',
  messageType: 'CallStateChangeMessage',
  metrics: {},
};

/** "Call resource" (CallResource 8.5.2). */
export const callResource = {
  id: '01RCC3N118B1V0SL8O7GK2LAES000010',
  state: 'Established',
  callUuid: '01RCC3N118B1V0SL8O7GK2LAES000010',
  connId: '0071027198180020',
  deviceUri: 'http://127.0.0.1:8080/api/v2/devices/631608b3-ceb1-472b-ba05-2ae39555b0d1',
  participants: [
    {
      e164Number: '+19165550104',
      location: 'California',
      formattedPhoneNumber: '(916) 555-0104',
      country: { name: 'United States', code: 'US', callingCode: '1' },
      phoneNumber: '9165550104',
      digits: '9165550104',
    },
  ],
  dnis: '9165550104',
  callType: 'Internal',
  capabilities: [
    'UpdateUserData',
    'SendDtmf',
    'InitiateConference',
    'Hold',
    'SingleStepTransfer',
    'InitiateTransfer',
    'AttachUserData',
    'DeleteUserDataPair',
    'SingleStepConference',
    'DeleteUserData',
    'Hangup',
    'StartCallRecording',
  ],
  userData: { AccountNumber: '12345678' },
  duration: '7',
  mute: 'Off',
  recordingState: 'Stopped',
  supervisorListeningIn: false,
  monitoredUserMuted: false,
  monitoring: false,
  uri: 'http://127.0.0.1:8080/api/v2/me/calls/01RCC3N118B1V0SL8O7GK2LAES000010',
  path: '/calls/01RCC3N118B1V0SL8O7GK2LAES000010',
};

/** "SwitchToBargeIn" (SupervisorSwitchToBargeIn): the supervisor's leg, with no monitoring flag. */
export const switchedToBargeIn = {
  data: {
    notificationType: 'StatusChange',
    call: {
      id: '011DJV5JI898NB2L04000VTAES00000I',
      state: 'Established',
      callUuid: '011DJV5JI898NB2L04000VTAES00000I',
      connId: '007102385535e00e',
      deviceUri: 'http://127.0.0.1:8080/api/v2/devices/efe1ab32-53f9-43ce-b65e-5768c61f7d4a',
      participants: [
        { e164Number: '', formattedPhoneNumber: '5000', phoneNumber: '5000', digits: '5000' },
        { e164Number: '', formattedPhoneNumber: '5001', phoneNumber: '5001', digits: '5001' },
      ],
      dnis: '5001',
      callType: 'Internal',
      capabilities: [
        'AttachUserData',
        'InitiateConference',
        'UpdateUserData',
        'Hold',
        'SingleStepTransfer',
        'DeleteUserData',
        'SingleStepConference',
        'Hangup',
        'DeleteUserDataPair',
        'SendDtmf',
        'InitiateTransfer',
        'SwitchToListenIn',
        'RemoveParticipantFromConference',
      ],
      duration: '21',
      mute: 'Off',
      supervisorListeningIn: false,
      monitoredUserMuted: false,
      uri: 'http://127.0.0.1:8080/api/v2/me/calls/011DJV5JI898NB2L04000VTAES00000I',
      path: '/calls/011DJV5JI898NB2L04000VTAES00000I',
    },
    phoneNumber: '5005',
    extensions: { WrapUpTime: 0, BusinessCall: 0 },
    messageType: 'CallStateChangeMessage',
  },
  channel: '/v2/me/calls',
};

const bargedInCall = switchedToBargeIn.data.call;
const switches = (from: string, to: string) => bargedInCall.capabilities.map((c) => (c === from ? to : c));

/** "SwitchToListenIn": the same leg muted, SwitchToBargeIn on offer, path without its leading slash. */
export const switchedToListenIn = {
  ...switchedToBargeIn,
  data: {
    ...switchedToBargeIn.data,
    call: {
      ...bargedInCall,
      mute: 'On',
      duration: '75',
      capabilities: switches('SwitchToListenIn', 'SwitchToBargeIn'),
      path: 'calls/011DJV5JI898NB2L04000VTAES00000I',
    },
  },
};

/** "MuteMonitoredUser": the agent muted by the supervisor. */
export const monitoredUserMuted = {
  ...switchedToBargeIn,
  data: { ...switchedToBargeIn.data, notificationType: 'MonitoredUserMutedStateChange', call: { ...bargedInCall, monitoredUserMuted: true } },
};

/** "Get a specific user" (UsersGetUser 8.5.2) in a collection read with devices. */
export const usersWithDevices = {
  statusCode: 0,
  users: [
    {
      ...meReply.user,
      emailAddress: 'ksippo@example.com',
      contactCenterId: 'cc1',
      devices: [
        {
          id: '0c754c1f-aaaa-4bbb-8ccc-000000000001',
          deviceState: 'Inactive',
          telephonyNetwork: 'Public',
          model: 'CloudDevice',
          vendor: 'Genesys',
          phoneNumber: '+16509870000',
          country: { name: 'United States' },
          location: 'California',
          e164Number: '+16509870000',
        },
      ],
    },
  ],
};

/** "PauseCallRecording" (8.6): a notification type and a recording state the app does not act on. */
export const recordingPaused = {
  data: {
    messageType: 'CallStateChangeMessage',
    notificationType: 'CallRecordingStateChange',
    call: { ...callResource, recordingState: 'Paused' },
    phoneNumber: '5005',
  },
  channel: '/v2/me/calls',
};

/** "Async telephony notifications" (8.5.0): a password-change message on /v2/me. */
export const passwordChange = { notificationType: 'PasswordChangeError', errorMessage: 'Old password is wrong', errorCode: 2 };
