/** electron-builder.yml's appId: Windows ties notifications and taskbar pins to it. */
export const APP_ID = 'com.supervisorsoftphone.app';
