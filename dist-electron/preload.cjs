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

// src/api-validation.ts
var LIMITS = {
  email: 320,
  host: 253,
  username: 512,
  password: 1024,
  text: 2e4,
  url: 2048,
  accountId: 512,
  ca: 64 * 1024
};

// src/api-call.ts
function buildApiClient(send) {
  const call = (method) => async (...args) => unwrapReply(await send(method, args));
  return {
    scan: call("scan"),
    lookup: call("lookup"),
    imapSettingsForAccount: call("imapSettingsForAccount"),
    providerPolicy: call("providerPolicy"),
    guidance: call("guidance"),
    testAccount: call("testAccount"),
    explain: call("explain"),
    askAppleMail: call("askAppleMail"),
    openHelp: call("openHelp"),
    appInfo: call("appInfo")
  };
}
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

// main/preload.ts
function buildInspectorBridge(invoke) {
  return Object.freeze(buildApiClient((method, args) => invoke(channelFor(method), ...args)));
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
