// Test-only preload that breaks the sandbox rule: a sandboxed preload cannot load Node modules.
const { contextBridge } = require('electron');
const fs = require('fs');
contextBridge.exposeInMainWorld('nodeProbe', { exists: fs.existsSync('/') });
