"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// main/preload.ts
var preload_exports = {};
__export(preload_exports, {
  buildInspectorBridge: () => buildInspectorBridge
});
module.exports = __toCommonJS(preload_exports);
var import_electron = require("electron");

// src/api.ts
var INSPECTOR_METHODS = [
  "scan",
  "lookup",
  "imapSettingsForAccount",
  "providerPolicy",
  "testAccount",
  "testProgress",
  "cancelTest",
  "explain",
  "askAppleMail",
  "openHelp",
  "appInfo"
];

// src/api-validation.ts
var LIMITS = {
  email: 320,
  host: 253,
  username: 512,
  password: 1024,
  text: 2e4,
  url: 2048,
  accountId: 512,
  ca: 64 * 1024,
  maxTimeoutMs: 12e4
};

// src/api-call.ts
function unwrapReply(reply) {
  if (typeof reply !== "object" || reply === null || !("ok" in reply)) {
    throw new Error("The app answered in an unexpected way");
  }
  const r = reply;
  if (r.ok) return r.value;
  const error = new Error(r.error.message);
  error.name = r.error.name;
  throw error;
}

// main/ipc-map.ts
var IPC_PREFIX = "inspector:";
function channelFor(method) {
  return `${IPC_PREFIX}${method}`;
}
var IPC_CHANNELS = INSPECTOR_METHODS.map((method) => channelFor(method));

// main/preload.ts
function buildInspectorBridge(invoke) {
  const bridge = {};
  for (const method of INSPECTOR_METHODS) {
    bridge[method] = async (...args) => unwrapReply(await invoke(channelFor(method), ...args));
  }
  return Object.freeze(bridge);
}
if (typeof import_electron.contextBridge !== "undefined" && import_electron.contextBridge) {
  import_electron.contextBridge.exposeInMainWorld(
    "inspector",
    buildInspectorBridge((channel, ...args) => import_electron.ipcRenderer.invoke(channel, ...args))
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildInspectorBridge
});
