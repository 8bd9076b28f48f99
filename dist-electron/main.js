var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/app-identity.ts
import { readFileSync } from "node:fs";
function appVersion() {
  version ??= JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  return version;
}
var APP_NAME, version;
var init_app_identity = __esm({
  "src/app-identity.ts"() {
    "use strict";
    APP_NAME = "Mail Settings Inspector";
    version = null;
  }
});

// src/sources/home-boundary.ts
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
function isInsideFolder(folder, target) {
  const rel = path.relative(folder, target);
  return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}
function isOwnHome(home) {
  return path.resolve(home) === path.resolve(os.homedir());
}
function homeBoundary(home) {
  let realHome = null;
  return {
    resolve: async (file) => {
      realHome ??= fsp.realpath(home);
      const [root, real] = await Promise.all([realHome, fsp.realpath(file)]);
      if (!isInsideFolder(root, real)) throw new OutsideHomeError(file);
      return real;
    }
  };
}
function boundaryFor(home) {
  return isOwnHome(home) ? NO_BOUNDARY : homeBoundary(home);
}
var OutsideHomeError, NO_BOUNDARY;
var init_home_boundary = __esm({
  "src/sources/home-boundary.ts"() {
    "use strict";
    OutsideHomeError = class extends Error {
      code = "EOUTSIDEHOME";
      constructor(file) {
        super(`${file} is a link that leads outside the home folder being scanned, so it was not followed`);
      }
    };
    NO_BOUNDARY = { resolve: async (file) => file };
  }
});

// src/sources/thunderbird/locations.ts
var PROFILE_ROOTS;
var init_locations = __esm({
  "src/sources/thunderbird/locations.ts"() {
    "use strict";
    PROFILE_ROOTS = [
      // Thunderbird (and Betterbird, which shares Thunderbird's folders outside Flatpak)
      { client: "thunderbird", path: "Library/Thunderbird", label: "Thunderbird (macOS)" },
      { client: "thunderbird", path: "AppData/Roaming/Thunderbird", label: "Thunderbird (Windows)" },
      { client: "thunderbird", path: ".thunderbird", label: "Thunderbird (Linux)" },
      // Debian's rebranded Thunderbird (Icedove) and its older home.
      { client: "thunderbird", path: ".icedove", label: "Icedove (Linux)" },
      { client: "thunderbird", path: ".mozilla-thunderbird", label: "Thunderbird (older Linux)" },
      { client: "thunderbird", path: ".var/app/org.mozilla.Thunderbird/.thunderbird", label: "Thunderbird (Flatpak)" },
      { client: "thunderbird", path: ".var/app/eu.betterbird.Betterbird/.thunderbird", label: "Betterbird (Flatpak)" },
      { client: "thunderbird", path: "snap/thunderbird/common/.thunderbird", label: "Thunderbird (Snap)" },
      // SeaMonkey
      { client: "seamonkey", path: "AppData/Roaming/Mozilla/SeaMonkey", label: "SeaMonkey (Windows)" },
      { client: "seamonkey", path: "Library/Application Support/SeaMonkey", label: "SeaMonkey (macOS)" },
      { client: "seamonkey", path: ".mozilla/seamonkey", label: "SeaMonkey (Linux)" },
      // Postbox (its newer builds call the folder PostboxApp)
      { client: "postbox", path: "AppData/Roaming/Postbox", label: "Postbox (Windows)" },
      { client: "postbox", path: "AppData/Roaming/PostboxApp", label: "Postbox (Windows)" },
      { client: "postbox", path: "Library/Application Support/Postbox", label: "Postbox (macOS)" },
      { client: "postbox", path: "Library/Application Support/PostboxApp", label: "Postbox (macOS)" }
    ];
  }
});

// src/sources/limits.ts
function megabytes(bytes) {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb < 10 ? mb.toFixed(2) : mb.toFixed(1)} MB`;
}
function cutMessage(text3, max = LIMITS.messageChars) {
  if (text3.length <= max) return text3;
  return `${text3.slice(0, max - 1)}\u2026`;
}
function capped(items, max) {
  return items.length > max ? { kept: items.slice(0, max), over: true } : { kept: items, over: false };
}
var MB, LIMITS, OverLimitError;
var init_limits = __esm({
  "src/sources/limits.ts"() {
    "use strict";
    MB = 1024 * 1024;
    LIMITS = {
      /** prefs.js and user.js of one Thunderbird-family profile. */
      prefsBytes: 64 * MB,
      /** profiles.ini and installs.ini. */
      iniBytes: 1 * MB,
      /** Profiles one profiles.ini (or one profiles folder without it) may name. */
      profilesPerRoot: 200,
      /** com.apple.mail.plist and Accounts.plist, XML or binary. */
      plistBytes: 16 * MB,
      /** Nesting of arrays and dictionaries in any property list. */
      plistDepth: 64,
      /** Accounts4.sqlite, read into memory whole. */
      sqliteBytes: 64 * MB,
      /** Its write-ahead log (-wal). */
      walBytes: 64 * MB,
      /** A .reg export or `reg query /s` text given with --registry. */
      registryBytes: 64 * MB,
      /** Lines one wrapped .reg value may span (a 64 KB binary value takes ~3,300). */
      regContinuationLines: 2e4,
      /** Outlook profiles in one registry source. */
      outlookProfiles: 200,
      /** Mail accounts one source (a profile, a store, a plist, a registry file) may hold. */
      accountsPerSource: 1e3,
      /** Longest message a source report carries (file content never needs more). */
      messageChars: 2e3,
      /** Counting one account's local mail (src/sources/local-mail/): directory entries looked at, */
      localMailEntries: 5e5,
      /** mail folders counted, */
      localMailFolders: 1e4,
      /** folder nesting below the account's folder, */
      localMailDepth: 32,
      /** and bytes of mbox files read for separators (about two minutes at page-cache speed). */
      localMailBytes: 64 * 1024 * MB
    };
    OverLimitError = class extends Error {
      code = "EOVERLIMIT";
    };
  }
});

// src/sources/regular-file.ts
import { constants, promises as fsp2 } from "node:fs";
async function readRegularFile(file, maxBytes, boundary = NO_BOUNDARY) {
  const real = await boundary.resolve(file);
  const handle = await fsp2.open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(file);
    if (stat.size > maxBytes) throw new FileTooLargeError(file, stat.size, maxBytes);
    const chunks = [];
    let total = 0;
    let want = Math.max(stat.size, 1);
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(file, total, maxBytes);
      want = CHUNK;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
async function openRegular(file) {
  const handle = await fsp2.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(file);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
var NotRegularFileError, FileTooLargeError, CHUNK;
var init_regular_file = __esm({
  "src/sources/regular-file.ts"() {
    "use strict";
    init_home_boundary();
    init_limits();
    NotRegularFileError = class extends Error {
      code = "ENOTREG";
      constructor(file) {
        super(`${file} is not an ordinary file (a device or a pipe), so it was not read`);
      }
    };
    FileTooLargeError = class extends OverLimitError {
      constructor(file, size, max) {
        super(`${file} is too large (${megabytes(size)}; this tool reads at most ${megabytes(max)}), so it was not read`);
        this.size = size;
        this.max = max;
      }
      size;
      max;
    };
    CHUNK = 64 * 1024;
  }
});

// src/sources/thunderbird/profile-fs.ts
import { promises as fsp3 } from "node:fs";
import path2 from "node:path";
function guardedFs(inner) {
  return {
    readFile: async (file, maxBytes) => {
      const name = path2.basename(file);
      if (!READABLE_FILES.has(name)) throw new RefusedFileError(`The reader never opens ${name}`);
      return inner.readFile(file, maxBytes);
    },
    stat: (file) => inner.stat(file),
    readdir: (dir) => inner.readdir(dir),
    realpath: (file) => inner.realpath(file)
  };
}
function profileFsWithin(boundary) {
  return {
    readFile: (file, maxBytes) => readRegularFile(file, maxBytes, boundary),
    stat: async (file) => fsp3.stat(await boundary.resolve(file)),
    readdir: async (dir) => fsp3.readdir(await boundary.resolve(dir)),
    realpath: (file) => boundary.resolve(file).then((real) => fsp3.realpath(real))
  };
}
function profileFsFor(home) {
  return profileFsWithin(boundaryFor(home));
}
function errorCode(error) {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return void 0;
}
var READABLE_FILES, RefusedFileError, nodeProfileFs;
var init_profile_fs = __esm({
  "src/sources/thunderbird/profile-fs.ts"() {
    "use strict";
    init_home_boundary();
    init_regular_file();
    READABLE_FILES = /* @__PURE__ */ new Set(["profiles.ini", "installs.ini", "prefs.js", "user.js"]);
    RefusedFileError = class extends Error {
      code = "EREFUSED";
    };
    nodeProfileFs = profileFsWithin(NO_BOUNDARY);
  }
});

// src/sources/thunderbird/server-values.ts
function securityFromSocketType(socketType) {
  switch (socketType) {
    case 0:
      return "none";
    case 1:
    case 2:
      return "starttls";
    case 3:
      return "tls";
    default:
      return null;
  }
}
function authFromAuthMethod(authMethod) {
  switch (authMethod) {
    case 1:
      return "none";
    // no login needed, e.g. IP-address based
    case 2:
    // "old": USER/PASS or LOGIN without AUTH
    case 3:
    // passwordCleartext
    case 9:
      return "password";
    case 4:
    // passwordEncrypted: CRAM-MD5, DIGEST-MD5
    case 8:
      return "password-encrypted";
    case 5:
      return "gssapi";
    case 6:
      return "ntlm";
    case 7:
      return "client-certificate";
    // AUTH EXTERNAL
    case 10:
      return "oauth2";
    default:
      return "unknown";
  }
}
function protocolFromServerType(type) {
  switch (type.toLowerCase()) {
    case "imap":
      return "imap";
    case "pop3":
      return "pop3";
    case "nntp":
      return "nntp";
    case "ews":
      return "ews";
    case "graph":
      return "graph";
    default:
      return "unknown";
  }
}
function defaultPort(protocol, security2) {
  const tls4 = security2 === "tls";
  switch (protocol) {
    case "imap":
      return tls4 ? 993 : 143;
    case "pop3":
      return tls4 ? 995 : 110;
    case "nntp":
      return tls4 ? 563 : 119;
    case "smtp":
      return tls4 ? 465 : 587;
    case "ews":
    case "graph":
      return 443;
    default:
      return null;
  }
}
var NON_MAIL_SERVER_TYPES;
var init_server_values = __esm({
  "src/sources/thunderbird/server-values.ts"() {
    "use strict";
    NON_MAIL_SERVER_TYPES = /* @__PURE__ */ new Set(["none", "rss", "im"]);
  }
});

// src/sources/thunderbird/outgoing-server.ts
function hostFromUrl(url) {
  if (!url) return { host: null, port: null };
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname || null, port: parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80 };
  } catch {
    return { host: null, port: null };
  }
}
function readOutgoingServer(prefs, key) {
  if (!prefs.list("mail.smtpservers").includes(key)) return null;
  const warnings = [];
  const type = (prefs.text(`mail.smtpserver.${key}.type`) ?? "smtp").toLowerCase();
  if (type === "ews" || type === "graph") {
    const branch2 = `mail.outgoingserver.${key}.`;
    const url = prefs.text(`${branch2}ews_url`);
    const fromUrl = hostFromUrl(url);
    const authMethod2 = prefs.int(`${branch2}auth_method`) ?? 3;
    const server5 = {
      protocol: type === "ews" ? "ews" : "graph",
      host: fromUrl.host,
      port: fromUrl.port,
      security: url ? url.toLowerCase().startsWith("https:") ? "tls" : "none" : null,
      username: prefs.text(`${branch2}username`) ?? null,
      auth: authFromAuthMethod(authMethod2)
    };
    if (url) server5.url = url;
    return { server: server5, warnings };
  }
  if (type !== "smtp") {
    warnings.push(`The outgoing server uses a type this tool does not know ("${type}").`);
  }
  const branch = `mail.smtpserver.${key}.`;
  const socketType = prefs.int(`${branch}try_ssl`) ?? prefs.int("mail.smtpserver.default.try_ssl") ?? 0;
  const security2 = securityFromSocketType(socketType);
  if (security2 === null) warnings.push(`The outgoing server has an unknown security setting (${socketType}).`);
  const authMethod = prefs.int(`${branch}authMethod`) ?? prefs.int("mail.smtpserver.default.authMethod") ?? 3;
  const setPort = prefs.int(`${branch}port`) ?? 0;
  const server4 = {
    protocol: type === "smtp" ? "smtp" : "unknown",
    host: prefs.text(`${branch}hostname`) ?? null,
    port: setPort > 0 ? setPort : defaultPort("smtp", security2),
    security: security2,
    username: prefs.text(`${branch}username`) ?? null,
    auth: authFromAuthMethod(authMethod)
  };
  if (server4.auth === "unknown") warnings.push(`The outgoing server has an unknown sign-in setting (${authMethod}).`);
  return { server: server4, warnings };
}
function chooseOutgoingServer(prefs, identityKey) {
  const fromIdentity = identityKey ? prefs.text(`mail.identity.${identityKey}.smtpServer`) : void 0;
  const key = fromIdentity ?? prefs.text("mail.smtp.defaultserver") ?? prefs.list("mail.smtpservers")[0] ?? null;
  if (!key) {
    return { key: null, server: null, warnings: ["No outgoing (SMTP) server is set up, so Thunderbird cannot send mail from this account."] };
  }
  const read = readOutgoingServer(prefs, key);
  if (!read) {
    return {
      key,
      server: null,
      warnings: [`The outgoing server this account points to ("${key}") is missing from Thunderbird's settings, so it cannot send mail.`]
    };
  }
  if (!read.server.host && !read.server.url) {
    read.warnings.push("The outgoing server has no server name set.");
  }
  return { key, server: read.server, warnings: read.warnings };
}
var init_outgoing_server = __esm({
  "src/sources/thunderbird/outgoing-server.ts"() {
    "use strict";
    init_server_values();
  }
});

// src/sources/append-all.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
var init_append_all = __esm({
  "src/sources/append-all.ts"() {
    "use strict";
  }
});

// src/sources/thunderbird/accounts.ts
import { createHash } from "node:crypto";
function accountId(client, profile, accountKey) {
  const digest = createHash("sha256").update(`${client}\0${profile}\0${accountKey}`).digest("hex");
  return `${client}-${digest.slice(0, 16)}`;
}
function serverInt(prefs, key, name, builtIn) {
  return prefs.int(`mail.server.${key}.${name}`) ?? prefs.int(`mail.server.default.${name}`) ?? builtIn;
}
function serverBool(prefs, key, name, builtIn) {
  return prefs.bool(`mail.server.${key}.${name}`) ?? prefs.bool(`mail.server.default.${name}`) ?? builtIn;
}
function socketTypeOf(prefs, key) {
  const set = prefs.int(`mail.server.${key}.socketType`);
  if (set !== void 0) return set;
  if (prefs.bool(`mail.server.${key}.isSecure`) === true) return 3;
  return prefs.int("mail.server.default.socketType") ?? 0;
}
function incomingServer(prefs, key, type, warnings) {
  const branch = `mail.server.${key}.`;
  const protocol = protocolFromServerType(type);
  let host = prefs.text(`${branch}realhostname`) ?? prefs.text(`${branch}hostname`) ?? null;
  let portFromHost = null;
  if (host && host.split(":").length === 2) {
    const [h, p] = host.split(":");
    host = h;
    const n = Number.parseInt(p, 10);
    if (Number.isFinite(n) && n > 0) portFromHost = n;
  }
  const socketType = socketTypeOf(prefs, key);
  const security2 = securityFromSocketType(socketType);
  if (security2 === null) warnings.push(`The incoming server has an unknown security setting (${socketType}).`);
  const authMethod = serverInt(prefs, key, "authMethod", 3);
  const auth = authFromAuthMethod(authMethod);
  if (auth === "unknown") warnings.push(`The incoming server has an unknown sign-in setting (${authMethod}).`);
  const setPort = portFromHost ?? serverInt(prefs, key, "port", -1);
  const server4 = {
    protocol,
    host,
    port: setPort > 0 ? setPort : defaultPort(protocol, security2),
    security: security2,
    username: prefs.text(`${branch}realuserName`) ?? prefs.text(`${branch}userName`) ?? null,
    auth
  };
  const url = prefs.text(`${branch}ews_url`);
  if (url && (protocol === "ews" || protocol === "graph")) {
    server4.url = url;
    if (!server4.host) {
      try {
        server4.host = new URL(url).hostname || null;
      } catch {
      }
    }
  }
  if (protocol === "unknown") {
    warnings.push(`This account uses a server type this tool does not know ("${type}"), probably from an add-on.`);
  }
  if (!server4.host && !server4.url) warnings.push("The incoming server has no server name set.");
  return server4;
}
function assembleAccounts(prefs, context) {
  const accounts = [];
  const skipped = [];
  const serverKeys = /* @__PURE__ */ new Map();
  const accountKeys = prefs.list("mail.accountmanager.accounts");
  const seenAccounts = /* @__PURE__ */ new Set();
  const seenServers = /* @__PURE__ */ new Set();
  const localFolders = prefs.text("mail.accountmanager.localfoldersserver");
  const accountName = (accountKey) => {
    const serverKey = prefs.text(`mail.account.${accountKey}.server`);
    if (!serverKey) return null;
    if (serverKey === localFolders || prefs.text(`mail.server.${serverKey}.type`) === "none") return "Local Folders";
    return prefs.text(`mail.server.${serverKey}.name`) ?? prefs.text(`mail.server.${serverKey}.hostname`) ?? null;
  };
  let overCap = 0;
  let untold = 0;
  const skip = (note) => {
    if (skipped.length < KEPT_NOTES) skipped.push(note);
    else untold++;
  };
  for (const accountKey of accountKeys) {
    if (seenAccounts.has(accountKey)) continue;
    seenAccounts.add(accountKey);
    if (accounts.length >= LIMITS.accountsPerSource) {
      overCap++;
      continue;
    }
    const serverKey = prefs.text(`mail.account.${accountKey}.server`);
    if (!serverKey) {
      skip(`Account "${accountKey}" has no incoming server, so Thunderbird ignores it.`);
      continue;
    }
    if (seenServers.has(serverKey)) {
      skip(`Account "${accountKey}" repeats the server of another account, so Thunderbird ignores it.`);
      continue;
    }
    seenServers.add(serverKey);
    const type = prefs.text(`mail.server.${serverKey}.type`);
    if (!type) {
      skip(`Account "${accountKey}" points to server settings that are missing ("${serverKey}"), so Thunderbird ignores it.`);
      continue;
    }
    if (NON_MAIL_SERVER_TYPES.has(type.toLowerCase())) continue;
    const warnings = [];
    const incoming = incomingServer(prefs, serverKey, type, warnings);
    const identityKeys = prefs.list(`mail.account.${accountKey}.identities`);
    const firstIdentity = identityKeys[0] ?? null;
    const email = firstIdentity ? prefs.text(`mail.identity.${firstIdentity}.useremail`) ?? null : null;
    const name = prefs.text(`mail.server.${serverKey}.name`) ?? // GetConstructedPrettyName: "user on host".
    (incoming.username ? `${incoming.username} on ${incoming.host ?? ""}` : incoming.host ?? accountKey);
    let outgoing = null;
    if (incoming.protocol !== "nntp" || firstIdentity) {
      const choice = chooseOutgoingServer(prefs, firstIdentity);
      outgoing = choice.server;
      appendAll(warnings, choice.warnings);
    }
    if (!firstIdentity && incoming.protocol !== "nntp") {
      warnings.push("This account has no identity (no email address), so Thunderbird cannot send from it.");
    }
    const account = {
      id: accountId(context.client, context.profile, accountKey),
      client: context.client,
      profile: context.profile,
      name,
      email,
      incoming,
      outgoing,
      provider: null,
      warnings
    };
    if (incoming.protocol === "pop3") {
      const leaveOnServer = serverBool(prefs, serverKey, "leave_on_server", false);
      account.pop3 = { leaveOnServer };
      warnings.unshift(
        "This is a POP3 account: a CRM cannot sync POP3. Move it to IMAP to connect it." + (leaveOnServer ? "" : " Mail is deleted from the server after download, so older mail is only on this computer.")
      );
      const deferredTo = prefs.text(`mail.server.${serverKey}.deferred_to_account`);
      if (deferredTo) {
        const target = accountName(deferredTo);
        warnings.push(`New mail from this account is stored in ${target ? `"${target}"` : "another account"}, not in a folder of its own.`);
      }
    }
    if (incoming.protocol === "nntp") warnings.push("This is a newsgroup account, not a mailbox.");
    if (incoming.auth === "oauth2" || outgoing?.auth === "oauth2") {
      warnings.push(
        "This account signs in through the provider's web page (OAuth2), so no password is stored to copy; the CRM will ask you to sign in with the provider."
      );
    }
    if (incoming.security === "none" || outgoing?.security === "none") {
      warnings.push("A connection of this account is not encrypted: the password would travel readable on the network.");
    }
    accounts.push(account);
    serverKeys.set(account.id, serverKey);
  }
  if (untold > 0) skipped.push(`${untold} more accounts are skipped for the same kinds of reasons.`);
  if (overCap > 0) {
    skipped.push(`This profile lists ${overCap} more accounts beyond the ${LIMITS.accountsPerSource} this tool reads from one place; they were not read.`);
  }
  return { accounts, skipped, overCap: overCap > 0, serverKeys };
}
var KEPT_NOTES;
var init_accounts = __esm({
  "src/sources/thunderbird/accounts.ts"() {
    "use strict";
    init_outgoing_server();
    init_server_values();
    init_append_all();
    init_limits();
    KEPT_NOTES = 20;
  }
});

// src/sources/local-mail/bounds.ts
import { promises as fsp4 } from "node:fs";
import path3 from "node:path";
function isInside(root, candidate) {
  const rel = path3.relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
function errorCode2(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
function countFailure(error, folder) {
  if (error instanceof CountLimitError) return `Not counted: ${error.message}.`;
  switch (errorCode2(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return `Not counted: the mail folder ${folder} is not there (moved, or on another drive).`;
    case "EACCES":
    case "EPERM":
      return `Not counted: permission to read the mail folder ${folder} was denied.`;
    case "ELOOP":
      return `Not counted: the mail folder ${folder} is a link that leads back to itself.`;
    case "ENOTREG":
      return `Not counted: a file in ${folder} is a device or a pipe, not mail.`;
    default:
      return `Not counted: the mail folder ${folder} could not be read${errorCode2(error) ? ` (${errorCode2(error)})` : ""}.`;
  }
}
var COUNT_LIMITS, CountLimitError, CountBudget, HomeBounds;
var init_bounds = __esm({
  "src/sources/local-mail/bounds.ts"() {
    "use strict";
    init_limits();
    COUNT_LIMITS = {
      entries: LIMITS.localMailEntries,
      folders: LIMITS.localMailFolders,
      depth: LIMITS.localMailDepth,
      bytes: LIMITS.localMailBytes
    };
    CountLimitError = class extends OverLimitError {
    };
    CountBudget = class {
      constructor(limits = COUNT_LIMITS) {
        this.limits = limits;
      }
      limits;
      entries = 0;
      folders = 0;
      bytes = 0;
      entry(n = 1) {
        this.entries += n;
        if (this.entries > this.limits.entries) {
          throw new CountLimitError(`the mail folders hold more than ${this.limits.entries.toLocaleString("en-US")} files and folders, more than this tool counts`);
        }
      }
      folder(depth) {
        this.folders++;
        if (this.folders > this.limits.folders) {
          throw new CountLimitError(`there are more than ${this.limits.folders.toLocaleString("en-US")} mail folders, more than this tool counts`);
        }
        this.descend(depth);
      }
      /** Call before walking into a directory `depth` levels below the account's folder. */
      descend(depth) {
        if (depth > this.limits.depth) {
          throw new CountLimitError(`the mail folders are nested more than ${this.limits.depth} deep, more than this tool follows`);
        }
      }
      /** Call before reading a file of `size` bytes. */
      read(size) {
        this.bytes += size;
        if (this.bytes > this.limits.bytes) {
          throw new CountLimitError(`the mail files are larger than ${Math.round(this.limits.bytes / 1024 ** 3)} GB together, more than this tool reads`);
        }
      }
    };
    HomeBounds = class _HomeBounds {
      constructor(roots) {
        this.roots = roots;
      }
      roots;
      /**
       * `also`: folders the reader itself was allowed to read outside the home (a Thunderbird
       * profile kept on another drive of this computer, listed in its profiles.ini).
       */
      static async of(home, also = []) {
        const roots = [await fsp4.realpath(path3.resolve(home))];
        for (const extra of also) {
          const real = await fsp4.realpath(extra).catch(() => null);
          if (real) roots.push(real);
        }
        return new _HomeBounds(roots);
      }
      /** The real path of `p` when it is inside the home, else null (missing paths throw ENOENT). */
      async inside(p) {
        const real = await fsp4.realpath(p);
        return this.roots.some((root) => isInside(root, real)) ? real : null;
      }
      async entry(dir, d) {
        let target = path3.join(dir, d.name);
        if (d.isSymbolicLink()) {
          const real = await this.inside(target).catch(() => null);
          if (!real) return null;
          target = real;
        } else if (!d.isFile() && !d.isDirectory()) {
          return null;
        }
        const stat = await fsp4.stat(target).catch(() => null);
        if (stat?.isFile()) return { name: d.name, path: target, kind: "file", size: stat.size };
        if (stat?.isDirectory()) return { name: d.name, path: target, kind: "directory", size: 0 };
        return null;
      }
      /**
       * The entries of a folder: ordinary files and folders only (devices, pipes and sockets are
       * left out), symlinks resolved only when they stay inside the home.
       */
      async list(dir, budget) {
        const dirents = await fsp4.readdir(dir, { withFileTypes: true });
        budget.entry(dirents.length);
        const out = [];
        for (let start = 0; start < dirents.length; start += 64) {
          const batch = await Promise.all(dirents.slice(start, start + 64).map((d) => this.entry(dir, d)));
          for (const e of batch) if (e) out.push(e);
        }
        return out;
      }
    };
  }
});

// src/sources/local-mail/mbox-count.ts
function isFieldNameByte(b) {
  return b >= 33 && b <= 126 && b !== COLON;
}
function isStatusHeader(data, at, end) {
  if (end - at < STATUS_HEADER.length) return false;
  for (let k = 0; k < STATUS_HEADER.length; k++) {
    const b = data[at + k];
    if ((b >= 65 && b <= 90 ? b + 32 : b) !== STATUS_HEADER[k]) return false;
  }
  return true;
}
function statusFlags(data, valueStart, end) {
  let i = valueStart;
  while (i < end && (data[i] === 32 || data[i] === 9)) i++;
  let value = 0;
  let digits = 0;
  for (; i < end && digits < 8; i++, digits++) {
    const b = data[i];
    const d = b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1;
    if (d < 0) break;
    value = value * 16 + d;
  }
  return digits > 0 ? value : 0;
}
function isLiveMessage(data, start, end, eof) {
  const stop = Math.min(end, start + LOOKAHEAD);
  const cut = stop < end || !eof;
  let i = data.indexOf(LF, start);
  if (i === -1 || i + 1 >= stop) return cut;
  i++;
  for (let header = 0; header < 8; header++) {
    if (i >= stop) return cut || header >= 2;
    const b = data[i];
    if (b === LF || b === CR && data[i + 1] === LF) return header >= 2;
    const nameStart = i;
    while (i < stop && isFieldNameByte(data[i])) i++;
    if (i >= stop) return cut || header >= 2;
    if (data[i] !== COLON) return header >= 2;
    if (isStatusHeader(data, nameStart, stop) && statusFlags(data, i + 1, stop) & EXPUNGED) return false;
    do {
      i = data.indexOf(LF, i);
      if (i === -1 || i + 1 >= stop) return cut || header >= 1;
      i++;
    } while (data[i] === 32 || data[i] === 9);
  }
  return true;
}
function endsBlankLine(data, i) {
  const before = data[i - 1];
  return before === LF || before === CR && data[i - 2] === LF;
}
async function countMbox(file) {
  const handle = await openRegular(file);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + LOOKAHEAD + 2);
    let filled = 0;
    let searchFrom = 0;
    let total = 0;
    let messages = 0;
    let atStart = true;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      filled += bytesRead;
      total += bytesRead;
      const eof = bytesRead === 0;
      const data = buffer.subarray(0, filled);
      if (atStart && (filled >= FROM.length || eof)) {
        atStart = false;
        if (data.subarray(0, FROM.length).equals(FROM) && isLiveMessage(data, 0, filled, eof)) messages++;
      }
      const limit = eof ? filled : filled - LOOKAHEAD;
      let i = searchFrom < limit ? data.indexOf(SEPARATOR, searchFrom) : -1;
      while (i !== -1 && i < limit) {
        if (endsBlankLine(data, i) && isLiveMessage(data, i + 1, filled, eof)) messages++;
        i = data.indexOf(SEPARATOR, i + 1);
      }
      if (eof) break;
      if (limit <= searchFrom) continue;
      const keepFrom = Math.max(0, limit - 2);
      buffer.copy(buffer, 0, keepFrom, filled);
      filled -= keepFrom;
      searchFrom = limit - keepFrom;
    }
    return { messages, bytes: total };
  } finally {
    await handle.close();
  }
}
var CHUNK_BYTES, LOOKAHEAD, SEPARATOR, FROM, LF, CR, COLON, EXPUNGED, STATUS_HEADER;
var init_mbox_count = __esm({
  "src/sources/local-mail/mbox-count.ts"() {
    "use strict";
    init_regular_file();
    CHUNK_BYTES = 4 * 1024 * 1024;
    LOOKAHEAD = 1024;
    SEPARATOR = Buffer.from("\nFrom ");
    FROM = Buffer.from("From ");
    LF = 10;
    CR = 13;
    COLON = 58;
    EXPUNGED = 8;
    STATUS_HEADER = Buffer.from("x-mozilla-status:");
  }
});

// src/sources/local-mail/thunderbird-stores.ts
function isIgnoredName(name) {
  if (!name || name.startsWith(".") || name.startsWith("#") || name.endsWith("~")) return true;
  const lower = name.toLowerCase();
  if (IGNORED_NAMES.has(lower) || lower.startsWith("feeditems_error")) return true;
  return IGNORED_ENDINGS.some((ending) => lower.endsWith(ending));
}
function add(total, part) {
  total.messages += part.messages;
  total.folders += part.folders;
  total.bytes += part.bytes;
}
function subfolderDirs(entries) {
  return entries.filter((e) => e.kind === "directory" && e.name.toLowerCase().endsWith(".sbd"));
}
async function countMboxLevel(dir, walk, depth, seen) {
  const total = { messages: 0, folders: 0, bytes: 0 };
  const entries = await walk.bounds.list(dir, walk.budget);
  for (const entry of entries) {
    if (entry.kind !== "file" || isIgnoredName(entry.name)) continue;
    walk.budget.folder(depth);
    walk.budget.read(entry.size);
    const counted = await countMbox(entry.path);
    add(total, { messages: counted.messages, folders: 1, bytes: counted.bytes });
  }
  for (const sub of subfolderDirs(entries)) {
    if (seen.has(sub.path)) continue;
    seen.add(sub.path);
    add(total, await countMboxLevel(sub.path, walk, depth + 1, seen));
  }
  return total;
}
async function countMaildirFolder(folder, walk) {
  const total = { messages: 0, folders: 1, bytes: 0 };
  const parts = await walk.bounds.list(folder.path, walk.budget);
  for (const part of parts) {
    if (part.kind !== "directory" || part.name !== "cur" && part.name !== "new") continue;
    for (const file of await walk.bounds.list(part.path, walk.budget)) {
      if (file.kind !== "file" || file.name.startsWith(".")) continue;
      total.messages++;
      total.bytes += file.size;
    }
  }
  return total;
}
async function countMaildirLevel(dir, walk, depth, seen) {
  const total = { messages: 0, folders: 0, bytes: 0 };
  const entries = await walk.bounds.list(dir, walk.budget);
  for (const entry of entries) {
    if (entry.kind !== "directory" || isIgnoredName(entry.name)) continue;
    walk.budget.folder(depth);
    add(total, await countMaildirFolder(entry, walk));
  }
  for (const sub of subfolderDirs(entries)) {
    if (seen.has(sub.path)) continue;
    seen.add(sub.path);
    add(total, await countMaildirLevel(sub.path, walk, depth + 1, seen));
  }
  return total;
}
function countThunderbirdStore(kind, dir, walk) {
  const seen = /* @__PURE__ */ new Set([dir]);
  return kind === "maildir" ? countMaildirLevel(dir, walk, 0, seen) : countMboxLevel(dir, walk, 0, seen);
}
var IGNORED_NAMES, IGNORED_ENDINGS;
var init_thunderbird_stores = __esm({
  "src/sources/local-mail/thunderbird-stores.ts"() {
    "use strict";
    init_mbox_count();
    IGNORED_NAMES = /* @__PURE__ */ new Set([
      "msgfilterrules.dat",
      "rules.dat",
      "filterlog.html",
      "junklog.html",
      "rulesbackup.dat",
      "popstate.dat",
      "sort.dat",
      "mailfilt.log",
      "filters.js",
      "feeds.json",
      "feeds.json.tmp",
      "feeds.json.backup",
      "feeds.json.corrupt",
      "feeditems.json",
      "feeditems.json.tmp",
      "feeditems.json.backup",
      "feeditems.json.corrupt",
      "feeds.rdf",
      "feeditems.rdf"
    ]);
    IGNORED_ENDINGS = [".snm", ".toc", ".mozmsgs", ".sbd", ".msf"];
  }
});

// src/sources/thunderbird/local-mail.ts
import path4 from "node:path";
function isWindowsPath(p) {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
function reRootUnderHome(stored, home) {
  const slashed = isWindowsPath(stored) ? stored.replace(/\\/g, "/") : stored;
  if (!isWindowsPath(stored) && path4.isAbsolute(stored)) {
    const rel = path4.relative(path4.resolve(home), path4.resolve(stored));
    if (rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel)) return path4.resolve(stored);
  }
  for (const prefix of HOME_PREFIXES) {
    const m = prefix.exec(slashed);
    if (!m) continue;
    const rest = slashed.slice(m[0].length).split("/").filter((part) => part !== "" && part !== ".");
    if (rest.includes("..")) return null;
    return path4.join(home, ...rest);
  }
  return null;
}
function serverDir(prefs, serverKey, place) {
  const rel = prefs.text(`mail.server.${serverKey}.directory-rel`);
  if (rel?.startsWith("[ProfD]")) {
    const parts = rel.slice("[ProfD]".length).split(/[\\/]/).filter((part) => part !== "");
    return { dir: path4.resolve(place.profileDir, ...parts) };
  }
  const absolute = prefs.text(`mail.server.${serverKey}.directory`);
  if (absolute) {
    const dir = reRootUnderHome(absolute, place.home);
    return dir ? { dir } : { reason: `Not counted: the account's mail folder (${absolute}) is outside the home folder that was scanned.` };
  }
  return { reason: "Not counted: Thunderbird has no mail folder set for this account." };
}
function storeKind(prefs, serverKey) {
  const id = prefs.text(`mail.server.${serverKey}.storeContractID`) ?? prefs.text("mail.serverDefaultStoreContractID") ?? "";
  return id.includes("maildirstore") ? "maildir" : "mbox";
}
function deferredServer(prefs, serverKey) {
  const target = prefs.text(`mail.server.${serverKey}.deferred_to_account`);
  return target ? prefs.text(`mail.account.${target}.server`) ?? null : null;
}
async function countAccount(prefs, serverKey, place, bounds) {
  const deferredTo = deferredServer(prefs, serverKey);
  const key = deferredTo ?? serverKey;
  const located = serverDir(prefs, key, place);
  if ("reason" in located) return { count: null, reason: located.reason };
  try {
    const real = await bounds.inside(located.dir);
    if (!real) return { count: null, reason: `Not counted: the account's mail folder ${located.dir} leads outside the home folder that was scanned.` };
    const count = await countThunderbirdStore(storeKind(prefs, key), real, { bounds, budget: new CountBudget() });
    if (!deferredTo) return { count };
    const name = prefs.text(`mail.server.${key}.name`) ?? "Local Folders";
    return {
      count,
      reason: `This account's mail is stored in "${name}", so the count is of all of "${name}", which may also hold mail of other accounts.`
    };
  } catch (error) {
    return { count: null, reason: countFailure(error, located.dir) };
  }
}
async function addThunderbirdLocalMail(accounts, serverKeys, prefs, place) {
  const pop3 = accounts.filter((a) => a.incoming.protocol === "pop3" && serverKeys.has(a.id));
  if (pop3.length === 0) return;
  let bounds;
  try {
    bounds = await HomeBounds.of(place.home, [place.profileDir]);
  } catch (error) {
    for (const account of pop3) {
      account.localMail = null;
      account.localMailReason = countFailure(error, place.home);
    }
    return;
  }
  for (const account of pop3) {
    const { count, reason } = await countAccount(prefs, serverKeys.get(account.id), place, bounds);
    account.localMail = count;
    if (reason) account.localMailReason = reason;
  }
}
var HOME_PREFIXES;
var init_local_mail = __esm({
  "src/sources/thunderbird/local-mail.ts"() {
    "use strict";
    init_bounds();
    init_thunderbird_stores();
    HOME_PREFIXES = [
      /^[A-Za-z]:\/(?:Users|Documents and Settings)\/[^/]+\//i,
      /^\/Users\/[^/]+\//,
      /^\/(?:var\/)?home\/[^/]+\//,
      /^\/root\//
    ];
  }
});

// src/sources/thunderbird/pref-store.ts
var PrefStore;
var init_pref_store = __esm({
  "src/sources/thunderbird/pref-store.ts"() {
    "use strict";
    PrefStore = class {
      values = /* @__PURE__ */ new Map();
      constructor(files) {
        const defaults = /* @__PURE__ */ new Map();
        const locked = /* @__PURE__ */ new Set();
        for (const file of files) {
          for (const [k, v] of file.defaults) defaults.set(k, v);
          for (const k of file.locked) locked.add(k);
        }
        for (const [k, v] of defaults) this.values.set(k, v);
        for (const file of files) for (const [k, v] of file.user) this.values.set(k, v);
        for (const k of locked) {
          const v = defaults.get(k);
          if (v !== void 0) this.values.set(k, v);
        }
      }
      get(name) {
        return this.values.get(name);
      }
      /** A string pref; Gecko's GetCharPref fails on other types, so they count as absent. */
      string(name) {
        const v = this.values.get(name);
        return typeof v === "string" ? v : void 0;
      }
      /** A non-empty string pref (Thunderbird clears a pref rather than store ""). */
      text(name) {
        const v = this.string(name);
        return v === void 0 || v === "" ? void 0 : v;
      }
      int(name) {
        const v = this.values.get(name);
        return typeof v === "number" ? v : void 0;
      }
      bool(name) {
        const v = this.values.get(name);
        return typeof v === "boolean" ? v : void 0;
      }
      /** A comma-separated key list (mail.accountmanager.accounts, mail.smtpservers, ...). */
      list(name) {
        const v = this.string(name);
        if (!v) return [];
        return v.split(",").map((k) => k.replace(/\s+/g, "")).filter((k) => k.length > 0);
      }
      get size() {
        return this.values.size;
      }
    };
  }
});

// src/sources/thunderbird/prefs-scanner.ts
function decodeBytes(bytes, start, end, ascii) {
  if (ascii) return latin1(bytes, start, end);
  const view = bytes.subarray(start, end);
  try {
    return utf8.decode(view);
  } catch {
    return latin1(bytes, start, end);
  }
}
function latin1(bytes, start, end) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.toString("latin1", start, end);
}
var T_EOF, T_PREF, T_STICKY_PREF, T_USER_PREF, T_LOCK_PREF, T_TRUE, T_FALSE, T_STRING, T_INT, T_ERROR, T_OTHER_KEYWORD, K_OTHER, K_SINGLE, K_SPACE, K_KEYWORD, K_QUOTE, K_SLASH, K_DIGIT, K_HASH, K_CR, KIND, SPECIAL_IN_STRING, KEYWORDS, KEYWORD_TOKENS, utf8, PrefsScanner;
var init_prefs_scanner = __esm({
  "src/sources/thunderbird/prefs-scanner.ts"() {
    "use strict";
    T_EOF = 0;
    T_PREF = 256;
    T_STICKY_PREF = 257;
    T_USER_PREF = 258;
    T_LOCK_PREF = 259;
    T_TRUE = 260;
    T_FALSE = 261;
    T_STRING = 262;
    T_INT = 263;
    T_ERROR = 264;
    T_OTHER_KEYWORD = 265;
    K_OTHER = 0;
    K_SINGLE = 1;
    K_SPACE = 2;
    K_KEYWORD = 3;
    K_QUOTE = 4;
    K_SLASH = 5;
    K_DIGIT = 6;
    K_HASH = 7;
    K_CR = 8;
    KIND = new Uint8Array(256).fill(K_OTHER);
    for (const c of "()+,-;") KIND[c.charCodeAt(0)] = K_SINGLE;
    for (const c of [9, 10, 11, 12, 32]) KIND[c] = K_SPACE;
    for (let c = 65; c <= 90; c++) KIND[c] = K_KEYWORD;
    for (let c = 97; c <= 122; c++) KIND[c] = K_KEYWORD;
    KIND[95] = K_KEYWORD;
    KIND[34] = K_QUOTE;
    KIND[39] = K_QUOTE;
    KIND[47] = K_SLASH;
    for (let c = 48; c <= 57; c++) KIND[c] = K_DIGIT;
    KIND[35] = K_HASH;
    KIND[13] = K_CR;
    SPECIAL_IN_STRING = new Uint8Array(256);
    for (const c of [0, 10, 13, 34, 39, 92]) SPECIAL_IN_STRING[c] = 1;
    KEYWORDS = ["user_pref", "true", "false", "pref", "sticky_pref", "lock_pref", "sticky", "locked"].map(
      (w) => Uint8Array.from(w, (ch) => ch.charCodeAt(0))
    );
    KEYWORD_TOKENS = [T_USER_PREF, T_TRUE, T_FALSE, T_PREF, T_STICKY_PREF, T_LOCK_PREF, T_OTHER_KEYWORD, T_OTHER_KEYWORD];
    utf8 = new TextDecoder("utf-8", { fatal: true });
    PrefsScanner = class {
      constructor(buf) {
        this.buf = buf;
        const nul = buf.indexOf(0);
        this.end = nul < 0 ? buf.length : nul;
        if (buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) this.i = 3;
      }
      buf;
      i = 0;
      line = 1;
      end;
      /** The value of the last T_STRING / T_INT token. */
      str = "";
      /** When set, string literals are checked but not decoded (their value is not wanted). */
      skipDecode = false;
      int = 0;
      /** The message of the last T_ERROR token. */
      errorMessage = "";
      errorLine = 0;
      scratch = Buffer.alloc(256);
      get lineNumber() {
        return this.line;
      }
      getChar() {
        const c = this.i < this.end ? this.buf[this.i] : 0;
        this.i++;
        return c;
      }
      peekIs(c) {
        if (this.i < this.end && this.buf[this.i] === c) {
          this.i++;
          return true;
        }
        return false;
      }
      error(message, line = this.line) {
        this.errorMessage = message;
        this.errorLine = line;
        return T_ERROR;
      }
      nextToken() {
        for (; ; ) {
          const c = this.getChar();
          switch (KIND[c]) {
            case K_SINGLE:
              return c;
            case K_SPACE:
              if (c === 10) this.line++;
              continue;
            case K_KEYWORD:
              return this.keyword(this.i - 1);
            case K_QUOTE:
              return this.string(c);
            case K_SLASH: {
              const next = this.getChar();
              if (next === 47) {
                this.skipLineComment();
              } else if (next === 42) {
                if (!this.skipBlockComment()) return this.error("unterminated /* comment");
              } else {
                if (next === 0) this.i--;
                return this.error("expected '/' or '*' after '/'");
              }
              continue;
            }
            case K_DIGIT:
              return this.integer(c);
            case K_HASH:
              this.skipLineComment();
              continue;
            case K_CR:
              this.peekIs(10);
              this.line++;
              continue;
            default:
              if (c === 0) {
                this.i = Math.min(this.i, this.end);
                return T_EOF;
              }
              return this.error("unexpected character");
          }
        }
      }
      keyword(start) {
        const b = this.buf;
        while (this.i < this.end && KIND[b[this.i]] === K_KEYWORD) this.i++;
        const len = this.i - start;
        for (let w = 0; w < KEYWORDS.length; w++) {
          const word = KEYWORDS[w];
          if (word.length !== len) continue;
          let k = 0;
          while (k < len && b[start + k] === word[k]) k++;
          if (k === len) return KEYWORD_TOKENS[w];
        }
        return this.error("unknown keyword");
      }
      integer(first) {
        let value = first - 48;
        let overflow = false;
        for (; ; ) {
          const c = this.i < this.end ? this.buf[this.i] : 0;
          const kind = KIND[c];
          if (kind === K_DIGIT) {
            value = value * 10 + (c - 48);
            if (value > 4294967295) overflow = true;
            this.i++;
          } else if (kind === K_KEYWORD) {
            return this.error("unexpected character in integer literal");
          } else {
            break;
          }
        }
        if (overflow) return this.error("integer literal overflowed");
        this.int = value;
        return T_INT;
      }
      skipLineComment() {
        for (; ; ) {
          if (this.i >= this.end) return;
          const c = this.buf[this.i++];
          if (c > 13) continue;
          if (c === 10) {
            this.line++;
            return;
          }
          if (c === 13) {
            this.line++;
            this.peekIs(10);
            return;
          }
        }
      }
      skipBlockComment() {
        for (; ; ) {
          if (this.i >= this.end) return false;
          const c = this.buf[this.i++];
          if (c === 42) {
            if (this.peekIs(47)) return true;
          } else if (c === 10) {
            this.line++;
          } else if (c === 13) {
            this.line++;
            this.peekIs(10);
          }
        }
      }
      hex(digits) {
        let value = 0;
        for (let k = 0; k < digits; k++) {
          const c = this.getChar();
          let d;
          if (c >= 48 && c <= 57) d = c - 48;
          else if (c >= 65 && c <= 70) d = c - 55;
          else if (c >= 97 && c <= 102) d = c - 87;
          else {
            this.i--;
            return -1;
          }
          value = value * 16 + d;
        }
        return value;
      }
      /** Append buf[from, to) to the scratch buffer in one copy. */
      copyRun(from, to, len) {
        const n = to - from;
        if (n <= 0) return len;
        if (len + n > this.scratch.length) {
          const bigger = Buffer.alloc(Math.max(this.scratch.length * 2, len + n));
          bigger.set(this.scratch.subarray(0, len));
          this.scratch = bigger;
        }
        this.buf.copy(this.scratch, len, from, to);
        return len + n;
      }
      string(quote) {
        const start = this.i;
        const b = this.buf;
        const end = this.end;
        let ascii = true;
        let j = start;
        for (; j < end; j++) {
          const c = b[j];
          if (c >= 128) ascii = false;
          else if (SPECIAL_IN_STRING[c] === 1) break;
        }
        if (j < end && b[j] === quote) {
          this.str = this.skipDecode ? "" : decodeBytes(b, start, j, ascii);
          this.i = j + 1;
          return T_STRING;
        }
        return this.slowString(quote, start, j, ascii);
      }
      /** A literal with escapes or line breaks; buf[start, scanned) is already known plain. */
      slowString(quote, start, scanned, prefixAscii) {
        const b = this.buf;
        const end = this.end;
        let len = this.copyRun(start, scanned, 0);
        let i = scanned;
        let ascii = prefixAscii;
        let firstError = null;
        let errorLine = 0;
        for (; ; ) {
          let r = i;
          while (r < end) {
            const c2 = b[r];
            if (c2 >= 128) ascii = false;
            else if (SPECIAL_IN_STRING[c2] === 1) break;
            r++;
          }
          if (r > i) {
            if (r - i < 16 && len + 16 <= this.scratch.length) {
              const scratch2 = this.scratch;
              for (let k = i; k < r; k++) scratch2[len++] = b[k];
            } else {
              len = this.copyRun(i, r, len);
            }
            i = r;
          }
          if (i >= end) {
            if (firstError === null) {
              firstError = "unterminated string literal";
              errorLine = this.line;
            }
            break;
          }
          const c = b[i++];
          if (c === quote) break;
          if (len + 8 > this.scratch.length) this.grow(len);
          const scratch = this.scratch;
          if (c === 92) {
            const e = i < end ? b[i] : 0;
            if (e === 34 || e === 39 || e === 92) {
              scratch[len++] = e;
              i++;
              continue;
            }
            if (e === 110) {
              scratch[len++] = 10;
              i++;
              continue;
            }
            if (e === 114) {
              scratch[len++] = 13;
              i++;
              continue;
            }
            let message = null;
            if (e === 120 || e === 117) {
              this.i = i + 1;
              const v = this.hex(e === 120 ? 2 : 4);
              i = this.i;
              if (v < 0) message = e === 120 ? "malformed \\x escape sequence" : "malformed \\u escape sequence";
              else if (v === 0) message = e === 120 ? "\\x00 is not allowed" : "\\u0000 is not allowed";
              else if (e === 120) {
                if (v >= 128) ascii = false;
                scratch[len++] = v;
              } else {
                let codePoint = v;
                if ((v & 64512) === 55296) {
                  let lo = -1;
                  if (i + 1 < end && b[i] === 92 && b[i + 1] === 117) {
                    this.i = i + 2;
                    lo = this.hex(4);
                    i = this.i;
                  }
                  if (lo >= 0 && (lo & 64512) === 56320) codePoint = 65536 + (v - 55296 << 10) + (lo - 56320);
                  else {
                    message = lo >= 0 ? "invalid low surrogate after high surrogate" : "expected low surrogate after high surrogate";
                    codePoint = -1;
                  }
                } else if ((v & 64512) === 56320) {
                  message = "expected high surrogate before low surrogate";
                  codePoint = -1;
                }
                if (codePoint >= 0) {
                  if (codePoint >= 128) ascii = false;
                  len = this.pushCodePoint(codePoint, len);
                }
              }
            } else {
              message = "unexpected escape sequence character after '\\'";
            }
            if (message !== null && firstError === null) {
              firstError = message;
              errorLine = this.line;
            }
            continue;
          }
          if (c === 10) {
            this.line++;
            scratch[len++] = 10;
            continue;
          }
          if (c === 13) {
            this.line++;
            scratch[len++] = 13;
            if (i < end && b[i] === 10) {
              scratch[len++] = 10;
              i++;
            }
            continue;
          }
          scratch[len++] = c;
        }
        this.i = i;
        if (firstError !== null) return this.error(firstError, errorLine);
        this.str = this.skipDecode ? "" : decodeBytes(this.scratch, 0, len, ascii);
        return T_STRING;
      }
      grow(len) {
        const bigger = Buffer.alloc(this.scratch.length * 2);
        this.scratch.copy(bigger, 0, 0, len);
        this.scratch = bigger;
        return len;
      }
      /** UTF-8 bytes of one code point (the scratch buffer has room for 4). */
      pushCodePoint(cp, len) {
        const s = this.scratch;
        if (cp < 128) s[len++] = cp;
        else if (cp < 2048) {
          s[len++] = 192 | cp >> 6;
          s[len++] = 128 | cp & 63;
        } else if (cp < 65536) {
          s[len++] = 224 | cp >> 12;
          s[len++] = 128 | cp >> 6 & 63;
          s[len++] = 128 | cp & 63;
        } else {
          s[len++] = 240 | cp >> 18;
          s[len++] = 128 | cp >> 12 & 63;
          s[len++] = 128 | cp >> 6 & 63;
          s[len++] = 128 | cp & 63;
        }
        return len;
      }
    };
  }
});

// src/sources/thunderbird/prefs-parser.ts
function parsePrefs(input, options = {}) {
  const prefix = options.onlyPrefix ?? "";
  const buf = typeof input === "string" ? Buffer.from(input, "utf8") : Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const result2 = {
    user: /* @__PURE__ */ new Map(),
    defaults: /* @__PURE__ */ new Map(),
    locked: /* @__PURE__ */ new Set(),
    count: 0,
    errors: [],
    errorCount: 0
  };
  const s = new PrefsScanner(buf);
  const recover = (token2, message) => {
    result2.errorCount++;
    if (result2.errors.length < MAX_KEPT_ERRORS) {
      const text3 = token2 === T_ERROR ? s.errorMessage : message;
      const line = token2 === T_ERROR ? s.errorLine : s.lineNumber;
      result2.errors.push({ line, message: text3 });
    }
    let t = token2;
    for (; ; ) {
      if (t === 59) return s.nextToken();
      if (t === T_EOF) return t;
      t = s.nextToken();
    }
  };
  let token = s.nextToken();
  for (; ; ) {
    if (token === T_EOF) return result2;
    const spec = token;
    if (spec !== T_USER_PREF && spec !== T_PREF && spec !== T_STICKY_PREF && spec !== T_LOCK_PREF) {
      token = recover(token, "expected pref specifier at start of pref definition");
      continue;
    }
    token = s.nextToken();
    if (token !== 40) {
      token = recover(token, "expected '(' after pref specifier");
      continue;
    }
    token = s.nextToken();
    if (token !== T_STRING) {
      token = recover(token, "expected pref name after '('");
      continue;
    }
    const name = s.str;
    const wanted = prefix === "" || name.startsWith(prefix);
    token = s.nextToken();
    if (token !== 44) {
      token = recover(token, "expected ',' after pref name");
      continue;
    }
    s.skipDecode = !wanted;
    token = s.nextToken();
    s.skipDecode = false;
    let value;
    if (token === T_TRUE) value = true;
    else if (token === T_FALSE) value = false;
    else if (token === T_STRING) value = s.str;
    else if (token === T_INT) {
      if (s.int > 2147483647) {
        token = recover(token, "integer literal overflowed");
        continue;
      }
      value = s.int;
    } else if (token === 45 || token === 43) {
      const negative = token === 45;
      token = s.nextToken();
      if (token !== T_INT) {
        token = recover(token, `expected integer literal after '${negative ? "-" : "+"}'`);
        continue;
      }
      const limit = negative ? 2147483648 : 2147483647;
      if (s.int > limit) {
        token = recover(token, "integer literal overflowed");
        continue;
      }
      value = negative ? -s.int : s.int;
    } else {
      token = recover(token, "expected pref value after ','");
      continue;
    }
    token = s.nextToken();
    if (token !== 41) {
      token = recover(token, "expected ')' after pref value");
      continue;
    }
    token = s.nextToken();
    if (token !== 59) {
      token = recover(token, "expected ';' after ')'");
      continue;
    }
    if (!wanted) {
    } else if (spec === T_USER_PREF) result2.user.set(name, value);
    else {
      result2.defaults.set(name, value);
      if (spec === T_LOCK_PREF) result2.locked.add(name);
    }
    result2.count++;
    token = s.nextToken();
  }
}
var MAX_KEPT_ERRORS;
var init_prefs_parser = __esm({
  "src/sources/thunderbird/prefs-parser.ts"() {
    "use strict";
    init_prefs_scanner();
    MAX_KEPT_ERRORS = 20;
  }
});

// src/sources/thunderbird/profile-reader.ts
import path5 from "node:path";
function describeFsError(error, what) {
  const code = errorCode(error);
  switch (code) {
    case "ENOENT":
      return { status: "not-found", message: `${what} does not exist.` };
    case "ENOTDIR":
      return { status: "unreadable", message: `${what} could not be opened: part of its path is a file, not a folder.` };
    case "EACCES":
    case "EPERM":
      return { status: "permission-denied", message: `${what} could not be opened: permission denied.` };
    case "ELOOP":
      return { status: "unreadable", message: `${what} could not be opened: it is a link that leads back to itself (a symlink loop).` };
    case "EISDIR":
      return { status: "unreadable", message: `${what} is a folder, where a file was expected.` };
    case "ENOTREG":
      return { status: "unreadable", message: `${what} is not an ordinary file (a device or a pipe), so it was not read.` };
    case "EOVERLIMIT":
      return {
        status: "unreadable",
        message: error instanceof FileTooLargeError ? `${what} is too large (${megabytes(error.size)}; this tool reads at most ${megabytes(error.max)}) to be one the mail program wrote, so it was not read.` : `${what} is larger than this tool reads, so it was not read.`
      };
    case "EOUTSIDEHOME":
      return { status: "unreadable", message: `${what} is a link that leads outside the home folder being scanned, so it was not followed.` };
    case "ENAMETOOLONG":
      return { status: "unreadable", message: `${what} could not be opened: its path is longer than the system allows.` };
    default:
      return { status: "unreadable", message: `${what} could not be read${code ? ` (${code})` : ""}.` };
  }
}
async function readPrefsFile(fs2, file, label) {
  try {
    const stat = await fs2.stat(file);
    if (stat.isDirectory()) return { ok: false, missing: false, status: "unreadable", message: `${label} is a folder, where a file was expected.` };
    const bytes = await fs2.readFile(file, LIMITS.prefsBytes);
    return { ok: true, prefs: parsePrefs(bytes, { onlyPrefix: "mail." }) };
  } catch (error) {
    const described = describeFsError(error, label);
    return { ok: false, missing: errorCode(error) === "ENOENT", ...described };
  }
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
async function readProfile(fs2, target) {
  const report2 = (status2, message2, accounts2 = 0) => ({
    client: target.client,
    location: target.dir,
    status: status2,
    accounts: accounts2,
    ...message2 ? { message: cutMessage(message2) } : {}
  });
  try {
    const stat = await fs2.stat(target.dir);
    if (!stat.isDirectory()) {
      return { accounts: [], report: report2("unreadable", "The profile should be a folder, but a file is in its place.") };
    }
  } catch (error) {
    const { status: status2, message: message2 } = describeFsError(error, "The profile folder");
    const extra = status2 === "not-found" ? " It is listed in profiles.ini, but the folder is gone (moved or deleted)." : "";
    return { accounts: [], report: report2(status2, message2 + extra) };
  }
  const prefsJs = await readPrefsFile(fs2, path5.join(target.dir, "prefs.js"), "The settings file prefs.js");
  if (!prefsJs.ok) {
    const message2 = prefsJs.missing ? "This profile has no settings file (prefs.js) yet: Thunderbird was probably never set up in it." : prefsJs.message;
    return { accounts: [], report: report2(prefsJs.missing ? "not-found" : prefsJs.status, message2) };
  }
  const userJs = await readPrefsFile(fs2, path5.join(target.dir, "user.js"), "The override file user.js");
  const notes = [];
  const files = [prefsJs.prefs];
  if (userJs.ok) files.push(userJs.prefs);
  else if (!userJs.missing) notes.push(userJs.message);
  const main = prefsJs.prefs;
  if (main.count === 0 && main.errorCount === 0) {
    const store2 = new PrefStore(files);
    if (store2.size === 0) {
      return {
        accounts: [],
        report: report2("unreadable", "The settings file prefs.js is empty; Thunderbird may have been stopped while saving it.")
      };
    }
  }
  if (main.count === 0 && main.errorCount > 0) {
    return {
      accounts: [],
      report: report2("unreadable", "The settings file prefs.js is not in the format Thunderbird writes (it may be damaged or not a text file).")
    };
  }
  for (const [file, parsed] of [
    ["prefs.js", main],
    ["user.js", userJs.ok ? userJs.prefs : null]
  ]) {
    if (!parsed || parsed.errorCount === 0) continue;
    const first = parsed.errors[0];
    notes.push(
      `${plural(parsed.errorCount, "line")} of ${file} could not be read${first ? ` (first at line ${first.line}: ${first.message})` : ""}; the rest was read.`
    );
  }
  const store = new PrefStore(files);
  const { accounts, skipped, overCap, serverKeys } = assembleAccounts(store, { client: target.client, profile: target.label });
  if (target.home) await addThunderbirdLocalMail(accounts, serverKeys, store, { profileDir: target.dir, home: target.home });
  const status = notes.length > 0 || overCap ? "partial" : "ok";
  appendAll(notes, skipped);
  const message = notes.length > 0 ? notes.join(" ") : accounts.length === 0 ? "No mail accounts are set up in this profile." : void 0;
  return { accounts, report: report2(status, message, accounts.length) };
}
var init_profile_reader = __esm({
  "src/sources/thunderbird/profile-reader.ts"() {
    "use strict";
    init_accounts();
    init_local_mail();
    init_pref_store();
    init_prefs_parser();
    init_profile_fs();
    init_limits();
    init_regular_file();
    init_append_all();
  }
});

// src/sources/thunderbird/profiles-ini.ts
function parseIni(text3) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  for (const raw of text3.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    if (line.startsWith("[")) {
      const close = line.indexOf("]");
      if (close < 0) {
        current = null;
        continue;
      }
      const name = line.slice(1, close).trim();
      current = sections.get(name) ?? /* @__PURE__ */ new Map();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || !current) continue;
    current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return sections;
}
function isAbsoluteProfilePath(p) {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
function readProfilesIni(profilesIni, installsIni) {
  const profiles = [];
  const problems = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const [section, keys] of profilesIni) {
    if (!PROFILE_SECTION.test(section)) continue;
    const pathValue = keys.get("Path");
    if (!pathValue) {
      problems.push({ section, message: `[${section}] in profiles.ini names no profile folder (no Path= line).` });
      continue;
    }
    const isRelativeValue = keys.get("IsRelative");
    const isRelative = isRelativeValue === void 0 ? !isAbsoluteProfilePath(pathValue) : isRelativeValue === "1";
    const entry = {
      section,
      name: keys.get("Name") ?? null,
      path: pathValue,
      isRelative,
      isDefault: keys.get("Default") === "1"
    };
    profiles.push(entry);
    byPath.set(pathValue, entry);
  }
  for (const ini of [profilesIni, installsIni]) {
    if (!ini) continue;
    for (const [section, keys] of ini) {
      if (!INSTALL_SECTION.test(section) && ini === profilesIni) continue;
      const target = keys.get("Default");
      if (!target) continue;
      const known = byPath.get(target);
      if (known) {
        known.isDefault = true;
        continue;
      }
      const entry = {
        section,
        name: null,
        path: target,
        isRelative: !isAbsoluteProfilePath(target),
        isDefault: true
      };
      profiles.push(entry);
      byPath.set(target, entry);
    }
  }
  return { profiles, problems };
}
var PROFILE_SECTION, INSTALL_SECTION;
var init_profiles_ini = __esm({
  "src/sources/thunderbird/profiles-ini.ts"() {
    "use strict";
    PROFILE_SECTION = /^Profile\d+$/i;
    INSTALL_SECTION = /^Install/i;
  }
});

// src/sources/thunderbird/discover-profiles.ts
import path6 from "node:path";
function profileLabel(home, dir) {
  const rel = path6.relative(home, dir);
  if (rel === "" || rel.startsWith("..") || path6.isAbsolute(rel)) return dir;
  return rel.split(path6.sep).join("/");
}
function isInside2(home, dir) {
  const rel = path6.relative(home, dir);
  return rel === "" || !rel.startsWith("..") && !path6.isAbsolute(rel);
}
async function readIni(fs2, file) {
  try {
    const bytes = await fs2.readFile(file, LIMITS.iniBytes);
    let text3;
    try {
      text3 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text3 = bytes.toString("latin1");
    }
    return { ini: parseIni(text3) };
  } catch (error) {
    return { error };
  }
}
function tooManyProfiles(label, where) {
  return `${label}: ${where} more profiles than the ${LIMITS.profilesPerRoot} this tool reads; only the first ${LIMITS.profilesPerRoot} were read.`;
}
async function isDirectory(fs2, dir) {
  try {
    return (await fs2.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
async function scanForProfiles(fs2, rootDir) {
  const found = [];
  for (const parent of [rootDir, path6.join(rootDir, "Profiles")]) {
    if (found.length > LIMITS.profilesPerRoot) break;
    let names2;
    try {
      names2 = await fs2.readdir(parent);
    } catch {
      continue;
    }
    for (const name of names2.sort()) {
      const dir = path6.join(parent, name);
      try {
        const stat = await fs2.stat(path6.join(dir, "prefs.js"));
        if (stat.isFile()) found.push(dir);
        if (found.length > LIMITS.profilesPerRoot) break;
      } catch {
      }
    }
  }
  return found;
}
async function discoverRoot(fs2, home, root, options) {
  const rootDir = path6.join(home, ...root.path.split("/"));
  const result2 = { targets: [], reports: [] };
  const report2 = (location, status, message) => result2.reports.push({ client: root.client, location, status, accounts: 0, message });
  try {
    const stat = await fs2.stat(rootDir);
    if (!stat.isDirectory()) {
      report2(rootDir, "unreadable", `${root.label}: a file is where the profiles folder should be.`);
      return result2;
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return result2;
    const { status, message } = describeFsError(error, `${root.label}: the profiles folder`);
    report2(rootDir, status, message);
    return result2;
  }
  const iniFile = path6.join(rootDir, "profiles.ini");
  const read = await readIni(fs2, iniFile);
  if ("error" in read) {
    if (errorCode(read.error) !== "ENOENT") {
      const { status, message } = describeFsError(read.error, `${root.label}: profiles.ini`);
      report2(iniFile, status, `${message} Profiles were looked for in the folder itself instead.`);
    }
    const found = capped(await scanForProfiles(fs2, rootDir), LIMITS.profilesPerRoot);
    if (found.over) report2(rootDir, "partial", tooManyProfiles(root.label, "this folder holds"));
    const dirs = found.kept;
    if (dirs.length === 0 && errorCode(read.error) === "ENOENT") {
      report2(rootDir, "not-found", `${root.label}: this folder has no profiles.ini and no profile in it.`);
    }
    for (const dir of dirs) result2.targets.push({ client: root.client, dir, label: profileLabel(home, dir) });
    return result2;
  }
  const installs = await readIni(fs2, path6.join(rootDir, "installs.ini"));
  const content = readProfilesIni(read.ini, "ini" in installs ? installs.ini : void 0);
  for (const problem of content.problems) report2(iniFile, "unreadable", `${root.label}: ${problem.message}`);
  if (content.profiles.length === 0) {
    report2(iniFile, "not-found", `${root.label}: profiles.ini lists no profiles.`);
  }
  const listed = capped(content.profiles, LIMITS.profilesPerRoot);
  if (listed.over) report2(iniFile, "partial", tooManyProfiles(root.label, `profiles.ini lists ${content.profiles.length}, and`));
  for (const entry of listed.kept) {
    let dir;
    if (entry.isRelative) {
      dir = path6.join(rootDir, ...entry.path.split(/[\\/]/));
    } else if (isAbsoluteProfilePath(entry.path) && path6.isAbsolute(entry.path)) {
      dir = path6.normalize(entry.path);
    } else {
      report2(
        entry.path,
        "not-found",
        `${root.label}: profile "${entry.name ?? entry.section}" is stored at ${entry.path}, a path of another computer; it was not read. Copy that folder into the home and scan again.`
      );
      continue;
    }
    if (!isInside2(home, dir) && !options.ownComputer) {
      report2(
        dir,
        "not-found",
        `${root.label}: profile "${entry.name ?? entry.section}" is stored outside the home folder being scanned (${dir}); it was not read.`
      );
      continue;
    }
    result2.targets.push({ client: root.client, dir, label: profileLabel(home, dir) });
  }
  return result2;
}
async function discoverProfiles(fs2, home, roots = PROFILE_ROOTS, options = {}) {
  const perRoot = await Promise.all(roots.map((root) => discoverRoot(fs2, home, root, options)));
  const result2 = { targets: [], reports: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const part of perRoot) {
    appendAll(result2.reports, part.reports);
    for (const target of part.targets) {
      let key = target.dir;
      try {
        if (await isDirectory(fs2, target.dir)) key = await fs2.realpath(target.dir);
      } catch {
      }
      if (seen.has(key)) continue;
      seen.add(key);
      result2.targets.push(target);
    }
  }
  return result2;
}
var init_discover_profiles = __esm({
  "src/sources/thunderbird/discover-profiles.ts"() {
    "use strict";
    init_locations();
    init_profile_fs();
    init_profile_reader();
    init_profiles_ini();
    init_append_all();
    init_limits();
  }
});

// src/sources/thunderbird/reader.ts
import path7 from "node:path";
async function readAll(fs2, targets) {
  const results = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const i = next++;
      results[i] = await readProfile(fs2, targets[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PROFILES, targets.length) }, worker));
  return results;
}
async function readThunderbirdProfiles(home, fs2, options = {}) {
  const safeFs = guardedFs(fs2 ?? (options.ownComputer ? nodeProfileFs : profileFsFor(home)));
  const root = path7.resolve(home);
  const { targets, reports } = await discoverProfiles(safeFs, root, PROFILE_ROOTS, options);
  const results = await readAll(safeFs, targets.map((target) => ({ ...target, home: root })));
  return {
    accounts: results.flatMap((r) => r.accounts),
    sources: [...results.map((r) => r.report), ...reports]
  };
}
var PARALLEL_PROFILES, thunderbirdReader;
var init_reader = __esm({
  "src/sources/thunderbird/reader.ts"() {
    "use strict";
    init_home_boundary();
    init_discover_profiles();
    init_locations();
    init_profile_fs();
    init_profile_reader();
    PARALLEL_PROFILES = 4;
    thunderbirdReader = {
      client: "thunderbird",
      // Scanning this computer's own home: profiles kept on another drive are read as well.
      read: (options) => readThunderbirdProfiles(options.home, void 0, { ownComputer: isOwnHome(options.home) })
    };
  }
});

// src/sources/apple-mail/bplist.ts
function isBinaryPlist(bytes) {
  if (bytes.length < MAGIC.length) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}
function readUInt(bytes, offset, size) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + bytes[offset + i];
  return value;
}
function parseBinaryPlist(input) {
  if (!isBinaryPlist(input)) throw new PlistError("not a binary property list (no bplist00 header)");
  if (input.length < MAGIC.length + TRAILER + 1) throw new PlistError("binary property list is truncated");
  const bytes = input;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = bytes.length - TRAILER;
  const offsetSize = bytes[t + 6];
  const refSize = bytes[t + 7];
  const numObjects = readUInt(bytes, t + 8, 8);
  const topObject = readUInt(bytes, t + 16, 8);
  const tableOffset = readUInt(bytes, t + 24, 8);
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) {
    throw new PlistError("binary property list has a damaged trailer");
  }
  if (numObjects < 1 || numObjects > t || tableOffset < MAGIC.length || tableOffset + numObjects * offsetSize > t) {
    throw new PlistError(`binary property list claims ${numObjects} objects, more than the file can hold`);
  }
  if (topObject >= numObjects) throw new PlistError("binary property list points outside its objects");
  const cache = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  function offsetOf(index) {
    const offset = readUInt(bytes, tableOffset + index * offsetSize, offsetSize);
    if (offset < MAGIC.length || offset >= tableOffset) throw new PlistError("binary property list object offset is out of range");
    return offset;
  }
  function need(offset, length) {
    if (length < 0 || offset + length > tableOffset) throw new PlistError("binary property list object runs past the end");
  }
  function lengthAt(offset, nibble) {
    if (nibble !== 15) return { length: nibble, start: offset + 1 };
    need(offset + 1, 1);
    const marker = bytes[offset + 1];
    if (marker >> 4 !== 1) throw new PlistError("binary property list has a bad length marker");
    const size = 1 << (marker & 15);
    if (size > 8) throw new PlistError("binary property list has a bad length");
    need(offset + 2, size);
    return { length: readUInt(bytes, offset + 2, size), start: offset + 2 + size };
  }
  function refs(start, count) {
    need(start, count * refSize);
    const out = [];
    for (let i = 0; i < count; i++) {
      const ref = readUInt(bytes, start + i * refSize, refSize);
      if (ref >= numObjects) throw new PlistError("binary property list reference points outside its objects");
      out.push(ref);
    }
    return out;
  }
  function parse(index, depth) {
    const cached2 = cache.get(index);
    if (cached2 !== void 0) return cached2;
    if (depth > MAX_DEPTH) throw new PlistError("binary property list is nested too deeply");
    if (inProgress.has(index)) throw new PlistError("binary property list contains a cycle");
    inProgress.add(index);
    const value = parseAt(offsetOf(index), depth);
    inProgress.delete(index);
    cache.set(index, value);
    return value;
  }
  function parseAt(offset, depth) {
    need(offset, 1);
    const marker = bytes[offset];
    const type = marker >> 4;
    const nibble = marker & 15;
    switch (type) {
      case 0:
        if (marker === 8) return false;
        if (marker === 9) return true;
        return null;
      case 1: {
        const size = 1 << nibble;
        need(offset + 1, size);
        if (size <= 4) return readUInt(bytes, offset + 1, size);
        if (size === 8) return Number(view.getBigInt64(offset + 1));
        if (size === 16) return Number(view.getBigInt64(offset + 9));
        throw new PlistError("binary property list has an integer of unknown size");
      }
      case 2: {
        const size = 1 << nibble;
        need(offset + 1, size);
        if (size === 4) return view.getFloat32(offset + 1);
        if (size === 8) return view.getFloat64(offset + 1);
        throw new PlistError("binary property list has a real of unknown size");
      }
      case 3:
        need(offset + 1, 8);
        return new Date((view.getFloat64(offset + 1) + APPLE_EPOCH) * 1e3);
      case 4: {
        const { length, start } = lengthAt(offset, nibble);
        need(start, length);
        return bytes.slice(start, start + length);
      }
      case 5: {
        const { length, start } = lengthAt(offset, nibble);
        need(start, length);
        return new TextDecoder("latin1").decode(bytes.subarray(start, start + length));
      }
      case 6: {
        const { length, start } = lengthAt(offset, nibble);
        need(start, length * 2);
        let out = "";
        for (let i = 0; i < length; i++) out += String.fromCharCode(view.getUint16(start + i * 2));
        return out;
      }
      case 7: {
        const { length, start } = lengthAt(offset, nibble);
        need(start, length);
        return new TextDecoder("utf-8").decode(bytes.subarray(start, start + length));
      }
      case 8: {
        need(offset + 1, nibble + 1);
        return new PlistUid(readUInt(bytes, offset + 1, nibble + 1));
      }
      case 10:
      case 12: {
        const { length, start } = lengthAt(offset, nibble);
        return refs(start, length).map((ref) => parse(ref, depth + 1));
      }
      case 13: {
        const { length, start } = lengthAt(offset, nibble);
        const keys = refs(start, length);
        const values = refs(start + length * refSize, length);
        const dict = /* @__PURE__ */ Object.create(null);
        keys.forEach((keyRef, i) => {
          const key = parse(keyRef, depth + 1);
          if (typeof key !== "string") throw new PlistError("binary property list has a dictionary key that is not text");
          dict[key] = parse(values[i], depth + 1);
        });
        return dict;
      }
      default:
        throw new PlistError(`binary property list has an unknown object type 0x${marker.toString(16)}`);
    }
  }
  return parse(topObject, 0);
}
var PlistUid, PlistError, MAGIC, TRAILER, MAX_DEPTH, APPLE_EPOCH;
var init_bplist = __esm({
  "src/sources/apple-mail/bplist.ts"() {
    "use strict";
    init_limits();
    PlistUid = class {
      constructor(value) {
        this.value = value;
      }
      value;
    };
    PlistError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "PlistError";
      }
    };
    MAGIC = "bplist00";
    TRAILER = 32;
    MAX_DEPTH = LIMITS.plistDepth;
    APPLE_EPOCH = 978307200;
  }
});

// src/sources/apple-mail/keyed-archive.ts
function isDict(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array) && !(value instanceof PlistUid);
}
function unarchiveKeyed(bytes) {
  return unarchivePlist(parseBinaryPlist(bytes));
}
function unarchivePlist(archive) {
  if (!isDict(archive) || typeof archive.$archiver !== "string" || !Array.isArray(archive.$objects)) {
    throw new PlistError("not an NSKeyedArchiver archive");
  }
  const objects = archive.$objects;
  const top = archive.$top;
  if (!isDict(top) || !(top.root instanceof PlistUid)) throw new PlistError("NSKeyedArchiver archive has no root object");
  const done = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  let steps = 0;
  function resolve(value, depth) {
    if (++steps > MAX_STEPS) throw new PlistError("NSKeyedArchiver archive is too large to be a setting");
    if (depth > MAX_DEPTH2) throw new PlistError("NSKeyedArchiver archive is nested too deeply");
    if (value instanceof PlistUid) return decode2(value.value, depth + 1);
    if (value === void 0) return null;
    if (Array.isArray(value)) return value.map((v) => resolve(v, depth + 1));
    if (isDict(value)) return decodeDict(value, depth + 1);
    return value;
  }
  function decode2(index, depth) {
    if (depth > MAX_DEPTH2) throw new PlistError("NSKeyedArchiver archive is nested too deeply");
    if (index >= objects.length) throw new PlistError("NSKeyedArchiver reference points outside $objects");
    const cached2 = done.get(index);
    if (cached2 !== void 0) return cached2;
    if (inProgress.has(index)) throw new PlistError("NSKeyedArchiver archive contains a cycle");
    inProgress.add(index);
    const raw = objects[index];
    const value = raw === "$null" ? null : resolve(raw, depth);
    inProgress.delete(index);
    done.set(index, value);
    return value;
  }
  function className(dict) {
    const ref = dict.$class;
    if (!(ref instanceof PlistUid)) return null;
    const cls = objects[ref.value];
    if (!isDict(cls)) return null;
    return typeof cls.$classname === "string" ? cls.$classname : null;
  }
  function decodeDict(dict, depth) {
    const cls = className(dict);
    if (Array.isArray(dict["NS.keys"]) && Array.isArray(dict["NS.objects"])) {
      const keys = dict["NS.keys"];
      const values = dict["NS.objects"];
      const out2 = /* @__PURE__ */ Object.create(null);
      keys.forEach((k, i) => {
        const key = resolve(k, depth);
        if (typeof key === "string") out2[key] = resolve(values[i], depth);
      });
      return out2;
    }
    if (Array.isArray(dict["NS.objects"])) return dict["NS.objects"].map((v) => resolve(v, depth));
    if ("NS.string" in dict) return resolve(dict["NS.string"], depth);
    if ("NS.bytes" in dict) return resolve(dict["NS.bytes"], depth);
    if ("NS.data" in dict) return resolve(dict["NS.data"], depth);
    if (typeof dict["NS.time"] === "number") return new Date((dict["NS.time"] + 978307200) * 1e3);
    const out = /* @__PURE__ */ Object.create(null);
    if (cls) out.$class = cls;
    for (const [key, v] of Object.entries(dict)) if (key !== "$class") out[key] = resolve(v, depth);
    return out;
  }
  return decode2(top.root.value, 0);
}
var MAX_DEPTH2, MAX_STEPS;
var init_keyed_archive = __esm({
  "src/sources/apple-mail/keyed-archive.ts"() {
    "use strict";
    init_limits();
    init_bplist();
    MAX_DEPTH2 = LIMITS.plistDepth;
    MAX_STEPS = 1e5;
  }
});

// src/sources/apple-mail/accounts-store.ts
function tableNames(db) {
  const rows = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'");
  return (rows[0]?.values ?? []).map((r) => String(r[0]));
}
function columns(db, table) {
  const rows = db.exec(`PRAGMA table_info("${table.replace(/"/g, '""')}")`);
  return new Set((rows[0]?.values ?? []).map((r) => String(r[1])));
}
function text(value) {
  if (value === null || value === void 0) return null;
  if (value instanceof Uint8Array) return null;
  return String(value);
}
function num(value) {
  return typeof value === "number" ? value : null;
}
function col(have, table, name) {
  return have.has(name) ? `${table}.${name}` : "NULL";
}
function decodeName(value) {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) {
    try {
      const decoded = unarchiveKeyed(value);
      return typeof decoded === "string" ? decoded : null;
    } catch {
      return null;
    }
  }
  return null;
}
function enabledDataclasses(db, tables) {
  const join = tables.find((t) => /^Z_\d+ENABLEDDATACLASSES$/.test(t));
  if (!join || !tables.includes("ZDATACLASS")) return null;
  const have = [...columns(db, join)];
  const accountCol = have.find((c) => /^Z_\d+ENABLEDACCOUNTS$/.test(c));
  const classCol = have.find((c) => /^Z_\d+ENABLEDDATACLASSES$/.test(c));
  if (!accountCol || !classCol) return null;
  const names2 = /* @__PURE__ */ new Map();
  for (const [pk, name] of db.exec("SELECT Z_PK, ZNAME FROM ZDATACLASS")[0]?.values ?? []) {
    const decoded = decodeName(name);
    if (typeof pk === "number" && decoded) names2.set(pk, decoded);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [account, cls] of db.exec(`SELECT "${accountCol}", "${classCol}" FROM "${join}"`)[0]?.values ?? []) {
    if (typeof account !== "number" || typeof cls !== "number") continue;
    const name = names2.get(cls);
    if (name) out.set(account, [...out.get(account) ?? [], name]);
  }
  return out;
}
function readAccountsStore(db) {
  const tables = tableNames(db);
  for (const needed of ["ZACCOUNT", "ZACCOUNTTYPE", "ZACCOUNTPROPERTY"]) {
    if (!tables.includes(needed)) throw new AccountsStoreError(`the accounts database has no ${needed} table`);
  }
  const a = columns(db, "ZACCOUNT");
  const t = columns(db, "ZACCOUNTTYPE");
  const rows = db.exec(
    `SELECT ZACCOUNT.Z_PK, ${col(a, "ZACCOUNT", "ZIDENTIFIER")}, ${col(t, "ZACCOUNTTYPE", "ZIDENTIFIER")},
        ${col(t, "ZACCOUNTTYPE", "ZACCOUNTTYPEDESCRIPTION")}, ${col(a, "ZACCOUNT", "ZCREDENTIALTYPE")},
        ${col(t, "ZACCOUNTTYPE", "ZCREDENTIALTYPE")}, ${col(a, "ZACCOUNT", "ZACCOUNTDESCRIPTION")},
        ${col(a, "ZACCOUNT", "ZUSERNAME")}, ${col(a, "ZACCOUNT", "ZPARENTACCOUNT")}, ${col(a, "ZACCOUNT", "ZACTIVE")}
       FROM ZACCOUNT LEFT JOIN ZACCOUNTTYPE ON ZACCOUNT.ZACCOUNTTYPE = ZACCOUNTTYPE.Z_PK
       ORDER BY ZACCOUNT.Z_PK`
  )[0]?.values ?? [];
  const dataclasses = enabledDataclasses(db, tables);
  const accounts = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const pk = num(r[0]);
    if (pk === null) continue;
    accounts.set(pk, {
      pk,
      identifier: text(r[1]) ?? String(pk),
      typeIdentifier: text(r[2]),
      typeDescription: text(r[3]),
      credentialType: text(r[4]) ?? text(r[5]),
      description: text(r[6]),
      username: text(r[7]),
      parentPk: num(r[8]),
      active: r[9] === null || r[9] === void 0 ? true : r[9] !== 0,
      properties: /* @__PURE__ */ Object.create(null),
      unreadableProperties: [],
      enabledDataclasses: dataclasses ? dataclasses.get(pk) ?? [] : null
    });
  }
  const props = db.exec("SELECT ZOWNER, ZKEY, ZVALUE FROM ZACCOUNTPROPERTY ORDER BY Z_PK")[0]?.values ?? [];
  for (const [owner, key, value] of props) {
    const account = typeof owner === "number" ? accounts.get(owner) : void 0;
    if (!account || typeof key !== "string") continue;
    if (/password/i.test(key)) continue;
    if (value instanceof Uint8Array) {
      try {
        account.properties[key] = unarchiveKeyed(value);
      } catch {
        account.unreadableProperties.push(key);
      }
    } else if (value !== null && value !== void 0) {
      account.properties[key] = value;
    }
  }
  return [...accounts.values()];
}
var AccountsStoreError;
var init_accounts_store = __esm({
  "src/sources/apple-mail/accounts-store.ts"() {
    "use strict";
    init_keyed_archive();
    AccountsStoreError = class extends Error {
    };
  }
});

// src/sources/apple-mail/fs-access.ts
import { promises as fs } from "node:fs";
function fileAccessWithin(boundary) {
  return {
    // Only ordinary files: a pipe or device in a hostile home would block or never end.
    readFile: (p, maxBytes) => readRegularFile(p, maxBytes, boundary),
    readdir: async (p) => fs.readdir(await boundary.resolve(p)),
    isDirectory: async (p) => (await fs.stat(await boundary.resolve(p))).isDirectory()
  };
}
function fileAccessFor(home) {
  return fileAccessWithin(boundaryFor(home));
}
function errorCode3(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
function isPermissionError(error) {
  const code = errorCode3(error);
  return code === "EPERM" || code === "EACCES";
}
function isNotFound(error) {
  const code = errorCode3(error);
  return code === "ENOENT" || code === "ENOTDIR";
}
async function listOrEmpty(access, dir) {
  try {
    return await access.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
async function exists(access, p) {
  try {
    await access.isDirectory(p);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
var realFileAccess;
var init_fs_access = __esm({
  "src/sources/apple-mail/fs-access.ts"() {
    "use strict";
    init_home_boundary();
    init_regular_file();
    realFileAccess = fileAccessWithin(NO_BOUNDARY);
  }
});

// src/sources/apple-mail/mail-values.ts
function asText(value) {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}
function asPort(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null;
}
function asBool(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (["yes", "true", "1"].includes(v)) return true;
    if (["no", "false", "0", ""].includes(v)) return false;
  }
  return null;
}
function securityFrom(sslEnabled, port2) {
  if (sslEnabled === null) return port2 !== null && IMPLICIT_TLS_PORTS.has(port2) ? "tls" : null;
  if (!sslEnabled) return "none";
  if (port2 === null || IMPLICIT_TLS_PORTS.has(port2)) return "tls";
  return "starttls";
}
function defaultPort2(protocol, sslEnabled) {
  const ssl = sslEnabled === true;
  switch (protocol) {
    case "imap":
      return ssl ? 993 : 143;
    case "pop3":
      return ssl ? 995 : 110;
    case "smtp":
      return ssl ? 465 : 25;
    default:
      return null;
  }
}
function authFrom(scheme) {
  if (scheme === void 0 || scheme === null) return "password";
  if (typeof scheme !== "string") return "unknown";
  switch (scheme.trim().toUpperCase()) {
    case "":
    case "PASSWORD":
    case "PLAIN":
    case "LOGIN":
      return "password";
    case "CRAM-MD5":
    case "DIGEST-MD5":
    case "APOP":
      return "password-encrypted";
    case "NTLM":
      return "ntlm";
    case "GSSAPI":
    case "KERBEROS":
    case "KERBEROS 5":
      return "gssapi";
    case "XOAUTH2":
    case "OAUTH2":
      return "oauth2";
    case "NONE":
      return "none";
    default:
      return "unknown";
  }
}
function firstAddress(value, budget = { left: 1e3 }) {
  if (--budget.left < 0) return null;
  if (typeof value === "string") return value.includes("@") ? value.trim() : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = typeof item === "object" && item !== null && !Array.isArray(item) ? firstAddress(item.EmailAddress ?? item.address, budget) : firstAddress(item, budget);
      if (found) return found;
      if (budget.left < 0) return null;
    }
  }
  return null;
}
var IMPLICIT_TLS_PORTS;
var init_mail_values = __esm({
  "src/sources/apple-mail/mail-values.ts"() {
    "use strict";
    IMPLICIT_TLS_PORTS = /* @__PURE__ */ new Set([993, 995, 465]);
  }
});

// src/sources/apple-mail/xml-plist.ts
function lineAt(text3, at) {
  let line = 1;
  for (let i = text3.indexOf("\n"); i !== -1 && i < at; i = text3.indexOf("\n", i + 1)) line++;
  return line;
}
function decodeEntities(raw, fail2) {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&<]{0,10});/g, (_, name) => {
    if (name in ENTITIES) return ENTITIES[name];
    const hex = /^#x([0-9a-fA-F]{1,6})$/.exec(name);
    const dec = /^#([0-9]{1,7})$/.exec(name);
    const code = hex ? parseInt(hex[1], 16) : dec ? Number(dec[1]) : NaN;
    if (!Number.isInteger(code) || code > 1114111) fail2(`an unknown entity &${name};`);
    return String.fromCodePoint(code);
  });
}
function parseXmlPlist(text3) {
  let pos = 0;
  const fail2 = (why) => {
    throw new PlistError(`the XML property list is damaged (line ${lineAt(text3, pos)}: ${why})`);
  };
  const stack = [{ kind: "root", value: void 0 }];
  const put = (value) => {
    const top = stack[stack.length - 1];
    if (top.kind === "array") top.value.push(value);
    else if (top.kind === "dict") {
      if (top.key === null) fail2("a value without its <key>");
      top.value[top.key] = value;
      top.key = null;
    } else {
      if (top.value !== void 0) fail2("more than one top-level value");
      top.value = value;
    }
  };
  const leafText = (name) => {
    let out = "";
    for (; ; ) {
      const lt = text3.indexOf("<", pos);
      if (lt === -1) fail2(`<${name}> is never closed`);
      out += decodeEntities(text3.slice(pos, lt), fail2);
      pos = lt;
      if (text3.startsWith("<![CDATA[", pos)) {
        const end = text3.indexOf("]]>", pos + 9);
        if (end === -1) fail2("a CDATA section is never closed");
        out += text3.slice(pos + 9, end);
        pos = end + 3;
      } else if (text3.startsWith("<!--", pos)) {
        const end = text3.indexOf("-->", pos + 4);
        if (end === -1) fail2("a comment is never closed");
        pos = end + 3;
      } else if (text3.startsWith(`</${name}`, pos)) {
        const end = text3.indexOf(">", pos);
        if (end === -1 || text3.slice(pos + 2 + name.length, end).trim() !== "") fail2(`a damaged </${name}>`);
        pos = end + 1;
        return out;
      } else fail2(`an element inside <${name}>`);
    }
  };
  const leafValue = (name, raw) => {
    switch (name) {
      case "string":
        return raw;
      case "integer": {
        const t = raw.trim();
        if (!/^[+-]?(0x[0-9a-fA-F]+|\d+)$/.test(t)) fail2(`"${t.slice(0, 20)}" is not an integer`);
        const negative = t.startsWith("-");
        const digits = t.replace(/^[+-]/, "");
        const n = digits.startsWith("0x") ? parseInt(digits.slice(2), 16) : Number(digits);
        return negative ? -n : n;
      }
      case "real": {
        const n = Number(raw.trim());
        if (raw.trim() === "" || Number.isNaN(n)) fail2(`"${raw.trim().slice(0, 20)}" is not a number`);
        return n;
      }
      case "date": {
        const d = new Date(raw.trim());
        if (Number.isNaN(d.getTime())) fail2(`"${raw.trim().slice(0, 30)}" is not a date`);
        return d;
      }
      default: {
        const b64 = raw.replace(/\s+/g, "");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) fail2("<data> is not base64");
        return new Uint8Array(Buffer.from(b64, "base64"));
      }
    }
  };
  const open = (name, selfClosing) => {
    const top = stack[stack.length - 1];
    if (name === "plist") {
      if (top.kind !== "root" || selfClosing) fail2("a misplaced <plist>");
      return;
    }
    if (top.kind === "dict" && top.key === null && name !== "key") fail2(`<${name}> where a <key> should be`);
    if (name === "key") {
      if (top.kind !== "dict" || top.key !== null) fail2("a misplaced <key>");
      const key = selfClosing ? "" : leafText("key");
      top.key = key;
      return;
    }
    if (LEAVES.has(name)) {
      put(leafValue(name, selfClosing ? "" : leafText(name)));
      return;
    }
    if (name === "true" || name === "false") {
      if (!selfClosing) {
        const end = text3.indexOf(">", pos);
        if (!text3.startsWith(`</${name}`, pos) || end === -1) fail2(`<${name}> should be empty`);
        pos = end + 1;
      }
      put(name === "true");
      return;
    }
    if (name === "dict" || name === "array") {
      const value = name === "dict" ? /* @__PURE__ */ Object.create(null) : [];
      put(value);
      if (selfClosing) return;
      if (stack.length > LIMITS.plistDepth) fail2(`nested more than ${LIMITS.plistDepth} levels deep`);
      stack.push(name === "dict" ? { kind: "dict", value, key: null } : { kind: "array", value });
      return;
    }
    fail2(`an unknown element <${name.slice(0, 30)}>`);
  };
  const close = (name) => {
    if (name === "plist") return;
    const top = stack[stack.length - 1];
    if (top.kind !== name) fail2(`an unexpected </${name.slice(0, 30)}>`);
    if (top.kind === "dict" && top.key !== null) fail2(`the key "${top.key.slice(0, 40)}" has no value`);
    stack.pop();
  };
  while (pos < text3.length) {
    const lt = text3.indexOf("<", pos);
    const between = text3.slice(pos, lt === -1 ? text3.length : lt);
    if (between.trim() !== "") fail2("text outside an element");
    if (lt === -1) break;
    pos = lt;
    if (text3.startsWith("<?", pos)) {
      const end = text3.indexOf("?>", pos);
      if (end === -1) fail2("a damaged <?xml ...?> line");
      pos = end + 2;
    } else if (text3.startsWith("<!--", pos)) {
      const end = text3.indexOf("-->", pos + 4);
      if (end === -1) fail2("a comment is never closed");
      pos = end + 3;
    } else if (text3.startsWith("<!", pos)) {
      const end = text3.indexOf(">", pos);
      if (end === -1) fail2("a damaged <!DOCTYPE>");
      if (text3.slice(pos, end).includes("[")) fail2("a DOCTYPE that declares its own entities");
      pos = end + 1;
    } else {
      const end = text3.indexOf(">", pos);
      if (end === -1) fail2("a tag is never closed");
      const tag = text3.slice(pos + 1, end);
      pos = end + 1;
      const m = /^(\/?)([A-Za-z][\w.-]*)(\s[^]*?)?(\/?)$/.exec(tag);
      if (!m) fail2("a damaged tag");
      if (m[1]) close(m[2]);
      else open(m[2], m[4] === "/");
    }
  }
  if (stack.length > 1) fail2(`<${stack[stack.length - 1].kind}> is never closed`);
  const root = stack[0];
  if (root.value === void 0) fail2("no value in it");
  return root.value;
}
var LEAVES, ENTITIES;
var init_xml_plist = __esm({
  "src/sources/apple-mail/xml-plist.ts"() {
    "use strict";
    init_limits();
    init_bplist();
    LEAVES = /* @__PURE__ */ new Set(["key", "string", "integer", "real", "date", "data"]);
    ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  }
});

// src/sources/apple-mail/plist-file.ts
function parsePlistBytes(input) {
  const bytes = input[0] === 239 && input[1] === 187 && input[2] === 191 ? input.subarray(3) : input;
  if (isBinaryPlist(bytes)) return parseBinaryPlist(bytes);
  const text3 = new TextDecoder("utf-8").decode(bytes).trimStart();
  if (!text3.startsWith("<")) throw new PlistError("not a property list (neither XML nor binary)");
  return parseXmlPlist(text3);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}
var init_plist_file = __esm({
  "src/sources/apple-mail/plist-file.ts"() {
    "use strict";
    init_bplist();
    init_xml_plist();
  }
});

// src/sources/apple-mail/pop3-deletion.ts
function asInt(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}
function pop3Deletion(properties, warnings) {
  const policy = asInt(properties.MessageDeletionPolicy) ?? 2;
  if (policy === 0) return { leaveOnServer: true };
  if (policy === 2) {
    const days = asPort(properties.DelayedMessageDeletionInterval) ?? 7;
    warnings.push(`Apple Mail removes each message from the server ${days} day${days === 1 ? "" : "s"} after downloading it.`);
  } else if (policy === 3) {
    warnings.push("Apple Mail removes a message from the server when you move it out of the inbox.");
  } else {
    warnings.push("Apple Mail removes each message from the server as soon as it is downloaded.");
  }
  return { leaveOnServer: false };
}
var init_pop3_deletion = __esm({
  "src/sources/apple-mail/pop3-deletion.ts"() {
    "use strict";
    init_mail_values();
  }
});

// src/sources/account-notes.ts
function addCommonNotes(account) {
  const { incoming, outgoing, warnings } = account;
  if (incoming.protocol === "pop3") {
    const leave = account.pop3?.leaveOnServer ?? false;
    warnings.unshift(
      "This is a POP3 account: a CRM cannot sync POP3. Move it to IMAP to connect it." + (leave ? "" : " Mail is deleted from the server after download, so older mail is only on this computer.")
    );
  }
  if (incoming.auth === "oauth2" || outgoing?.auth === "oauth2") {
    warnings.push(
      "This account signs in through the provider's web page (OAuth2), so no password is stored to copy; the CRM will ask you to sign in with the provider."
    );
  }
  if (incoming.host && incoming.security === "none" || outgoing?.host && outgoing.security === "none") {
    warnings.push("A connection of this account is not encrypted: the password would travel readable on the network.");
  }
  return account;
}
var init_account_notes = __esm({
  "src/sources/account-notes.ts"() {
    "use strict";
  }
});

// src/providers/ispdb-catalog.json
var ispdb_catalog_default;
var init_ispdb_catalog = __esm({
  "src/providers/ispdb-catalog.json"() {
    ispdb_catalog_default = {
      source: {
        repository: "https://github.com/thunderbird/autoconfig (ispdb/)",
        commit: "c6ad79659b5fc321d1593ec4c277815b83e5dec5",
        licence: "MPL-2.0"
      },
      providers: {
        "126.com": {
          id: "126.com",
          name: "126.com",
          incoming: [
            {
              protocol: "imap",
              host: "imap.126.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.126.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "163.com": {
          id: "163.com",
          name: "163.com",
          incoming: [
            {
              protocol: "imap",
              host: "imap.163.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.163.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "1und1.de": {
          id: "1und1.de",
          name: "1&1",
          incoming: [
            {
              protocol: "imap",
              host: "imap.1und1.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.1und1.de",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.1und1.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.1und1.de",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.1und1.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.1und1.de",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "a1.net": {
          id: "a1.net",
          name: "a1.net",
          incoming: [
            {
              protocol: "imap",
              host: "securemail.a1.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "securemail.a1.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "active24.com": {
          id: "active24.com",
          name: "ACTIVE 24 Webhosting",
          incoming: [
            {
              protocol: "imap",
              host: "email.active24.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "email.active24.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "email.active24.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "alice.it": {
          id: "alice.it",
          name: "Alice Italy",
          incoming: [
            {
              protocol: "imap",
              host: "in.alice.it",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "in.alice.it",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "out.alice.it",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "aol.com": {
          id: "aol.com",
          name: "AOL Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.aol.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.aol.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.aol.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "arubapec.it": {
          id: "arubapec.it",
          name: "Aruba PEC",
          incoming: [
            {
              protocol: "imap",
              host: "imaps.pec.aruba.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3s.pec.aruba.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtps.pec.aruba.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "att.net": {
          id: "att.net",
          name: "AT&T",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.att.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "inbound.att.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "outbound.att.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.mail.att.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "bay.wind.ne.jp": {
          id: "bay.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "bay.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "bay.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "bb-niigata.jp": {
          id: "bb-niigata.jp",
          name: "\uFF22\uFF22\u306B\u3044\u304C\u305F",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.bb-niigata.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "pop.bb-niigata.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "bell.net": {
          id: "bell.net",
          name: "Bell Canada email",
          incoming: [
            {
              protocol: "imap",
              host: "imap.bell.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pophm.sympatico.ca",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtphm.sympatico.ca",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "biglobe.ne.jp": {
          id: "biglobe.ne.jp",
          name: "Biglobe",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.biglobe.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.biglobe.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "bigpond.com": {
          id: "bigpond.com",
          name: "Telstra Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.telstra.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.telstra.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.telstra.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "bluewin.ch": {
          id: "bluewin.ch",
          name: "Bluewin Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imaps.bluewin.ch",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3s.bluewin.ch",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpauths.bluewin.ch",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "blueyonder.co.uk": {
          id: "blueyonder.co.uk",
          name: "Blueyonder: Virgin Media Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap4.blueyonder.co.uk",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.blueyonder.co.uk",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.blueyonder.co.uk",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "bol.com.br": {
          id: "bol.com.br",
          name: "BOL - Brasil Online",
          incoming: [
            {
              protocol: "imap",
              host: "imap.bol.com.br",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.bol.com.br",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtps.bol.com.br",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtps.bol.com.br",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "broba.cc": {
          id: "broba.cc",
          name: "\u3077\u3089\u3089",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.broba.cc",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.broba.cc",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "btinternet.com": {
          id: "btinternet.com",
          name: "BT Mail",
          incoming: [
            {
              protocol: "imap",
              host: "mail.btinternet.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.btinternet.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.btinternet.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "cc9.ne.jp": {
          id: "cc9.ne.jp",
          name: "CC9\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u30B5\u30FC\u30D3\u30B9",
          incoming: [
            {
              protocol: "imap",
              host: "pop.cc9.ne.jp",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.cc9.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "msa.cc9.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "cek.ne.jp": {
          id: "cek.ne.jp",
          name: "\u30A8\u30B3\u30FC\u30B7\u30C6\u30A3\u30FC\u30FB\u99D2\u30B1\u5CB3",
          incoming: [
            {
              protocol: "imap",
              host: "imap.cek.ne.jp",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.cek.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpa.cek.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "centurylink.net": {
          id: "centurylink.net",
          name: "CenturyLink.net",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.centurylink.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.centurylink.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.centurylink.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "centurytel.net": {
          id: "centurytel.net",
          name: "CenturyTel.net",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.centurytel.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpauth.centurytel.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "cgl.ucsf.edu": {
          id: "cgl.ucsf.edu",
          name: "UCSF CGL email",
          incoming: [
            {
              protocol: "imap",
              host: "plato.cgl.ucsf.edu",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "plato.cgl.ucsf.edu",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "charter.net": {
          id: "charter.net",
          name: "Charter Communications",
          incoming: [
            {
              protocol: "imap",
              host: "mobile.charter.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mobile.charter.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mobile.charter.net",
              port: 587,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "clio.ne.jp": {
          id: "clio.ne.jp",
          name: "CLIO-Net\u79FB\u7BA1\u30B5\u30FC\u30D3\u30B9",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.clio.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.clio.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "clustermail.de": {
          id: "clustermail.de",
          name: "Clustermail",
          incoming: [
            {
              protocol: "imap",
              host: "mail.clustermail.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.clustermail.de",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.clustermail.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.clustermail.de",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.clustermail.de",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.clustermail.de",
              port: 25,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "co1.wind.ne.jp": {
          id: "co1.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "co1.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "co1.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "co2.wind.ne.jp": {
          id: "co2.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "co2.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "co2.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "co3.wind.ne.jp": {
          id: "co3.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "co3.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "co3.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "comcast.net": {
          id: "comcast.net",
          name: "Comcast",
          incoming: [
            {
              protocol: "imap",
              host: "imap.comcast.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.comcast.net",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.comcast.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.comcast.net",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.comcast.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.comcast.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "cty-net.ne.jp": {
          id: "cty-net.ne.jp",
          name: "CTY Mail",
          incoming: [
            {
              protocol: "pop3",
              host: "pops.cty-net.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtps.cty-net.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "dan.wind.ne.jp": {
          id: "dan.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "dan.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "dan.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "daum.net": {
          id: "daum.net",
          name: "Daum Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.daum.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.daum.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "dd.iij4u.or.jp": {
          id: "dd.iij4u.or.jp",
          name: "IIJ4U",
          incoming: [
            {
              protocol: "pop3",
              host: "mbox.iij4u.or.jp",
              port: 110,
              security: "starttls",
              username: "%EMAILLOCALPART%.%EMAILDOMAIN%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mbox.iij4u.or.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%.%EMAILDOMAIN%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "df.eu": {
          id: "df.eu",
          name: "domainFACTORY",
          incoming: [
            {
              protocol: "imap",
              host: "sslin.df.eu",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "sslin.df.eu",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "sslout.df.eu",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "dondominio.com": {
          id: "dondominio.com",
          name: "DonDominio/MrDomain",
          incoming: [
            {
              protocol: "imap",
              host: "imap.dondominio.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.dondominio.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.dondominio.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "earthlink.net": {
          id: "earthlink.net",
          name: "EarthLink",
          incoming: [
            {
              protocol: "imap",
              host: "imap.earthlink.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.earthlink.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpauth.earthlink.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "educa.madrid.org": {
          id: "educa.madrid.org",
          name: "Plataforma EducaMadrid",
          incoming: [
            {
              protocol: "imap",
              host: "imap.educa.madrid.org",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.educa.madrid.org",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp01.educa.madrid.org",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp01.educa.madrid.org",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "elpasotel.net": {
          id: "elpasotel.net",
          name: "Elpasotel.net",
          incoming: [
            {
              protocol: "pop3",
              host: "pop3.elpasotel.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.elpasotel.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.elpasotel.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "email.it": {
          id: "email.it",
          name: "email.it",
          incoming: [
            {
              protocol: "imap",
              host: "in.email.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.email.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "out.email.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "emailsrvr.com": {
          id: "emailsrvr.com",
          name: "Rackspace Email Hosting",
          incoming: [
            {
              protocol: "imap",
              host: "secure.emailsrvr.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "secure.emailsrvr.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "fastwebnet.it": {
          id: "fastwebnet.it",
          name: "Fastweb",
          incoming: [
            {
              protocol: "imap",
              host: "imap.fastwebnet.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.fastwebnet.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.fastwebnet.it",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "free.fr": {
          id: "free.fr",
          name: "Freebox",
          incoming: [
            {
              protocol: "imap",
              host: "imap.free.fr",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.free.fr",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.free.fr",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "gandi.net": {
          id: "gandi.net",
          name: "Gandi Mail",
          incoming: [
            {
              protocol: "imap",
              host: "mail.gandi.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.gandi.net",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.gandi.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.gandi.net",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.gandi.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.gandi.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "gigahost.dk": {
          id: "gigahost.dk",
          name: "Gigahost Mail",
          incoming: [
            {
              protocol: "imap",
              host: "mail.gigahost.dk",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.gigahost.dk",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.gigahost.dk",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "gmx.com": {
          id: "gmx.com",
          name: "GMX Freemail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.gmx.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.gmx.com",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.gmx.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.gmx.com",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.gmx.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.gmx.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "gmx.net": {
          id: "gmx.net",
          name: "GMX Freemail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.gmx.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.gmx.net",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.gmx.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.gmx.net",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.gmx.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.gmx.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          enableUrl: "https://hilfe.gmx.net/pop-imap/einschalten.html"
        },
        "go.tvm.ne.jp": {
          id: "go.tvm.ne.jp",
          name: "\u30C6\u30EC\u30D3\u677E\u672C\u30B1\u30FC\u30D6\u30EB\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u30B5\u30FC\u30D3\u30B9",
          incoming: [
            {
              protocol: "pop3",
              host: "go.tvm.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "go.tvm.ne.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "goo.jp": {
          id: "goo.jp",
          name: "goo \u30E1\u30FC\u30EB\u30A2\u30C9\u30D0\u30F3\u30B9",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.mail.goo.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.goo.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "googlemail.com": {
          id: "googlemail.com",
          name: "Google Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.gmail.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.gmail.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.gmail.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          enableUrl: "https://mail.google.com/mail/?ui=2&shva=1#settings/fwdandpop"
        },
        "gransy.com": {
          id: "gransy.com",
          name: "G-Hosting.cz a Station.cz",
          incoming: [
            {
              protocol: "imap",
              host: "imap.gransy.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.gransy.com",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "imap.gransy.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "imap.gransy.com",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.gransy.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.gransy.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.gransy.com",
              port: 25,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "hal.ne.jp": {
          id: "hal.ne.jp",
          name: "\u30CF\u30EB\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.hal.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.hal.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "hana.or.jp": {
          id: "hana.or.jp",
          name: "\u304D\u305F\u3046\u3089\u82B1\u306D\u3063\u3068",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.hana.or.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.hana.or.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "hetzner.de": {
          id: "hetzner.de",
          name: "Hetzner",
          incoming: [
            {
              protocol: "imap",
              host: "mail.your-server.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.your-server.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "hotmail.com": {
          id: "hotmail.com",
          name: "Outlook.com (Microsoft)",
          incoming: [
            {
              protocol: "imap",
              host: "outlook.office365.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            },
            {
              protocol: "pop3",
              host: "outlook.office365.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp-mail.outlook.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            }
          ]
        },
        "i.softbank.jp": {
          id: "i.softbank.jp",
          name: "SoftBank",
          incoming: [
            {
              protocol: "imap",
              host: "imap.softbank.jp",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.softbank.jp",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ic-net.or.jp": {
          id: "ic-net.or.jp",
          name: "IC-NET",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.ic-net.or.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.ic-net.or.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "iijmio-mail.jp": {
          id: "iijmio-mail.jp",
          name: "IIJmio \u30BB\u30FC\u30D5\u30C6\u30A3\u30E1\u30FC\u30EB",
          incoming: [
            {
              protocol: "pop3",
              host: "mbox.iijmio-mail.jp",
              port: 110,
              security: "starttls",
              username: "%EMAILLOCALPART%.%EMAILDOMAIN%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mbox.iijmio-mail.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%.%EMAILDOMAIN%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "iiyama-catv.ne.jp": {
          id: "iiyama-catv.ne.jp",
          name: "\u30B1\u30FC\u30D6\u30EB\u30C6\u30EC\u30D3i\u30CD\u30C3\u30C8\u98EF\u5C71",
          incoming: [
            {
              protocol: "imap",
              host: "imap.iiyama-catv.ne.jp",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.iiyama-catv.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpa.iiyama-catv.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "inbox.lv": {
          id: "inbox.lv",
          name: "%EMAILDOMAIN%",
          incoming: [
            {
              protocol: "imap",
              host: "mail.%emaildomain%",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.%emaildomain%",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.%emaildomain%",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          enableUrl: "https://help.inbox.lv/?keyword=email_clients_access"
        },
        "inet-shibata.or.jp": {
          id: "inet-shibata.or.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u65B0\u767A\u7530",
          incoming: [
            {
              protocol: "pop3",
              host: "po.inet-shibata.or.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "po.inet-shibata.or.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ipax.at": {
          id: "ipax.at",
          name: "IPAX Internet Services",
          incoming: [
            {
              protocol: "imap",
              host: "mail.ipax.at",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.ipax.at",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "iwafune.ne.jp": {
          id: "iwafune.ne.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u3044\u308F\u3075\u306D",
          incoming: [
            {
              protocol: "pop3",
              host: "po.iwafune.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "po.iwafune.ne.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "janis.or.jp": {
          id: "janis.or.jp",
          name: "Janis",
          incoming: [
            {
              protocol: "imap",
              host: "imaps.janis.or.jp",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pops.janis.or.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtps.janis.or.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "jet.ne.jp": {
          id: "jet.ne.jp",
          name: "JETINTERNET",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.jet.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.jet.ne.jp",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.jet.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.jet.ne.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ji.jet.ne.jp": {
          id: "ji.jet.ne.jp",
          name: "JETINTERNET",
          incoming: [
            {
              protocol: "pop3",
              host: "pop02.jet.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp02.jet.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "kelcom.net": {
          id: "kelcom.net",
          name: "KELCOM Internet",
          incoming: [
            {
              protocol: "imap",
              host: "pop.kelcom.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.kelcom.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.kelcom.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "kl.wind.ne.jp": {
          id: "kl.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "kl.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "kl.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "kokuyou.ne.jp": {
          id: "kokuyou.ne.jp",
          name: "\u9577\u548C\u753A\u9ED2\u8000\u306E\u91CC\u3086\u3044\u306D\u3063\u3068",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.kokuyou.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.kokuyou.ne.jp",
              port: 25,
              security: "none",
              username: null,
              auth: "none",
              auths: [
                "none"
              ]
            }
          ]
        },
        "kpnmail.nl": {
          id: "kpnmail.nl",
          name: "KPN E-mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.kpnmail.nl",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.kpnmail.nl",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.kpnmail.nl",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.kpnmail.nl",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.kpnmail.nl",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.kpnmail.nl",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "laposte.net": {
          id: "laposte.net",
          name: "LaPoste",
          incoming: [
            {
              protocol: "imap",
              host: "imap.laposte.net",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.laposte.net",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.laposte.net",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "libero.it": {
          id: "libero.it",
          name: "Libero Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imapmail.libero.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "popmail.libero.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.libero.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mahoroba.ne.jp": {
          id: "mahoroba.ne.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u307E\u307B\u308D\u3070",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.mahoroba.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.mahoroba.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.com": {
          id: "mail.com",
          name: "mail.com",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.mail.com",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.mail.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.mail.com",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.mail.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.dk": {
          id: "mail.dk",
          name: "Yousee Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.dk",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.mail.dk",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "asmtp.mail.dk",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.ee": {
          id: "mail.ee",
          name: "%EMAILDOMAIN%",
          incoming: [
            {
              protocol: "imap",
              host: "%emaildomain%",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "%emaildomain%",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "%emaildomain%",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          enableUrl: "https://help.mail.ee/?keyword=email_clients_access"
        },
        "mail.iwafune.ne.jp": {
          id: "mail.iwafune.ne.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u3044\u308F\u3075\u306D",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.iwafune.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.iwafune.ne.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.jubii.dk": {
          id: "mail.jubii.dk",
          name: "Jubii Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.jubii.dk",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "imap.jubii.dk",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.jubii.dk",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.ru": {
          id: "mail.ru",
          name: "mail.ru",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.ru",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.mail.ru",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.mail.ru",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.mail.ru",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.ru",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.mail.ru",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mail.wind.ne.jp": {
          id: "mail.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "me.com": {
          id: "me.com",
          name: "Apple iCloud",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.me.com",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.me.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "messagingengine.com": {
          id: "messagingengine.com",
          name: "Fastmail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.fastmail.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.fastmail.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.fastmail.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "mit.edu": {
          id: "mit.edu",
          name: "MIT Mail",
          incoming: [
            {
              protocol: "imap",
              host: "outlook.office365.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "outgoing.mit.edu",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ml.murakami.ne.jp": {
          id: "ml.murakami.ne.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u3044\u308F\u3075\u306D",
          incoming: [
            {
              protocol: "pop3",
              host: "ml.murakami.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "ml.murakami.ne.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "mnet.ne.jp": {
          id: "mnet.ne.jp",
          name: "Mnet \u30E1\u30FC\u30EB \u30B5\u30FC\u30D3\u30B9",
          incoming: [
            {
              protocol: "imap",
              host: "mail.mnet.ne.jp",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted",
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.mnet.ne.jp",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.mnet.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.mnet.ne.jp",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.mnet.ne.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted",
                "password"
              ]
            }
          ]
        },
        "mopera.net": {
          id: "mopera.net",
          name: "mopera U",
          incoming: [
            {
              protocol: "imap",
              host: "mail.mopera.net",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.mopera.net",
              port: 143,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.mopera.net",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.mopera.net",
              port: 110,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.mopera.net",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.mopera.net",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "mx1.tiki.ne.jp": {
          id: "mx1.tiki.ne.jp",
          name: "TikiTiki\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "%emaildomain%",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp-auth.tiki.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "naver.com": {
          id: "naver.com",
          name: "Naver",
          incoming: [
            {
              protocol: "imap",
              host: "imap.naver.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.naver.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.naver.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "nifty.com": {
          id: "nifty.com",
          name: "@nifty",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.nifty.com",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.nifty.com",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "nili.ca": {
          id: "nili.ca",
          name: "Nili",
          incoming: [
            {
              protocol: "imap",
              host: "email.nili.email",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "email.nili.email",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "email.nili.email",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "email.nili.email",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "nsat.jp": {
          id: "nsat.jp",
          name: "\uFF22\uFF22\u306B\u3044\u304C\u305F",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.nsat.jp",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.nsat.jp",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "ntlworld.com": {
          id: "ntlworld.com",
          name: "NTL World: Virgin Media Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.ntlworld.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.ntlworld.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.ntlworld.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "o2.pl": {
          id: "o2.pl",
          name: "o2 Poczta",
          incoming: [
            {
              protocol: "imap",
              host: "poczta.o2.pl",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "poczta.o2.pl",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "poczta.o2.pl",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "poczta.o2.pl",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ocn.ne.jp": {
          id: "ocn.ne.jp",
          name: "OCN",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.ocn.ne.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.ocn.ne.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "office365.com": {
          id: "office365.com",
          name: "Microsoft 365",
          incoming: [
            {
              protocol: "imap",
              host: "outlook.office365.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            },
            {
              protocol: "pop3",
              host: "outlook.office365.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            },
            {
              protocol: "ews",
              host: null,
              port: null,
              security: null,
              username: "%EMAILADDRESS",
              auth: "oauth2",
              auths: [
                "oauth2"
              ],
              url: "https://outlook.office365.com/ews/exchange.asmx"
            },
            {
              protocol: "graph",
              host: null,
              port: null,
              security: null,
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ],
              url: "https://graph.microsoft.com/"
            },
            {
              protocol: "exchange",
              host: "outlook.office365.com",
              port: 443,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ],
              url: "https://outlook.office365.com/ews/exchange.asmx"
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.office365.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2"
              ]
            }
          ]
        },
        "one.com": {
          id: "one.com",
          name: "one.com",
          incoming: [
            {
              protocol: "imap",
              host: "imap.one.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "send.one.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "one.cz": {
          id: "one.cz",
          name: "Webhosting Registrator.cz Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.registrator.cz",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.registrator.cz",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.registrator.cz",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "onet.pl": {
          id: "onet.pl",
          name: "Onet Poczta",
          incoming: [
            {
              protocol: "imap",
              host: "imap.poczta.onet.pl",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.poczta.onet.pl",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.poczta.onet.pl",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.poczta.onet.pl",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "orange.fr": {
          id: "orange.fr",
          name: "Mail Orange",
          incoming: [
            {
              protocol: "imap",
              host: "imap.orange.fr",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.orange.fr",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.orange.fr",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ovh.net": {
          id: "ovh.net",
          name: "OVH",
          incoming: [
            {
              protocol: "imap",
              host: "ssl0.ovh.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "ssl0.ovh.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "ssl0.ovh.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "oxcloud-eu": {
          id: "oxcloud-eu",
          name: "OX Cloud EU",
          incoming: [
            {
              protocol: "imap",
              host: "imap.eu.appsuite.cloud",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.eu.appsuite.cloud",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.eu.appsuite.cloud",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.eu.appsuite.cloud",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "oxcloud-us": {
          id: "oxcloud-us",
          name: "OX Cloud US",
          incoming: [
            {
              protocol: "imap",
              host: "imap.us.appsuite.cloud",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.us.appsuite.cloud",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.us.appsuite.cloud",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.us.appsuite.cloud",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "parabox.or.jp": {
          id: "parabox.or.jp",
          name: "\u30D1\u30E9\u30DC\u30C3\u30AF\u30B9",
          incoming: [
            {
              protocol: "pop3",
              host: "pop3.parabox.or.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.parabox.or.jp",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "pdx.edu": {
          id: "pdx.edu",
          name: "Portland State University Mail",
          incoming: [
            {
              protocol: "imap",
              host: "psumail.pdx.edu",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "imap",
              host: "psumail.pdx.edu",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mailhost.pdx.edu",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "smtp",
              host: "mailhost.pdx.edu",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "peoplepc.com": {
          id: "peoplepc.com",
          name: "PeoplePC",
          incoming: [
            {
              protocol: "imap",
              host: "imap.peoplepc.com",
              port: 143,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.peoplepc.com",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpauth.peoplepc.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "po.wind.ne.jp": {
          id: "po.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "po.wind.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "po.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "pobox.com": {
          id: "pobox.com",
          name: "Pobox",
          incoming: [
            {
              protocol: "imap",
              host: "mail.pobox.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.pobox.com",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.pobox.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.pobox.com",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.pobox.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.pobox.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "pop.shibata.ne.jp": {
          id: "pop.shibata.ne.jp",
          name: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u65B0\u767A\u7530",
          incoming: [
            {
              protocol: "pop3",
              host: "%emaildomain%",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "%emaildomain%",
              port: 25,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "postecert.it": {
          id: "postecert.it",
          name: "Poste Italiane PosteCert",
          incoming: [
            {
              protocol: "imap",
              host: "mail.postecert.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.postecert.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.postecert.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "posteo.de": {
          id: "posteo.de",
          name: "Posteo",
          incoming: [
            {
              protocol: "imap",
              host: "posteo.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "posteo.de",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "posteo.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "posteo.de",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "posteo.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "posteo.de",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ptd.net": {
          id: "ptd.net",
          name: "PenTeleData",
          incoming: [
            {
              protocol: "imap",
              host: "promail.ptd.net",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "promail.ptd.net",
              port: 143,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "promail.ptd.net",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "promail.ptd.net",
              port: 110,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "promail.ptd.net",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "promail.ptd.net",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "q.com": {
          id: "q.com",
          name: "Q.com",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.q.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.q.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.q.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "qq.com": {
          id: "qq.com",
          name: "qq.com",
          incoming: [
            {
              protocol: "imap",
              host: "imap.qq.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.qq.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "rambler.ru": {
          id: "rambler.ru",
          name: "Rambler Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.rambler.ru",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.rambler.ru",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.rambler.ru",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "rediffmail.com": {
          id: "rediffmail.com",
          name: "Rediffmail",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.rediffmail.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.rediffmail.com",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.rediffmail.com",
              port: 586,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.rediffmail.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.rediffmail.com",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "rr.com": {
          id: "rr.com",
          name: "RoadRunner/TWC",
          incoming: [
            {
              protocol: "imap",
              host: "mail.twc.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.twc.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.twc.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "runestone.net": {
          id: "runestone.net",
          name: "Runestone Telecom Association",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.runestone.net",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.runestone.net",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "sapo.pt": {
          id: "sapo.pt",
          name: "SAPO Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.sapo.pt",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.sapo.pt",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.sapo.pt",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "schwaz.net": {
          id: "schwaz.net",
          name: "schwaz.net | Stadtwerke Schwaz",
          incoming: [
            {
              protocol: "imap",
              host: "imap.schwaz.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.schwaz.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.schwaz.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "mail.schwaz.net",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "seznam.cz": {
          id: "seznam.cz",
          name: "Seznam",
          incoming: [
            {
              protocol: "imap",
              host: "imap.seznam.cz",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.seznam.cz",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.seznam.cz",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "sfr.fr": {
          id: "sfr.fr",
          name: "SFR / Neuf",
          incoming: [
            {
              protocol: "imap",
              host: "imap.sfr.fr",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.sfr.fr",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.sfr.fr",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "sky.com": {
          id: "sky.com",
          name: "Sky Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.tools.sky.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.tools.sky.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.tools.sky.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "skynet.be": {
          id: "skynet.be",
          name: "Proximus",
          incoming: [
            {
              protocol: "imap",
              host: "imap.proximus.be",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.proximus.be",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "relay.proximus.be",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "so.wind.ne.jp": {
          id: "so.wind.ne.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "imap",
              host: "so.wind.ne.jp",
              port: 143,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "so.wind.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "strato.de": {
          id: "strato.de",
          name: "Strato",
          incoming: [
            {
              protocol: "imap",
              host: "imap.strato.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.strato.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.strato.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.strato.de",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "studenti.univr.it": {
          id: "studenti.univr.it",
          name: "Universit\xE0 degli Studi di Verona",
          incoming: [
            {
              protocol: "imap",
              host: "univr.mail.cineca.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "univr.mail.cineca.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "univr.smtpauth.cineca.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "t-online.de": {
          id: "t-online.de",
          name: "t-online",
          incoming: [
            {
              protocol: "imap",
              host: "secureimap.t-online.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "securepop.t-online.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "securesmtp.t-online.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "securesmtp.t-online.de",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          enableUrl: "https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten"
        },
        "teol.net": {
          id: "teol.net",
          name: "TEOL.net Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.teol.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.teol.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.teol.net",
              port: 465,
              security: "tls",
              username: null,
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "thinline.cz": {
          id: "thinline.cz",
          name: "\u010Cesk\xFD hosting",
          incoming: [
            {
              protocol: "imap",
              host: "mail.cesky-hosting.cz",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "mail.cesky-hosting.cz",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.cesky-hosting.cz",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.cesky-hosting.cz",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.cesky-hosting.cz",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.cesky-hosting.cz",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.cesky-hosting.cz",
              port: 25,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "tiki.ne.jp": {
          id: "tiki.ne.jp",
          name: "TikiTiki\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "mx.tiki.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp-auth.tiki.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "tim.it": {
          id: "tim.it",
          name: "Tim Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.tim.it",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.tim.it",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.tim.it",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "tiscali.cz": {
          id: "tiscali.cz",
          name: "Tiscali",
          incoming: [
            {
              protocol: "pop3",
              host: "pop3.mail.tiscali.cz",
              port: 110,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.tiscali.cz",
              port: 25,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "tiscali.it": {
          id: "tiscali.it",
          name: "Tiscali Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.tiscali.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.tiscali.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.tiscali.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password-encrypted",
              auths: [
                "password-encrypted"
              ]
            }
          ]
        },
        "umich.edu": {
          id: "umich.edu",
          name: "University of Michigan",
          incoming: [
            {
              protocol: "imap",
              host: "imap.gmail.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.gmail.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "uol.com.br": {
          id: "uol.com.br",
          name: "UOL",
          incoming: [
            {
              protocol: "pop3",
              host: "pop3.uol.com.br",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.uol.com.br",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtps.uol.com.br",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "verizon.net": {
          id: "verizon.net",
          name: "Verizon Online",
          incoming: [
            {
              protocol: "imap",
              host: "imap.aol.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.aol.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.aol.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "virgilio.it": {
          id: "virgilio.it",
          name: "Virgilio Mail",
          incoming: [
            {
              protocol: "imap",
              host: "in.virgilio.it",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "in.virgilio.it",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "out.virgilio.it",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "virgin.net": {
          id: "virgin.net",
          name: "Virgin.net: Virgin Media Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap4.virgin.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.virgin.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.virgin.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "virginmedia.com": {
          id: "virginmedia.com",
          name: "Virgin Media Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.virginmedia.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.virginmedia.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.virginmedia.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "vm.aikis.or.jp": {
          id: "vm.aikis.or.jp",
          name: "aikis",
          incoming: [
            {
              protocol: "pop3",
              host: "mail.aikis.or.jp",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.aikis.or.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "vodafonemail.de": {
          id: "vodafonemail.de",
          name: "Vodafone",
          incoming: [
            {
              protocol: "imap",
              host: "imap.vodafonemail.de",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.vodafonemail.de",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.vodafonemail.de",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "vp.tiki.ne.jp": {
          id: "vp.tiki.ne.jp",
          name: "TikiTiki\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "vp.tiki.ne.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "vs.tiki.ne.jp",
              port: 587,
              security: "none",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "web.de": {
          id: "web.de",
          name: "WEB.DE Freemail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.web.de",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.web.de",
              port: 143,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.web.de",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.web.de",
              port: 110,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.web.de",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.web.de",
              port: 587,
              security: "starttls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          enableUrl: "https://hilfe.web.de/pop-imap/einschalten.html"
        },
        "webhuset.no": {
          id: "webhuset.no",
          name: "Webhuset",
          incoming: [
            {
              protocol: "imap",
              host: "imap.webhuset.no",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.webhuset.no",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.webhuset.no",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.webhuset.no",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "websupport.sk": {
          id: "websupport.sk",
          name: "WebSupport",
          incoming: [
            {
              protocol: "imap",
              host: "imap.websupport.sk",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.websupport.sk",
              port: 143,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.websupport.sk",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.websupport.sk",
              port: 110,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.websupport.sk",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.websupport.sk",
              port: 25,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "wildwestdomains.com": {
          id: "wildwestdomains.com",
          name: "Your WildWest domain",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.secureserver.net",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "imap.secureserver.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtpout.secureserver.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "wp.pl": {
          id: "wp.pl",
          name: "Poczta Wirtualna Polska",
          incoming: [
            {
              protocol: "imap",
              host: "imap.wp.pl",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.wp.pl",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.wp.pl",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "xp.wind.jp": {
          id: "xp.wind.jp",
          name: "\u7FA4\u99AC\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8",
          incoming: [
            {
              protocol: "pop3",
              host: "xp.wind.jp",
              port: 110,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "xp.wind.jp",
              port: 587,
              security: "none",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "xtra.co.nz": {
          id: "xtra.co.nz",
          name: "Xtra Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.xtra.co.nz",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop3.xtra.co.nz",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "send.xtra.co.nz",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "yahoo.co.jp": {
          id: "yahoo.co.jp",
          name: "Yahoo! \u30E1\u30FC\u30EB",
          incoming: [
            {
              protocol: "pop3",
              host: "pop.mail.yahoo.co.jp",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.yahoo.co.jp",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "yahoo.com": {
          id: "yahoo.com",
          name: "Yahoo! Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.mail.yahoo.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "imap",
              host: "export.imap.mail.yahoo.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.mail.yahoo.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.mail.yahoo.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "oauth2",
              auths: [
                "oauth2",
                "password"
              ]
            }
          ]
        },
        "yandex.ru": {
          id: "yandex.ru",
          name: "Yandex Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.yandex.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.yandex.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.yandex.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ybb.ne.jp": {
          id: "ybb.ne.jp",
          name: "Yahoo! BB",
          incoming: [
            {
              protocol: "pop3",
              host: "ybbpop.mail.yahoo.co.jp",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "ybbsmtp.mail.yahoo.co.jp",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "yeah.net": {
          id: "yeah.net",
          name: "yeah.net",
          incoming: [
            {
              protocol: "imap",
              host: "imap.yeah.net",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.yeah.net",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zeelandnet.nl": {
          id: "zeelandnet.nl",
          name: "ZeelandNet e-mail",
          incoming: [
            {
              protocol: "imap",
              host: "mail.zeelandnet.nl",
              port: 993,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "mail.zeelandnet.nl",
              port: 995,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "mail.zeelandnet.nl",
              port: 465,
              security: "tls",
              username: "%EMAILLOCALPART%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "ziggo.nl": {
          id: "ziggo.nl",
          name: "Ziggo Mail",
          incoming: [
            {
              protocol: "imap",
              host: "imap.ziggo.nl",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.ziggo.nl",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.ziggo.nl",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zoho.com": {
          id: "zoho.com",
          name: "Zoho Mail - US",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zoho.com",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zoho.com",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zoho.com",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zoho.com",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zoho.com.au": {
          id: "zoho.com.au",
          name: "Zoho Mail - Australia",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zoho.com.au",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zoho.com.au",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zoho.com.au",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zoho.com.au",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zoho.eu": {
          id: "zoho.eu",
          name: "Zoho Mail - Europe",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zoho.eu",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zoho.eu",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zoho.eu",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zoho.eu",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zoho.in": {
          id: "zoho.in",
          name: "Zoho Mail - India",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zoho.in",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zoho.in",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zoho.in",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zoho.in",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zoho.jp": {
          id: "zoho.jp",
          name: "Zoho Mail - Japan",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zoho.jp",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zoho.jp",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zoho.jp",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zoho.jp",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        },
        "zohocloud.ca": {
          id: "zohocloud.ca",
          name: "Zoho Mail - Canada",
          incoming: [
            {
              protocol: "imap",
              host: "imap.zohocloud.ca",
              port: 993,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "pop3",
              host: "pop.zohocloud.ca",
              port: 995,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ],
          outgoing: [
            {
              protocol: "smtp",
              host: "smtp.zohocloud.ca",
              port: 465,
              security: "tls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            },
            {
              protocol: "smtp",
              host: "smtp.zohocloud.ca",
              port: 587,
              security: "starttls",
              username: "%EMAILADDRESS%",
              auth: "password",
              auths: [
                "password"
              ]
            }
          ]
        }
      },
      domains: {
        "123mail.dk": "mail.jubii.dk",
        "126.com": "126.com",
        "12fuel.dk": "mail.jubii.dk",
        "12mail.dk": "mail.jubii.dk",
        "12move.dk": "mail.jubii.dk",
        "163.com": "163.com",
        "2die4.com": "mail.com",
        "2night.dk": "mail.jubii.dk",
        "2senior.dk": "mail.jubii.dk",
        "9260.dk": "mail.jubii.dk",
        "a1.net": "a1.net",
        "accountant.com": "mail.com",
        "active24.com": "active24.com",
        "activist.com": "mail.com",
        "adexec.com": "mail.com",
        "adres.pl": "onet.pl",
        "africamail.com": "mail.com",
        "aim.com": "aol.com",
        "aircraftmail.com": "mail.com",
        "alabama.usa.com": "mail.com",
        "alaska.usa.com": "mail.com",
        "alice.it": "alice.it",
        "allergist.com": "mail.com",
        "alumni.com": "mail.com",
        "alumnidirector.com": "mail.com",
        "am0.yahoodns.net": "yahoo.com",
        "americamail.com": "mail.com",
        "ameritech.net": "att.net",
        "amethyst.broba.cc": "broba.cc",
        "amorki.pl": "onet.pl",
        "amorous.com": "mail.com",
        "anarki.dk": "mail.jubii.dk",
        "anderledes.dk": "mail.jubii.dk",
        "angelic.com": "mail.com",
        "aol.co.nz": "aol.com",
        "aol.co.uk": "aol.com",
        "aol.com": "aol.com",
        "aol.com.ar": "aol.com",
        "aol.com.au": "aol.com",
        "aol.com.br": "aol.com",
        "aol.com.mx": "aol.com",
        "aol.de": "aol.com",
        "aol.es": "aol.com",
        "aol.fr": "aol.com",
        "aol.it": "aol.com",
        "aol.se": "aol.com",
        "aon.at": "a1.net",
        "archaeologist.com": "mail.com",
        "arcor.de": "vodafonemail.de",
        "arizona.usa.com": "mail.com",
        "artlover.com": "mail.com",
        "arubapec.it": "arubapec.it",
        "asia-mail.com": "mail.com",
        "atheist.com": "mail.com",
        "att.net": "att.net",
        "australiamail.com": "mail.com",
        "autograf.pl": "onet.pl",
        "backbone.dk": "mail.jubii.dk",
        "bartender.net": "mail.com",
        "bay.gunmanet.ne.jp": "bay.wind.ne.jp",
        "bay.gunmanet.or.jp": "bay.wind.ne.jp",
        "bay.wind.co.jp": "bay.wind.ne.jp",
        "bay.wind.jp": "bay.wind.ne.jp",
        "bay.wind.ne.jp": "bay.wind.ne.jp",
        "bb-niigata.jp": "bb-niigata.jp",
        "bc.iij4u.or.jp": "dd.iij4u.or.jp",
        "bedstemail.dk": "mail.jubii.dk",
        "begavet.dk": "mail.jubii.dk",
        "belgacom.net": "skynet.be",
        "bell.net": "bell.net",
        "bellsouth.net": "att.net",
        "bemybaby.dk": "mail.jubii.dk",
        "berlin.com": "mail.com",
        "bigger.com": "mail.com",
        "biglobe.ne.jp": "biglobe.ne.jp",
        "bigpond.com": "bigpond.com",
        "bigpond.net": "bigpond.com",
        "bigpond.net.au": "bigpond.com",
        "bikerider.com": "mail.com",
        "birdlover.com": "mail.com",
        "bitnisse.dk": "mail.jubii.dk",
        "bk.iij4u.or.jp": "dd.iij4u.or.jp",
        "bk.ru": "mail.ru",
        "blader.com": "mail.com",
        "blu.it": "libero.it",
        "bluemail.ch": "bluewin.ch",
        "bluewin.ch": "bluewin.ch",
        "blueyonder.co.uk": "blueyonder.co.uk",
        "boardermail.com": "mail.com",
        "bol.com.br": "bol.com.br",
        "bp.iij4u.or.jp": "dd.iij4u.or.jp",
        "brazilmail.com": "mail.com",
        "bresnan.net": "charter.net",
        "brew-master.com": "mail.com",
        "btinternet.com": "btinternet.com",
        "btopenworld.com": "btinternet.com",
        "bu.iij4u.or.jp": "dd.iij4u.or.jp",
        "buziaczek.pl": "onet.pl",
        "california.usa.com": "mail.com",
        "californiamail.com": "mail.com",
        "caress.com": "mail.com",
        "casema.nl": "ziggo.nl",
        "catlover.com": "mail.com",
        "cc9.ne.jp": "cc9.ne.jp",
        "cek.ne.jp": "cek.ne.jp",
        "centurylink.net": "centurylink.net",
        "centurytel.net": "centurytel.net",
        "cgl.ucsf.edu": "cgl.ucsf.edu",
        "charter.net": "charter.net",
        "cheerful.com": "mail.com",
        "chef.net": "mail.com",
        "chello.nl": "ziggo.nl",
        "chemist.com": "mail.com",
        "chinamail.com": "mail.com",
        "christensen.dk": "mail.jubii.dk",
        "christiansen.dk": "mail.jubii.dk",
        "city.dk": "mail.jubii.dk",
        "clds.net": "centurytel.net",
        "clerk.com": "mail.com",
        "cliffhanger.com": "mail.com",
        "clio.ne.jp": "clio.ne.jp",
        "cloudeu.xion.oxcs.net": "oxcloud-eu",
        "cloudus.xion.oxcs.net": "oxcloud-us",
        "club-internet.fr": "sfr.fr",
        "clustermail.de": "clustermail.de",
        "co1.wind.jp": "co1.wind.ne.jp",
        "co1.wind.ne.jp": "co1.wind.ne.jp",
        "co2.wind.jp": "co2.wind.ne.jp",
        "co2.wind.ne.jp": "co2.wind.ne.jp",
        "co3.wind.jp": "co3.wind.ne.jp",
        "co3.wind.ne.jp": "co3.wind.ne.jp",
        "coastalnow.net": "centurytel.net",
        "cochill.net": "centurytel.net",
        "collector.org": "mail.com",
        "columnist.com": "mail.com",
        "comcast.net": "comcast.net",
        "comic.com": "mail.com",
        "compuserve.com": "aol.com",
        "computer4u.com": "mail.com",
        "consultant.com": "mail.com",
        "contractor.net": "mail.com",
        "cool.dk": "mail.jubii.dk",
        "coolsite.net": "mail.com",
        "coral.broba.ccv": "broba.cc",
        "corp.mail.ru": "mail.ru",
        "counsellor.com": "mail.com",
        "count.com": "mail.com",
        "couple.com": "mail.com",
        "cox.net": "yahoo.com",
        "cs.com": "aol.com",
        "cswnet.com": "centurytel.net",
        "cty-net.com": "cty-net.ne.jp",
        "cty-net.ne.jp": "cty-net.ne.jp",
        "currently.com": "att.net",
        "cutey.com": "mail.com",
        "cyber-wizard.com": "mail.com",
        "cyberdude.com": "mail.com",
        "cyberdude.dk": "mail.jubii.dk",
        "cybergal.com": "mail.com",
        "cyberia.pl": "onet.pl",
        "cyberjunkie.dk": "mail.jubii.dk",
        "dallasmail.com": "mail.com",
        "dan.gunmanet.ne.jp": "dan.wind.ne.jp",
        "dan.gunmanet.or.jp": "dan.wind.ne.jp",
        "dan.wind.co.jp": "dan.wind.ne.jp",
        "dan.wind.jp": "dan.wind.ne.jp",
        "dan.wind.ne.jp": "dan.wind.ne.jp",
        "dancemail.dk": "mail.jubii.dk",
        "daum.net": "daum.net",
        "dbzmail.com": "mail.com",
        "dd.iij4u.or.jp": "dd.iij4u.or.jp",
        "deliveryman.com": "mail.com",
        "diamond.broba.cc": "broba.cc",
        "diplomats.com": "mail.com",
        "disciples.com": "mail.com",
        "doctor.com": "mail.com",
        "doglover.com": "mail.com",
        "dondominio.com": "dondominio.com",
        "doramail.com": "mail.com",
        "dr.com": "mail.com",
        "dublin.com": "mail.com",
        "e-box.dk": "mail.jubii.dk",
        "e-mail.dk": "mail.jubii.dk",
        "e-postboks.dk": "mail.jubii.dk",
        "e23.jp": "iijmio-mail.jp",
        "earthling.net": "mail.com",
        "earthlink.net": "earthlink.net",
        "educa.madrid.org": "educa.madrid.org",
        "elinstallatoer.dk": "mail.jubii.dk",
        "elpasotel.net": "elpasotel.net",
        "elsker.dk": "mail.jubii.dk",
        "elvis.dk": "mail.jubii.dk",
        "elvisfan.com": "mail.com",
        "emadisonriver.com": "centurytel.net",
        "emadisonriver.net": "centurytel.net",
        "email.com": "mail.com",
        "email.cz": "seznam.cz",
        "email.dk": "mail.jubii.dk",
        "email.gmx": "gmx.net",
        "email.it": "email.it",
        "emailsrvr.com": "emailsrvr.com",
        "embarqmail.com": "centurylink.net",
        "engineer.com": "mail.com",
        "englandmail.com": "mail.com",
        "eriksen.dk": "mail.jubii.dk",
        "europe.com": "mail.com",
        "europemail.com": "mail.com",
        "execs.com": "mail.com",
        "fald.dk": "mail.jubii.dk",
        "fan.com": "mail.com",
        "fastwebnet.it": "fastwebnet.it",
        "fedt.dk": "mail.jubii.dk",
        "feelings.com": "mail.com",
        "feminin.dk": "mail.jubii.dk",
        "ff.iij4u.or.jp": "dd.iij4u.or.jp",
        "financier.com": "mail.com",
        "fireman.net": "mail.com",
        "flash.net": "att.net",
        "flirt.dk": "mail.jubii.dk",
        "florida.usa.com": "mail.com",
        "footballer.com": "mail.com",
        "forening.dk": "mail.jubii.dk",
        "fraekkert.dk": "mail.jubii.dk",
        "frandsen.dk": "mail.jubii.dk",
        "frederiksen.dk": "mail.jubii.dk",
        "free.fr": "free.fr",
        "freeler.nl": "kpnmail.nl",
        "funkymail.dk": "mail.jubii.dk",
        "gadefejer.dk": "mail.jubii.dk",
        "gaf-net.dk": "mail.jubii.dk",
        "gallatinriver.net": "centurytel.net",
        "gandi.net": "gandi.net",
        "gardener.com": "mail.com",
        "garnet.broba.cc": "broba.cc",
        "gason.dk": "mail.jubii.dk",
        "geologist.com": "mail.com",
        "germanymail.com": "mail.com",
        "giallo.it": "libero.it",
        "gigahost.dk": "gigahost.dk",
        "gigapec.it": "arubapec.it",
        "gmail.com": "googlemail.com",
        "gmx.at": "gmx.net",
        "gmx.biz": "gmx.net",
        "gmx.ca": "gmx.com",
        "gmx.ch": "gmx.net",
        "gmx.cn": "gmx.com",
        "gmx.co.in": "gmx.com",
        "gmx.co.uk": "gmx.com",
        "gmx.com": "gmx.com",
        "gmx.com.br": "gmx.com",
        "gmx.com.my": "gmx.com",
        "gmx.com.tr": "gmx.com",
        "gmx.de": "gmx.net",
        "gmx.es": "gmx.com",
        "gmx.eu": "gmx.net",
        "gmx.fr": "gmx.com",
        "gmx.hk": "gmx.com",
        "gmx.ie": "gmx.com",
        "gmx.info": "gmx.net",
        "gmx.it": "gmx.com",
        "gmx.li": "gmx.com",
        "gmx.net": "gmx.net",
        "gmx.org": "gmx.net",
        "gmx.ph": "gmx.com",
        "gmx.pt": "gmx.com",
        "gmx.ru": "gmx.com",
        "gmx.se": "gmx.com",
        "gmx.sg": "gmx.com",
        "gmx.tm": "gmx.com",
        "gmx.tw": "gmx.com",
        "gmx.us": "gmx.com",
        "go.tvm.ne.jp": "go.tvm.ne.jp",
        "go2.pl": "o2.pl",
        "go4more.de": "1und1.de",
        "goo.jp": "goo.jp",
        "google.com": "googlemail.com",
        "googlemail.com": "googlemail.com",
        "graduate.org": "mail.com",
        "gransy.com": "gransy.com",
        "graphic-designer.com": "mail.com",
        "grics.net": "centurytel.net",
        "grin.dk": "mail.jubii.dk",
        "groovymail.dk": "mail.jubii.dk",
        "grov.dk": "mail.jubii.dk",
        "gulftel.com": "centurytel.net",
        "hackermail.com": "mail.com",
        "hahah.nl": "ziggo.nl",
        "hairdresser.net": "mail.com",
        "hal.ne.jp": "hal.ne.jp",
        "hammergod.dk": "mail.jubii.dk",
        "hana.or.jp": "hana.or.jp",
        "hansen.dk": "mail.jubii.dk",
        "hardworking.dk": "mail.jubii.dk",
        "heaven.dk": "mail.jubii.dk",
        "heavymail.dk": "mail.jubii.dk",
        "hemmelig.dk": "mail.jubii.dk",
        "henningsen.dk": "mail.jubii.dk",
        "henriksen.dk": "mail.jubii.dk",
        "hetnet.nl": "kpnmail.nl",
        "hh.iij4u.or.jp": "dd.iij4u.or.jp",
        "hilarious.com": "mail.com",
        "hippie.dk": "mail.jubii.dk",
        "hockeymail.com": "mail.com",
        "home.nl": "ziggo.nl",
        "homemail.com": "mail.com",
        "hot-shot.com": "mail.com",
        "hotmail.be": "hotmail.com",
        "hotmail.ca": "hotmail.com",
        "hotmail.cl": "hotmail.com",
        "hotmail.co.id": "hotmail.com",
        "hotmail.co.il": "hotmail.com",
        "hotmail.co.in": "hotmail.com",
        "hotmail.co.jp": "hotmail.com",
        "hotmail.co.kr": "hotmail.com",
        "hotmail.co.th": "hotmail.com",
        "hotmail.co.uk": "hotmail.com",
        "hotmail.co.za": "hotmail.com",
        "hotmail.com": "hotmail.com",
        "hotmail.com.ar": "hotmail.com",
        "hotmail.com.au": "hotmail.com",
        "hotmail.com.br": "hotmail.com",
        "hotmail.com.hk": "hotmail.com",
        "hotmail.com.tr": "hotmail.com",
        "hotmail.com.tw": "hotmail.com",
        "hotmail.com.vn": "hotmail.com",
        "hotmail.cz": "hotmail.com",
        "hotmail.de": "hotmail.com",
        "hotmail.dk": "hotmail.com",
        "hotmail.es": "hotmail.com",
        "hotmail.fi": "hotmail.com",
        "hotmail.fr": "hotmail.com",
        "hotmail.gr": "hotmail.com",
        "hotmail.hu": "hotmail.com",
        "hotmail.it": "hotmail.com",
        "hotmail.lt": "hotmail.com",
        "hotmail.lv": "hotmail.com",
        "hotmail.my": "hotmail.com",
        "hotmail.nl": "hotmail.com",
        "hotmail.no": "hotmail.com",
        "hotmail.ph": "hotmail.com",
        "hotmail.rs": "hotmail.com",
        "hotmail.se": "hotmail.com",
        "hotmail.sg": "hotmail.com",
        "hotmail.sk": "hotmail.com",
        "hour.com": "mail.com",
        "huleboer.dk": "mail.jubii.dk",
        "humanoid.net": "mail.com",
        "husk-mig.dk": "mail.jubii.dk",
        "hyperpost.dk": "mail.jubii.dk",
        "i.softbank.jp": "i.softbank.jp",
        "ic-net.or.jp": "ic-net.or.jp",
        "icloud.com": "me.com",
        "iijmio-mail.jp": "iijmio-mail.jp",
        "iiyama-catv.ne.jp": "iiyama-catv.ne.jp",
        "illinois.usa.com": "mail.com",
        "iloveu.dk": "mail.jubii.dk",
        "iname.com": "mail.com",
        "inbound.dk": "mail.jubii.dk",
        "inbox.eu": "inbox.lv",
        "inbox.la": "inbox.lv",
        "inbox.lt": "inbox.lv",
        "inbox.lv": "inbox.lv",
        "inbox.ru": "mail.ru",
        "indbakke.dk": "mail.jubii.dk",
        "inet-shibata.or.jp": "inet-shibata.or.jp",
        "infile.dk": "mail.jubii.dk",
        "info.dk": "mail.jubii.dk",
        "ingpec.eu": "arubapec.it",
        "innocent.com": "mail.com",
        "inorbit.com": "mail.com",
        "instruction.com": "mail.com",
        "instructor.net": "mail.com",
        "insurer.com": "mail.com",
        "internetserver.cz": "gransy.com",
        "inwind.it": "libero.it",
        "io.dk": "mail.jubii.dk",
        "iol.it": "libero.it",
        "ipax.at": "ipax.at",
        "irelandmail.com": "mail.com",
        "ispgateway.de": "df.eu",
        "it.dk": "mail.jubii.dk",
        "italymail.com": "mail.com",
        "iversen.dk": "mail.jubii.dk",
        "iwafune.ne.jp": "iwafune.ne.jp",
        "ix.netcom.com": "earthlink.net",
        "jacobsen.dk": "mail.jubii.dk",
        "jakobsen.dk": "mail.jubii.dk",
        "janis.or.jp": "janis.or.jp",
        "japan.com": "mail.com",
        "jazztel.es": "googlemail.com",
        "jet.ne.jp": "jet.ne.jp",
        "ji.jet.ne.jp": "ji.jet.ne.jp",
        "johansen.dk": "mail.jubii.dk",
        "journalist.com": "mail.com",
        "jubii.dk": "mail.jubii.dk",
        "jubiichat.dk": "mail.jubii.dk",
        "jubiiconnect.dk": "mail.jubii.dk",
        "jubiigames.dk": "mail.jubii.dk",
        "jubiimail.dk": "mail.jubii.dk",
        "jubiipost.dk": "mail.jubii.dk",
        "jubiipostadresse.dk": "mail.jubii.dk",
        "jyde.dk": "mail.jubii.dk",
        "k1.gunmanet.ne.jp": "kl.wind.ne.jp",
        "k1.gunmanet.or.jp": "kl.wind.ne.jp",
        "k1.wind.jp": "kl.wind.ne.jp",
        "k1.wind.ne.jp": "kl.wind.ne.jp",
        "kabelmail.de": "vodafonemail.de",
        "kelcom.net": "kelcom.net",
        "keromail.com": "mail.com",
        "kidcity.be": "skynet.be",
        "kittymail.com": "mail.com",
        "kk.iij4u.or.jp": "dd.iij4u.or.jp",
        "kl.gunmanet.ne.jp": "kl.wind.ne.jp",
        "kl.gunmanet.or.jp": "kl.wind.ne.jp",
        "kl.wind.co.jp": "kl.wind.ne.jp",
        "kl.wind.jp": "kl.wind.ne.jp",
        "kl.wind.ne.jp": "kl.wind.ne.jp",
        "klog.dk": "mail.jubii.dk",
        "knudsen.dk": "mail.jubii.dk",
        "knus.dk": "mail.jubii.dk",
        "kokuyou.ne.jp": "kokuyou.ne.jp",
        "koreamail.com": "mail.com",
        "kpnmail.nl": "kpnmail.nl",
        "kpnplanet.nl": "kpnmail.nl",
        "krudt.dk": "mail.jubii.dk",
        "kulturel.dk": "mail.jubii.dk",
        "kundenserver.de": "1und1.de",
        "kvalme.dk": "mail.jubii.dk",
        "laposte.net": "laposte.net",
        "larsen.dk": "mail.jubii.dk",
        "laursen.dk": "mail.jubii.dk",
        "lawyer.com": "mail.com",
        "lazy.dk": "mail.jubii.dk",
        "legislator.com": "mail.com",
        "libero.it": "libero.it",
        "linuxmail.org": "mail.com",
        "list.ru": "mail.ru",
        "live.at": "hotmail.com",
        "live.be": "hotmail.com",
        "live.ca": "hotmail.com",
        "live.cl": "hotmail.com",
        "live.cn": "hotmail.com",
        "live.co.jp": "hotmail.com",
        "live.co.kr": "hotmail.com",
        "live.co.uk": "hotmail.com",
        "live.co.za": "hotmail.com",
        "live.com": "hotmail.com",
        "live.com.ar": "hotmail.com",
        "live.com.au": "hotmail.com",
        "live.com.mx": "hotmail.com",
        "live.com.my": "hotmail.com",
        "live.com.ph": "hotmail.com",
        "live.com.pt": "hotmail.com",
        "live.com.sg": "hotmail.com",
        "live.de": "hotmail.com",
        "live.dk": "hotmail.com",
        "live.fi": "hotmail.com",
        "live.fr": "hotmail.com",
        "live.hk": "hotmail.com",
        "live.ie": "hotmail.com",
        "live.in": "hotmail.com",
        "live.it": "hotmail.com",
        "live.jp": "hotmail.com",
        "live.nl": "hotmail.com",
        "live.no": "hotmail.com",
        "live.ru": "hotmail.com",
        "live.se": "hotmail.com",
        "livemail.tw": "hotmail.com",
        "london.com": "mail.com",
        "loveable.com": "mail.com",
        "lovecat.com": "mail.com",
        "lystig.dk": "mail.jubii.dk",
        "m2.cty-net.ne.jp": "cty-net.ne.jp",
        "m3.cty-net.ne.jp": "cty-net.ne.jp",
        "m4.cty-net.ne.jp": "cty-net.ne.jp",
        "m5.cty-net.ne.jp": "cty-net.ne.jp",
        "m6.cty-net.ne.jp": "cty-net.ne.jp",
        "m7.cty-net.ne.jp": "cty-net.ne.jp",
        "m8.cty-net.ne.jp": "cty-net.ne.jp",
        "m9.cty-net.ne.jp": "cty-net.ne.jp",
        "ma100.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mac.com": "me.com",
        "mad.scientist.com": "mail.com",
        "madisonriver.biz": "centurytel.net",
        "madonnafan.com": "mail.com",
        "madrid.com": "mail.com",
        "madsen.dk": "mail.jubii.dk",
        "magenta.de": "t-online.de",
        "mahoroba.ne.jp": "mahoroba.ne.jp",
        "mail-mig.dk": "mail.jubii.dk",
        "mail.am0.yahoodns.net": "yahoo.com",
        "mail.com": "mail.com",
        "mail.dk": "mail.dk",
        "mail.ee": "mail.ee",
        "mail.gm0.yahoodns.net": "aol.com",
        "mail.gmx": "gmx.net",
        "mail.gunmanet.jp": "mail.wind.ne.jp",
        "mail.gunmanet.ne.jp": "mail.wind.ne.jp",
        "mail.gunmanet.or.jp": "mail.wind.ne.jp",
        "mail.iwafune.ne.jp": "mail.iwafune.ne.jp",
        "mail.jubii.dk": "mail.jubii.dk",
        "mail.org": "mail.com",
        "mail.protection.outlook.com": "office365.com",
        "mail.ru": "mail.ru",
        "mail.wind.co.jp": "mail.wind.ne.jp",
        "mail.wind.jp": "mail.wind.ne.jp",
        "mail.wind.ne.jp": "mail.wind.ne.jp",
        "mail4.dk": "mail.jubii.dk",
        "mail6.dk": "mail.jubii.dk",
        "mail8.dk": "mail.jubii.dk",
        "maildanmark.dk": "mail.jubii.dk",
        "mailroyal.dk": "mail.jubii.dk",
        "mailster.dk": "mail.jubii.dk",
        "manmail.dk": "mail.jubii.dk",
        "marchmail.com": "mail.com",
        "maskulin.dk": "mail.jubii.dk",
        "mathiesen.dk": "mail.jubii.dk",
        "me.com": "me.com",
        "mebtel.net": "centurytel.net",
        "mein.gmx": "gmx.net",
        "meo.pt": "sapo.pt",
        "messagingengine.com": "messagingengine.com",
        "mexicomail.com": "mail.com",
        "mikaelsen.dk": "mail.jubii.dk",
        "mikkelsen.dk": "mail.jubii.dk",
        "min-postkasse.dk": "mail.jubii.dk",
        "mindless.com": "mail.com",
        "mindspring.com": "earthlink.net",
        "minister.com": "mail.com",
        "minprivatemail.dk": "mail.jubii.dk",
        "miobox.jp": "iijmio-mail.jp",
        "miomio.jp": "iijmio-mail.jp",
        "mit.edu": "mit.edu",
        "ml.murakami.ne.jp": "ml.murakami.ne.jp",
        "ml.shibata.ne.jp": "pop.shibata.ne.jp",
        "mnet.ne.jp": "mnet.ne.jp",
        "mobsters.com": "mail.com",
        "monarchy.com": "mail.com",
        "mopera.net": "mopera.net",
        "mortensen.dk": "mail.jubii.dk",
        "moscowmail.com": "mail.com",
        "msn.com": "hotmail.com",
        "mtel.tel": "teol.net",
        "multiweb.nl": "ziggo.nl",
        "munich.com": "mail.com",
        "musician.org": "mail.com",
        "muslim.com": "mail.com",
        "musling.dk": "mail.jubii.dk",
        "mx1.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx2.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx2.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx2.wt.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx21.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx22.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx3.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx3.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx31.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx32.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx35.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx36.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx4.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx4.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx41.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx5.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx5.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx51.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx51.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx52.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx6.et.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx6.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx61.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx7.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx71.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx8.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx81.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx82.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx9.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mx91.tiki.ne.jp": "mx1.tiki.ne.jp",
        "mypec.eu": "arubapec.it",
        "myself.com": "mail.com",
        "myyahoo.com": "yahoo.com",
        "narod.ru": "yandex.ru",
        "natteliv.dk": "mail.jubii.dk",
        "naver.com": "naver.com",
        "netbruger.dk": "mail.jubii.dk",
        "netscape.com": "aol.com",
        "netscape.net": "aol.com",
        "neuf.fr": "sfr.fr",
        "newyork.usa.com": "mail.com",
        "nicemail.dk": "mail.jubii.dk",
        "nifty.com": "nifty.com",
        "nili.ca": "nili.ca",
        "nn.iij4u.or.jp": "dd.iij4u.or.jp",
        "nospam.dk": "mail.jubii.dk",
        "nsat.jp": "nsat.jp",
        "ntlworld.com": "ntlworld.com",
        "null.net": "mail.com",
        "nvbell.net": "att.net",
        "nycmail.com": "mail.com",
        "nyu.edu": "googlemail.com",
        "o2.pl": "o2.pl",
        "oath.com": "mail.com",
        "ocn.ad.jp": "ocn.ne.jp",
        "ocn.ne.jp": "ocn.ne.jp",
        "office365.com": "office365.com",
        "olc.protection.outlook.com": "hotmail.com",
        "olesen.dk": "mail.jubii.dk",
        "on.nl": "kpnmail.nl",
        "one.com": "one.com",
        "one.cz": "one.cz",
        "onet.com.pl": "onet.pl",
        "onet.eu": "onet.pl",
        "onet.pl": "onet.pl",
        "online.de": "1und1.de",
        "onlinehome.de": "1und1.de",
        "onmicrosoft.com": "office365.com",
        "onsbrabantnet.nl": "kpnmail.nl",
        "onsmail.nl": "kpnmail.nl",
        "onsnet.nu": "kpnmail.nl",
        "onsneteindhoven.nl": "kpnmail.nl",
        "onsnetnuenen.nl": "kpnmail.nl",
        "op.pl": "onet.pl",
        "opoczta.pl": "onet.pl",
        "optician.com": "mail.com",
        "orange.fr": "orange.fr",
        "outlook.at": "hotmail.com",
        "outlook.be": "hotmail.com",
        "outlook.cl": "hotmail.com",
        "outlook.co.id": "hotmail.com",
        "outlook.co.il": "hotmail.com",
        "outlook.co.th": "hotmail.com",
        "outlook.com": "hotmail.com",
        "outlook.com.ar": "hotmail.com",
        "outlook.com.au": "hotmail.com",
        "outlook.com.br": "hotmail.com",
        "outlook.com.gr": "hotmail.com",
        "outlook.com.tr": "hotmail.com",
        "outlook.com.vn": "hotmail.com",
        "outlook.cz": "hotmail.com",
        "outlook.de": "hotmail.com",
        "outlook.dk": "hotmail.com",
        "outlook.es": "hotmail.com",
        "outlook.fr": "hotmail.com",
        "outlook.hu": "hotmail.com",
        "outlook.ie": "hotmail.com",
        "outlook.in": "hotmail.com",
        "outlook.it": "hotmail.com",
        "outlook.jp": "hotmail.com",
        "outlook.kr": "hotmail.com",
        "outlook.lv": "hotmail.com",
        "outlook.my": "hotmail.com",
        "outlook.ph": "hotmail.com",
        "outlook.pt": "hotmail.com",
        "outlook.sa": "hotmail.com",
        "outlook.sg": "hotmail.com",
        "outlook.sk": "hotmail.com",
        "ovh.net": "ovh.net",
        "pacbell.net": "att.net",
        "pacificwest.com": "mail.com",
        "parabox.or.jp": "parabox.or.jp",
        "pdx.edu": "pdx.edu",
        "pec.it": "arubapec.it",
        "pedal.dk": "mail.jubii.dk",
        "pedersen.dk": "mail.jubii.dk",
        "pengemand.dk": "mail.jubii.dk",
        "peoplepc.com": "peoplepc.com",
        "petersen.dk": "mail.jubii.dk",
        "petlover.com": "mail.com",
        "photographer.net": "mail.com",
        "planet.nl": "kpnmail.nl",
        "playful.com": "mail.com",
        "po.gunmanet.ne.jp": "po.wind.ne.jp",
        "po.gunmanet.or.jp": "po.wind.ne.jp",
        "po.wind.co.jp": "po.wind.ne.jp",
        "po.wind.jp": "po.wind.ne.jp",
        "po.wind.ne.jp": "po.wind.ne.jp",
        "pobox.com": "pobox.com",
        "poczta.onet.eu": "onet.pl",
        "poczta.onet.pl": "onet.pl",
        "poetic.com": "mail.com",
        "pokerface.dk": "mail.jubii.dk",
        "politician.com": "mail.com",
        "pop.shibata.ne.jp": "pop.shibata.ne.jp",
        "popme.dk": "mail.jubii.dk",
        "popstar.com": "mail.com",
        "post.com": "mail.com",
        "post.cz": "seznam.cz",
        "postecert.it": "postecert.it",
        "posteo.at": "posteo.de",
        "posteo.be": "posteo.de",
        "posteo.ca": "posteo.de",
        "posteo.ch": "posteo.de",
        "posteo.cl": "posteo.de",
        "posteo.co": "posteo.de",
        "posteo.co.uk": "posteo.de",
        "posteo.com": "posteo.de",
        "posteo.com.br": "posteo.de",
        "posteo.cr": "posteo.de",
        "posteo.cz": "posteo.de",
        "posteo.de": "posteo.de",
        "posteo.dk": "posteo.de",
        "posteo.ee": "posteo.de",
        "posteo.es": "posteo.de",
        "posteo.eu": "posteo.de",
        "posteo.fi": "posteo.de",
        "posteo.gl": "posteo.de",
        "posteo.gr": "posteo.de",
        "posteo.hn": "posteo.de",
        "posteo.hr": "posteo.de",
        "posteo.hu": "posteo.de",
        "posteo.ie": "posteo.de",
        "posteo.in": "posteo.de",
        "posteo.is": "posteo.de",
        "posteo.it": "posteo.de",
        "posteo.jp": "posteo.de",
        "posteo.la": "posteo.de",
        "posteo.li": "posteo.de",
        "posteo.lt": "posteo.de",
        "posteo.lu": "posteo.de",
        "posteo.me": "posteo.de",
        "posteo.mx": "posteo.de",
        "posteo.my": "posteo.de",
        "posteo.net": "posteo.de",
        "posteo.nl": "posteo.de",
        "posteo.no": "posteo.de",
        "posteo.nz": "posteo.de",
        "posteo.org": "posteo.de",
        "posteo.pe": "posteo.de",
        "posteo.pl": "posteo.de",
        "posteo.pm": "posteo.de",
        "posteo.pt": "posteo.de",
        "posteo.ro": "posteo.de",
        "posteo.se": "posteo.de",
        "posteo.sg": "posteo.de",
        "posteo.si": "posteo.de",
        "posteo.tn": "posteo.de",
        "posteo.uk": "posteo.de",
        "posteo.us": "posteo.de",
        "postman.dk": "mail.jubii.dk",
        "poulsen.dk": "mail.jubii.dk",
        "pp.iij4u.or.jp": "dd.iij4u.or.jp",
        "presidency.com": "mail.com",
        "priest.com": "mail.com",
        "privatmail.dk": "mail.jubii.dk",
        "privatpost.dk": "mail.jubii.dk",
        "prodigy.net": "att.net",
        "programmer.net": "mail.com",
        "prokonto.pl": "o2.pl",
        "proximus.be": "skynet.be",
        "pseudonim.pl": "onet.pl",
        "ptd.net": "ptd.net",
        "publicist.com": "mail.com",
        "q.com": "q.com",
        "qq.com": "qq.com",
        "quake.dk": "mail.jubii.dk",
        "quicknet.nl": "ziggo.nl",
        "rambler.ru": "rambler.ru",
        "rasmussen.dk": "mail.jubii.dk",
        "razcall.com": "ziggo.nl",
        "razcall.nl": "ziggo.nl",
        "ready.dk": "mail.jubii.dk",
        "realtyagent.com": "mail.com",
        "reborn.com": "mail.com",
        "rediffmail.com": "rediffmail.com",
        "reggaefan.com": "mail.com",
        "religious.com": "mail.com",
        "repairman.com": "mail.com",
        "representative.com": "mail.com",
        "republika.pl": "onet.pl",
        "rescueteam.com": "mail.com",
        "retromail.dk": "mail.jubii.dk",
        "revenue.com": "mail.com",
        "ringmybell.dk": "mail.jubii.dk",
        "rocketmail.com": "yahoo.com",
        "rocketship.com": "mail.com",
        "rockfan.com": "mail.com",
        "rome.com": "mail.com",
        "royal.net": "mail.com",
        "rr.com": "rr.com",
        "rr.iij4u.or.jp": "dd.iij4u.or.jp",
        "runestone.net": "runestone.net",
        "rzone.de": "strato.de",
        "saintly.com": "mail.com",
        "salesperson.net": "mail.com",
        "sanfranmail.com": "mail.com",
        "sapo.ao": "sapo.pt",
        "sapo.cv": "sapo.pt",
        "sapo.mz": "sapo.pt",
        "sapo.pt": "sapo.pt",
        "sapo.tl": "sapo.pt",
        "sbcglobal.net": "att.net",
        "schlund.de": "1und1.de",
        "schwaz.net": "schwaz.net",
        "scientist.com": "mail.com",
        "scotlandmail.com": "mail.com",
        "secret.dk": "mail.jubii.dk",
        "secretary.net": "mail.com",
        "secureserver.net": "wildwestdomains.com",
        "seductive.com": "mail.com",
        "sexysurfer.dk": "mail.jubii.dk",
        "seznam.cz": "seznam.cz",
        "sfr.fr": "sfr.fr",
        "simonsen.dk": "mail.jubii.dk",
        "singapore.com": "mail.com",
        "skrivnu.dk": "mail.jubii.dk",
        "sky.com": "sky.com",
        "skynet.be": "skynet.be",
        "sleepy.dk": "mail.jubii.dk",
        "smtp.cz": "active24.com",
        "snakebite.com": "mail.com",
        "snelnet.net": "kpnmail.nl",
        "snet.net": "att.net",
        "so.wind.jp": "so.wind.ne.jp",
        "so.wind.ne.jp": "so.wind.ne.jp",
        "sofort-start.de": "1und1.de",
        "sofort-surf.de": "1und1.de",
        "sofortstart.de": "1und1.de",
        "sofortsurf.de": "1und1.de",
        "songwriter.net": "mail.com",
        "soon.com": "mail.com",
        "sorensen.dk": "mail.jubii.dk",
        "spainmail.com": "mail.com",
        "spectrum.net": "charter.net",
        "spoko.pl": "onet.pl",
        "spoluzaci.cz": "seznam.cz",
        "sporty.dk": "mail.jubii.dk",
        "ss.iij4u.or.jp": "dd.iij4u.or.jp",
        "strato.de": "strato.de",
        "studenti.univr.it": "studenti.univr.it",
        "submail.dk": "mail.jubii.dk",
        "superbruger.dk": "mail.jubii.dk",
        "svendsen.dk": "mail.jubii.dk",
        "swbell.net": "att.net",
        "sympatico.ca": "bell.net",
        "t-online.de": "t-online.de",
        "talent.dk": "mail.jubii.dk",
        "talk21.com": "btinternet.com",
        "tanke.dk": "mail.jubii.dk",
        "tastmig.dk": "mail.jubii.dk",
        "taxidriver.dk": "mail.jubii.dk",
        "teachers.org": "mail.com",
        "techie.com": "mail.com",
        "technologist.com": "mail.com",
        "teens.dk": "mail.jubii.dk",
        "teknik.dk": "mail.jubii.dk",
        "telfort.nl": "kpnmail.nl",
        "telstra.com": "bigpond.com",
        "teol.net": "teol.net",
        "texas.usa.com": "mail.com",
        "thegame.com": "mail.com",
        "therapist.net": "mail.com",
        "thinline.cz": "thinline.cz",
        "thomsen.dk": "mail.jubii.dk",
        "tiki.ne.jp": "tiki.ne.jp",
        "tim.it": "tim.it",
        "tip.nl": "kpnmail.nl",
        "tiscali.cz": "tiscali.cz",
        "tiscali.it": "tiscali.it",
        "tiscali.nl": "kpnmail.nl",
        "tiscalimail.nl": "kpnmail.nl",
        "tjekket.dk": "mail.jubii.dk",
        "tlen.pl": "o2.pl",
        "toke.com": "mail.com",
        "tokyo.com": "mail.com",
        "toothfairy.com": "mail.com",
        "trashcan.dk": "mail.jubii.dk",
        "trustme.dk": "mail.jubii.dk",
        "tvstar.com": "mail.com",
        "umich.edu": "umich.edu",
        "umpire.com": "mail.com",
        "ungdom.dk": "mail.jubii.dk",
        "uol.com.br": "uol.com.br",
        "upcmail.nl": "ziggo.nl",
        "usa.com": "mail.com",
        "uymail.com": "mail.com",
        "verizon.net": "verizon.net",
        "vestergaard.dk": "mail.jubii.dk",
        "video.dk": "mail.jubii.dk",
        "vip.onet.pl": "onet.pl",
        "virgilio.it": "virgilio.it",
        "virgin.net": "virgin.net",
        "virginmedia.com": "virginmedia.com",
        "vittig.dk": "mail.jubii.dk",
        "vm.aikis.or.jp": "vm.aikis.or.jp",
        "vodafonemail.de": "vodafonemail.de",
        "vp.pl": "onet.pl",
        "vp.tiki.ne.jp": "vp.tiki.ne.jp",
        "wallet.com": "mail.com",
        "wanadoo.fr": "orange.fr",
        "wans.net": "att.net",
        "web.de": "web.de",
        "webhuset.no": "webhuset.no",
        "webname.com": "mail.com",
        "websupport.sk": "websupport.sk",
        "weirdness.com": "mail.com",
        "who.net": "mail.com",
        "whoever.com": "mail.com",
        "wildwildweb.dk": "mail.jubii.dk",
        "windowslive.com": "hotmail.com",
        "winning.com": "mail.com",
        "witty.com": "mail.com",
        "wmconnect.com": "aol.com",
        "wo.cz": "tiscali.cz",
        "worker.com": "mail.com",
        "workmail.com": "mail.com",
        "worldmail.cz": "tiscali.cz",
        "worldonline.cz": "tiscali.cz",
        "wp.pl": "wp.pl",
        "writeme.com": "mail.com",
        "wxs.nl": "kpnmail.nl",
        "x-il.jp": "iijmio-mail.jp",
        "xp.wind.jp": "xp.wind.jp",
        "xs4all.nl": "kpnmail.nl",
        "xtra.co.nz": "xtra.co.nz",
        "ya.ru": "yandex.ru",
        "yahoo.ca": "yahoo.com",
        "yahoo.co.in": "yahoo.com",
        "yahoo.co.jp": "yahoo.co.jp",
        "yahoo.co.nz": "yahoo.com",
        "yahoo.co.uk": "yahoo.com",
        "yahoo.com": "yahoo.com",
        "yahoo.com.ar": "yahoo.com",
        "yahoo.com.au": "yahoo.com",
        "yahoo.com.br": "yahoo.com",
        "yahoo.com.mx": "yahoo.com",
        "yahoo.de": "yahoo.com",
        "yahoo.es": "yahoo.com",
        "yahoo.fr": "yahoo.com",
        "yahoo.it": "yahoo.com",
        "yahoo.se": "yahoo.com",
        "yahoodns.net": "yahoo.com",
        "yandex.by": "yandex.ru",
        "yandex.com": "yandex.ru",
        "yandex.kz": "yandex.ru",
        "yandex.net": "yandex.ru",
        "yandex.ru": "yandex.ru",
        "yandex.ua": "yandex.ru",
        "ybb.ne.jp": "ybb.ne.jp",
        "yeah.net": "yeah.net",
        "ymail.com": "yahoo.com",
        "your-server.de": "hetzner.de",
        "yours.com": "mail.com",
        "zeelandnet.nl": "zeelandnet.nl",
        "zeggis.com": "ziggo.nl",
        "zeggis.nl": "ziggo.nl",
        "ziggo.nl": "ziggo.nl",
        "ziggomail.com": "ziggo.nl",
        "zinders.nl": "ziggo.nl",
        "zoho.com": "zoho.com",
        "zoho.com.au": "zoho.com.au",
        "zoho.eu": "zoho.eu",
        "zoho.in": "zoho.in",
        "zoho.jp": "zoho.jp",
        "zohocloud.ca": "zohocloud.ca",
        "zohomail.com": "zoho.com",
        "zohomail.com.au": "zoho.com.au",
        "zohomail.eu": "zoho.eu",
        "zohomail.in": "zoho.in",
        "zohomail.jp": "zoho.jp",
        "zohomailcloud.ca": "zohocloud.ca",
        "zoomail.dk": "mail.jubii.dk",
        "zybermail.dk": "mail.jubii.dk"
      }
    };
  }
});

// src/providers/registrable-domain.ts
function normalizeHost(host) {
  const h = host.trim().toLowerCase().replace(/\.$/, "");
  return HOST.test(h) ? h : null;
}
function registrableDomain(host) {
  const h = normalizeHost(host);
  if (!h) return null;
  const labels = h.split(".");
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join(".");
  const keep = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join(".");
}
function nextSubdomain(host) {
  const h = normalizeHost(host);
  const base = h && registrableDomain(h);
  if (!h || !base || h === base) return null;
  const labels = h.split(".");
  return labels.slice(-(base.split(".").length + 1)).join(".");
}
function domainChain(host) {
  const h = normalizeHost(host);
  const base = h && registrableDomain(h);
  if (!h || !base) return [];
  const labels = h.split(".");
  const out = [];
  for (let i = 0; i <= labels.length - base.split(".").length; i++) out.push(labels.slice(i).join("."));
  return out;
}
var MULTI_LABEL_SUFFIXES, HOST;
var init_registrable_domain = __esm({
  "src/providers/registrable-domain.ts"() {
    "use strict";
    MULTI_LABEL_SUFFIXES = /* @__PURE__ */ new Set([
      // United Kingdom
      "co.uk",
      "org.uk",
      "me.uk",
      "ltd.uk",
      "plc.uk",
      "net.uk",
      "ac.uk",
      "gov.uk",
      "nhs.uk",
      "sch.uk",
      // Australia, New Zealand
      "com.au",
      "net.au",
      "org.au",
      "edu.au",
      "gov.au",
      "id.au",
      "asn.au",
      "co.nz",
      "net.nz",
      "org.nz",
      "ac.nz",
      "govt.nz",
      "school.nz",
      // Japan (the ISPDB holds many *.ne.jp and *.or.jp providers)
      "co.jp",
      "ne.jp",
      "or.jp",
      "ac.jp",
      "ad.jp",
      "ed.jp",
      "go.jp",
      "gr.jp",
      "lg.jp",
      // Korea, China, Taiwan, Hong Kong
      "co.kr",
      "or.kr",
      "ne.kr",
      "re.kr",
      "pe.kr",
      "ac.kr",
      "go.kr",
      "com.cn",
      "net.cn",
      "org.cn",
      "edu.cn",
      "gov.cn",
      "com.tw",
      "net.tw",
      "org.tw",
      "edu.tw",
      "idv.tw",
      "com.hk",
      "net.hk",
      "org.hk",
      "edu.hk",
      // South and South-East Asia
      "co.in",
      "net.in",
      "org.in",
      "firm.in",
      "gen.in",
      "ind.in",
      "ac.in",
      "edu.in",
      "com.sg",
      "net.sg",
      "org.sg",
      "edu.sg",
      "com.my",
      "net.my",
      "org.my",
      "edu.my",
      "co.id",
      "or.id",
      "ac.id",
      "web.id",
      "co.th",
      "in.th",
      "ac.th",
      "or.th",
      "com.vn",
      "net.vn",
      "edu.vn",
      "com.ph",
      "net.ph",
      "org.ph",
      "com.pk",
      "net.pk",
      // Americas
      "com.br",
      "net.br",
      "org.br",
      "edu.br",
      "gov.br",
      "com.ar",
      "net.ar",
      "org.ar",
      "com.mx",
      "net.mx",
      "org.mx",
      "com.co",
      "net.co",
      "com.pe",
      "com.ve",
      "com.uy",
      "com.ec",
      // Europe, Middle East, Africa
      "com.tr",
      "net.tr",
      "org.tr",
      "gen.tr",
      "co.il",
      "org.il",
      "ac.il",
      "com.gr",
      "com.pl",
      "net.pl",
      "org.pl",
      "com.pt",
      "com.es",
      "org.es",
      "com.ua",
      "co.ua",
      "co.at",
      "or.at",
      "ac.at",
      "gv.at",
      "com.ru",
      "net.ru",
      "org.ru",
      "co.za",
      "org.za",
      "net.za",
      "ac.za",
      "gov.za",
      "com.sa",
      "com.eg",
      "com.ng",
      "co.ke"
    ]);
    HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
  }
});

// src/providers/catalog.ts
function loadCatalog() {
  if (!cached) cached = ispdb_catalog_default;
  return cached;
}
function catalogByDomain(domain, catalog = loadCatalog()) {
  const d = normalizeHost(domain);
  if (!d) return null;
  const id = Object.hasOwn(catalog.domains, d) ? catalog.domains[d] : void 0;
  const config = id !== void 0 && Object.hasOwn(catalog.providers, id) ? catalog.providers[id] : void 0;
  return id !== void 0 && config ? { id, domain: d, config } : null;
}
function catalogById(id, catalog = loadCatalog()) {
  const config = Object.hasOwn(catalog.providers, id) ? catalog.providers[id] : void 0;
  return config ? { id, domain: id, config } : null;
}
function catalogByHost(host, catalog = loadCatalog()) {
  for (const domain of domainChain(host)) {
    const entry = catalogByDomain(domain, catalog);
    if (entry) return entry;
  }
  return null;
}
var CATALOG_URL, cached;
var init_catalog = __esm({
  "src/providers/catalog.ts"() {
    "use strict";
    init_ispdb_catalog();
    init_registrable_domain();
    CATALOG_URL = new URL("./ispdb-catalog.json", import.meta.url);
    cached = null;
  }
});

// src/sources/apple-mail/well-known.ts
function server(template) {
  return { protocol: template.protocol, host: template.host, port: template.port, security: template.security };
}
function fromCatalog(id) {
  const entry = catalogById(id);
  const imap = entry?.config.incoming.find((s) => s.protocol === "imap");
  const smtp = entry?.config.outgoing[0];
  if (!entry || !imap || !smtp) throw new Error(`the ISPDB catalog has no IMAP and SMTP servers for ${id}`);
  return { provider: { id, name: entry.config.name }, incoming: server(imap), outgoing: server(smtp) };
}
function wellKnownForAccountType(typeIdentifier) {
  return typeIdentifier ? BY_ACCOUNT_TYPE[typeIdentifier] ?? null : null;
}
function wellKnownForPlistType(accountType) {
  return BY_PLIST_TYPE[accountType] ?? null;
}
function wellKnownForHost(host) {
  if (!host) return null;
  const h = host.toLowerCase();
  for (const p of [GOOGLE, YAHOO, AOL, OUTLOOK_COM, ICLOUD]) {
    if (p.incoming.host === h || p.outgoing.host === h) return p;
  }
  return null;
}
var GOOGLE, YAHOO, AOL, OUTLOOK_COM, ICLOUD, BY_ACCOUNT_TYPE, BY_PLIST_TYPE;
var init_well_known = __esm({
  "src/sources/apple-mail/well-known.ts"() {
    "use strict";
    init_catalog();
    GOOGLE = fromCatalog("googlemail.com");
    YAHOO = fromCatalog("yahoo.com");
    AOL = fromCatalog("aol.com");
    OUTLOOK_COM = fromCatalog("hotmail.com");
    ICLOUD = fromCatalog("me.com");
    BY_ACCOUNT_TYPE = {
      "com.apple.account.Google": GOOGLE,
      "com.apple.account.Yahoo": YAHOO,
      "com.apple.account.aol": AOL,
      "com.apple.account.Hotmail": OUTLOOK_COM,
      "com.apple.account.AppleAccount": ICLOUD
    };
    BY_PLIST_TYPE = {
      GmailAccount: GOOGLE,
      iToolsAccount: ICLOUD,
      AosImapAccount: ICLOUD,
      YahooAccount: YAHOO
    };
  }
});

// src/sources/apple-mail/legacy-accounts.ts
import { createHash as createHash2 } from "node:crypto";
function typeProblem(entry, key, problems, label) {
  const v = entry[key];
  if (v !== void 0 && typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
    problems.push(`${label}: ${key} has an unexpected type and was ignored.`);
  }
}
function server2(entry, protocol, warnings, label) {
  for (const key of ["Hostname", "PortNumber", "SSLEnabled", "Username"]) typeProblem(entry, key, warnings, label);
  const ssl = asBool(entry.SSLEnabled);
  const port2 = asPort(entry.PortNumber) ?? defaultPort2(protocol, ssl);
  return {
    protocol,
    host: asText(entry.Hostname),
    port: port2,
    security: securityFrom(ssl, port2),
    username: asText(entry.Username),
    auth: authFrom(entry.AuthenticationScheme)
  };
}
function smtpKey(host, user) {
  const h = (asText(host) ?? "").toLowerCase();
  const u = asText(user);
  return u ? `${h}:${u}` : h;
}
function legacyPlistToMailAccounts(root, profile) {
  const problems = [];
  if (!isPlainObject(root)) return { accounts: [], problems: ["The file is not a settings dictionary."] };
  const list = root.MailAccounts;
  if (list === void 0) return { accounts: [], problems };
  if (!Array.isArray(list)) return { accounts: [], problems: ["MailAccounts is not a list; no accounts could be read."] };
  const delivery = /* @__PURE__ */ new Map();
  const deliveryList = Array.isArray(root.DeliveryAccounts) ? root.DeliveryAccounts : [];
  if (root.DeliveryAccounts !== void 0 && !Array.isArray(root.DeliveryAccounts)) {
    problems.push("DeliveryAccounts is not a list; outgoing servers could not be read.");
  }
  for (const d of deliveryList) {
    if (!isPlainObject(d)) continue;
    delivery.set(smtpKey(d.Hostname, d.Username), d);
    if (!delivery.has(smtpKey(d.Hostname, null))) delivery.set(smtpKey(d.Hostname, null), d);
  }
  const accounts = [];
  const entries = list;
  for (let index = 0; index < entries.length; index++) {
    if (accounts.length >= LIMITS.accountsPerSource) {
      problems.push(
        `It lists ${entries.length} entries, more accounts than the ${LIMITS.accountsPerSource} this tool reads from one place; only the first ${LIMITS.accountsPerSource} are shown.`
      );
      break;
    }
    const entry = entries[index];
    if (!isPlainObject(entry)) {
      problems.push(`Account ${index + 1} is not a settings dictionary and was skipped.`);
      continue;
    }
    const type = asText(entry.AccountType) ?? "";
    if (SKIPPED.has(type)) continue;
    const protocol = PROTOCOLS[type];
    const label = asText(entry.AccountName) ?? `Account ${index + 1}`;
    if (!protocol) {
      problems.push(`"${label}" has an account type this tool does not know (${type || "none"}) and was skipped.`);
      continue;
    }
    const warnings = [];
    const incoming = server2(entry, protocol, warnings, label);
    let outgoing = null;
    const smtpId = asText(entry.SMTPIdentifier);
    if (smtpId) {
      const [host, ...user] = smtpId.split(":");
      const d = delivery.get(smtpKey(host, user.join(":"))) ?? delivery.get(smtpKey(host, null));
      if (d) outgoing = server2(d, "smtp", warnings, label);
      else warnings.push(`The outgoing mail server "${smtpId}" is not in Mail's list of outgoing servers.`);
    }
    const known = wellKnownForPlistType(type) ?? wellKnownForHost(incoming.host);
    if (!incoming.host && known) {
      Object.assign(incoming, known.incoming);
      outgoing ??= { ...known.outgoing, username: incoming.username, auth: incoming.auth };
      warnings.push(`No server is stored for this ${known.provider.name} account: these are ${known.provider.name}'s well-known settings, implied by the account type.`);
      if (known.provider.id === "me.com") {
        warnings.push("Other programs sign in to iCloud Mail with an app-specific password from appleid.apple.com, not your Apple ID password.");
      }
    } else if (protocol === "ews" && !incoming.host) {
      incoming.port = null;
      incoming.security = null;
      warnings.push("This is an Exchange account: its server comes from Exchange itself (autodiscover), not a host Apple Mail stores.");
    } else if (!incoming.host) {
      incoming.port = null;
      incoming.security = null;
      warnings.push("No incoming mail server is stored for this account.");
    }
    if (protocol === "ews") {
      const url = asText(entry.EWSExternalURL) ?? asText(entry.ExternalURL) ?? asText(entry.InternalURL);
      if (url) incoming.url = url;
    }
    const email = firstAddress(entry.EmailAddresses) ?? (incoming.username?.includes("@") ? incoming.username : null);
    const id = asText(entry.uniqueId) ?? createHash2("sha256").update(asText(entry.AccountPath) ?? `${type}\0${incoming.host ?? ""}\0${incoming.username ?? ""}\0${index}`).digest("hex").slice(0, 16);
    const account = {
      id: `apple-mail:${profile}:${id}`,
      client: "apple-mail",
      profile,
      name: label,
      email,
      incoming,
      outgoing,
      provider: known?.provider ?? null,
      warnings
    };
    if (protocol === "pop3") account.pop3 = pop3Deletion(entry, warnings);
    accounts.push(addCommonNotes(account));
  }
  return { accounts, problems };
}
var PROTOCOLS, SKIPPED;
var init_legacy_accounts = __esm({
  "src/sources/apple-mail/legacy-accounts.ts"() {
    "use strict";
    init_mail_values();
    init_plist_file();
    init_pop3_deletion();
    init_account_notes();
    init_limits();
    init_well_known();
    PROTOCOLS = {
      IMAPAccount: "imap",
      POPAccount: "pop3",
      EWSAccount: "ews",
      iToolsAccount: "imap",
      AosImapAccount: "imap",
      GmailAccount: "imap",
      YahooAccount: "imap"
    };
    SKIPPED = /* @__PURE__ */ new Set(["LocalAccount", "RSSAccount"]);
  }
});

// src/sources/local-mail/emlx-store.ts
async function countMessagesDir(dir, walk, total) {
  for (const entry of await walk.bounds.list(dir, walk.budget)) {
    if (entry.kind === "file" && entry.name.endsWith(".emlx")) {
      total.messages++;
      total.bytes += entry.size;
    }
  }
}
async function walkDir(dir, walk, depth, seen, total) {
  for (const entry of await walk.bounds.list(dir, walk.budget)) {
    if (entry.kind !== "directory" || seen.has(entry.path)) continue;
    seen.add(entry.path);
    if (entry.name === "Messages") {
      await countMessagesDir(entry.path, walk, total);
    } else if (entry.name === "Attachments" || entry.name.startsWith(".")) {
      continue;
    } else if (entry.name.endsWith(".mbox")) {
      walk.budget.folder(depth);
      total.folders++;
      await walkDir(entry.path, walk, depth + 1, seen, total);
    } else {
      walk.budget.descend(depth + 1);
      await walkDir(entry.path, walk, depth + 1, seen, total);
    }
  }
}
async function countEmlxStore(dir, walk) {
  const total = { messages: 0, folders: 0, bytes: 0 };
  await walkDir(dir, walk, 0, /* @__PURE__ */ new Set([dir]), total);
  return total;
}
var init_emlx_store = __esm({
  "src/sources/local-mail/emlx-store.ts"() {
    "use strict";
  }
});

// src/sources/apple-mail/local-mail.ts
import path8 from "node:path";
function versionFolders(names2) {
  return names2.filter((n) => /^V\d+$/.test(n)).sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
}
function accountFolderNames(account) {
  const names2 = [];
  const { username, host } = account.incoming;
  if (username && host) names2.push(`POP-${username}@${host}`);
  const identifier = account.id.split(":").at(-1);
  if (identifier && /^[A-Za-z0-9-]+$/.test(identifier)) names2.push(identifier);
  return names2;
}
async function findAccountFolder(bounds, mailDir, versions, account) {
  for (const version2 of versions) {
    for (const name of accountFolderNames(account)) {
      if (name.includes("/") || name.includes("\\") || name === "..") continue;
      const candidate = path8.join(mailDir, version2, name);
      try {
        const real = await bounds.inside(candidate);
        if (real) return real;
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
  }
  return null;
}
async function addAppleMailLocalMail(accounts, home, access = realFileAccess) {
  const pop = accounts.filter((a) => a.incoming.protocol === "pop3");
  if (pop.length === 0) return;
  const mailDir = path8.join(home, "Library", "Mail");
  const fail2 = (account, reason) => {
    account.localMail = null;
    account.localMailReason = reason;
  };
  let bounds;
  let versions;
  try {
    bounds = await HomeBounds.of(home);
    versions = versionFolders(await access.readdir(mailDir));
  } catch (error) {
    for (const account of pop) fail2(account, reasonFor(error, mailDir));
    return;
  }
  for (const account of pop) {
    try {
      const folder = await findAccountFolder(bounds, mailDir, versions, account);
      if (!folder) {
        fail2(account, `Not counted: Apple Mail's mailboxes for this account were not found in ${mailDir}.`);
        continue;
      }
      account.localMail = await countEmlxStore(folder, { bounds, budget: new CountBudget() });
    } catch (error) {
      fail2(account, reasonFor(error, mailDir));
    }
  }
}
function reasonFor(error, mailDir) {
  if (isPermissionError(error)) {
    return `Not counted: macOS did not allow reading ${mailDir}. Give this app Full Disk Access (System Settings > Privacy & Security), then scan again.`;
  }
  return countFailure(error, mailDir);
}
var init_local_mail2 = __esm({
  "src/sources/apple-mail/local-mail.ts"() {
    "use strict";
    init_bounds();
    init_emlx_store();
    init_fs_access();
  }
});

// src/sources/apple-mail/privacy.ts
var FULL_DISK_ACCESS_LINKS, FULL_DISK_ACCESS_FIX, PERMISSION_MESSAGE;
var init_privacy = __esm({
  "src/sources/apple-mail/privacy.ts"() {
    "use strict";
    FULL_DISK_ACCESS_LINKS = [
      "x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Privacy_AllFiles",
      "x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles"
    ];
    FULL_DISK_ACCESS_FIX = {
      steps: [
        "Open System Settings (Apple menu > System Settings).",
        "Go to Privacy & Security > Full Disk Access.",
        "Switch on Mail Settings Inspector. If it is not in the list, click + and add it. (Using the command line? Switch on your terminal app instead.)",
        "Quit Mail Settings Inspector and open it again, then scan again."
      ],
      links: [...FULL_DISK_ACCESS_LINKS]
    };
    PERMISSION_MESSAGE = `macOS did not let this app read Apple Mail's settings: they are protected until you allow Full Disk Access. Another way that needs no Full Disk Access: use "Ask Apple Mail" (it starts Mail and macOS asks you once).`;
  }
});

// src/sources/apple-mail/sqlite-wal.ts
function checksum(bytes, start, length, bigEndian, s0In, s1In) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let s0 = s0In;
  let s1 = s1In;
  for (let i = start; i < start + length; i += 8) {
    s0 = s0 + view.getUint32(i, !bigEndian) + s1 >>> 0;
    s1 = s1 + view.getUint32(i + 4, !bigEndian) + s0 >>> 0;
  }
  return [s0, s1];
}
function pageSizeOf(value) {
  const size = value === 1 ? 65536 : value;
  return size >= 512 && size <= 65536 && (size & size - 1) === 0 ? size : null;
}
function applyWal(db, wal) {
  const unchanged = () => ({ image: markRollback(new Uint8Array(db)), framesApplied: 0 });
  if (!wal || wal.length < WAL_HEADER) return unchanged();
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== 931071618 && magic !== 931071619) return unchanged();
  const bigEndian = (magic & 1) === 1;
  const pageSize = pageSizeOf(view.getUint32(8));
  if (pageSize === null) return unchanged();
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  let [s0, s1] = checksum(wal, 0, 24, bigEndian, 0, 0);
  if (s0 !== view.getUint32(24) || s1 !== view.getUint32(28)) return unchanged();
  const frameSize = FRAME_HEADER + pageSize;
  const pending = /* @__PURE__ */ new Map();
  const committed = /* @__PURE__ */ new Map();
  let committedSize = 0;
  let frames = 0;
  let committedFrames = 0;
  for (let off = WAL_HEADER; off + frameSize <= wal.length; off += frameSize) {
    const page = view.getUint32(off);
    const dbSize = view.getUint32(off + 4);
    if (page === 0 || view.getUint32(off + 8) !== salt1 || view.getUint32(off + 12) !== salt2) break;
    [s0, s1] = checksum(wal, off, 8, bigEndian, s0, s1);
    [s0, s1] = checksum(wal, off + FRAME_HEADER, pageSize, bigEndian, s0, s1);
    if (s0 !== view.getUint32(off + 16) || s1 !== view.getUint32(off + 20)) break;
    pending.set(page, off);
    frames++;
    if (dbSize !== 0) {
      for (const [p, o] of pending) committed.set(p, o);
      pending.clear();
      committedSize = dbSize;
      committedFrames = frames;
    }
  }
  if (committedFrames === 0) return unchanged();
  const dbPages = Math.ceil(db.length / pageSize);
  for (let page = dbPages + 1; page <= committedSize; page++) {
    if (!committed.has(page)) return unchanged();
  }
  const image = new Uint8Array(committedSize * pageSize);
  image.set(db.subarray(0, Math.min(db.length, image.length)));
  for (const [page, off] of committed) {
    if (page > committedSize) continue;
    image.set(wal.subarray(off + FRAME_HEADER, off + frameSize), (page - 1) * pageSize);
  }
  return { image: markRollback(image), framesApplied: committedFrames };
}
function markRollback(image) {
  if (image.length >= 100 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return image;
}
var WAL_HEADER, FRAME_HEADER;
var init_sqlite_wal = __esm({
  "src/sources/apple-mail/sqlite-wal.ts"() {
    "use strict";
    WAL_HEADER = 32;
    FRAME_HEADER = 24;
  }
});

// src/sources/apple-mail/sqlite-snapshot.ts
import initSqlJs from "sql.js";
function loadSqlJs() {
  sqlJs ??= initSqlJs();
  return sqlJs;
}
async function readIfPresent(access, file, maxBytes) {
  try {
    return await access.readFile(file, maxBytes);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
async function withSqliteSnapshot(access, dbPath, use) {
  const main = await access.readFile(dbPath, LIMITS.sqliteBytes);
  const wal = await readIfPresent(access, `${dbPath}-wal`, LIMITS.walBytes);
  const { image, framesApplied } = applyWal(main, wal);
  const SQL = await loadSqlJs();
  const db = new SQL.Database(image);
  try {
    return use(db, { walFrames: framesApplied });
  } finally {
    db.close();
  }
}
var sqlJs;
var init_sqlite_snapshot = __esm({
  "src/sources/apple-mail/sqlite-snapshot.ts"() {
    "use strict";
    init_limits();
    init_fs_access();
    init_sqlite_wal();
    sqlJs = null;
  }
});

// src/sources/apple-mail/store-accounts.ts
function credentialAuth(credentialType) {
  switch (credentialType) {
    case "oauth2":
    case "oauth":
      return "oauth2";
    case "password":
      return "password";
    case null:
      return null;
    default:
      return "unknown";
  }
}
function serverFrom(row, protocol, warnings, label) {
  const p = row.properties;
  const ssl = asBool(p.SSLEnabled);
  const storedPort = asPort(p.PortNumber);
  const port2 = storedPort ?? defaultPort2(protocol, ssl);
  if (storedPort === null && port2 !== null && asText(p.Hostname)) {
    warnings.push(`No ${label} port is stored; Apple Mail uses the standard port ${port2}.`);
  }
  return {
    protocol,
    host: asText(p.Hostname),
    port: port2,
    security: securityFrom(ssl, port2),
    username: row.username ?? asText(p.Username),
    auth: p.AuthenticationScheme === void 0 ? credentialAuth(row.credentialType) ?? "password" : authFrom(p.AuthenticationScheme)
  };
}
function isMailAccount(row, all) {
  const type = row.typeIdentifier;
  if (!type || !(type in INCOMING)) return false;
  if (type === `${T}AppleAccount` && all.some((c) => c.parentPk === row.pk && c.typeIdentifier === `${T}IMAPMail`)) {
    return false;
  }
  if (NEEDS_MAIL_DATACLASS.has(type) && row.enabledDataclasses !== null) {
    return row.enabledDataclasses.includes(MAIL_DATACLASS);
  }
  return true;
}
function storeToMailAccounts(rows, profile) {
  const byIdentifier = new Map(rows.map((r) => [r.identifier, r]));
  const byPk = new Map(rows.map((r) => [r.pk, r]));
  const out = [];
  for (const row of rows) {
    if (!isMailAccount(row, rows)) continue;
    const type = row.typeIdentifier;
    const protocol = INCOMING[type];
    const warnings = [];
    const parent = row.parentPk !== null ? byPk.get(row.parentPk) : void 0;
    const known = wellKnownForAccountType(type) ?? wellKnownForAccountType(parent?.typeIdentifier ?? null) ?? wellKnownForHost(asText(row.properties.Hostname));
    const incoming = serverFrom(row, protocol, warnings, "incoming");
    const email = firstAddress(row.properties.IdentityEmailAddress) ?? firstAddress(row.properties.EmailAliases) ?? firstAddress(row.properties.EmailAddresses) ?? (row.username?.includes("@") ? row.username : null) ?? (parent?.username?.includes("@") ? parent.username : null);
    incoming.username ??= parent?.username ?? null;
    let outgoing = null;
    const sendVia = asText(row.properties.SendingAccountIdentifier);
    if (sendVia) {
      const smtp = byIdentifier.get(sendVia);
      if (smtp) outgoing = serverFrom(smtp, "smtp", warnings, "outgoing");
      else warnings.push("The outgoing mail server this account sends through is not in the accounts database.");
    }
    if (protocol === "ews") {
      const url = asText(row.properties.EWSExternalURL) ?? asText(row.properties.ExternalURL) ?? asText(row.properties.InternalURL);
      if (url) incoming.url = url;
      if (!incoming.host) incoming.port = null;
      incoming.security = incoming.host || url ? incoming.security ?? "tls" : null;
      if (!incoming.host && !url) {
        warnings.push("This is an Exchange account: its server comes from Exchange itself (autodiscover), not a host Apple Mail stores.");
      }
    } else if (!incoming.host && known) {
      const auth = credentialAuth(row.credentialType) ?? credentialAuth(parent?.credentialType ?? null) ?? "oauth2";
      Object.assign(incoming, known.incoming, { auth });
      outgoing ??= { ...known.outgoing, username: incoming.username, auth };
      warnings.push(
        `Apple Mail does not store the server for ${known.provider.name} accounts: these are ${known.provider.name}'s well-known settings, implied by the account type.`
      );
      if (row.credentialType === "token" || parent?.credentialType === "token") {
        warnings.push("Apple Mail signs in to iCloud with an Apple token; another program needs an app-specific password from appleid.apple.com.");
      }
    } else if (!incoming.host) {
      incoming.port = null;
      incoming.security = null;
      warnings.push("No incoming mail server is stored for this account.");
    }
    if (row.unreadableProperties.length) {
      warnings.push(`Some settings could not be read (${row.unreadableProperties.join(", ")}).`);
    }
    if (!row.active) warnings.push("This account is switched off in Apple Mail.");
    const account = {
      id: `apple-mail:${profile}:${row.identifier}`,
      client: "apple-mail",
      profile,
      name: row.description ?? asText(row.properties.FullUserName) ?? email ?? row.typeDescription ?? "Mail account",
      email,
      incoming,
      outgoing,
      provider: known?.provider ?? null,
      warnings
    };
    if (protocol === "pop3") account.pop3 = pop3Deletion(row.properties, warnings);
    out.push(addCommonNotes(account));
  }
  return out;
}
var T, MAIL_DATACLASS, INCOMING, NEEDS_MAIL_DATACLASS;
var init_store_accounts = __esm({
  "src/sources/apple-mail/store-accounts.ts"() {
    "use strict";
    init_mail_values();
    init_well_known();
    init_pop3_deletion();
    init_account_notes();
    T = "com.apple.account.";
    MAIL_DATACLASS = "com.apple.Dataclass.Mail";
    INCOMING = {
      [`${T}IMAP`]: "imap",
      [`${T}POP`]: "pop3",
      [`${T}IMAPMail`]: "imap",
      [`${T}Exchange`]: "ews",
      [`${T}Google`]: "imap",
      [`${T}Yahoo`]: "imap",
      [`${T}aol`]: "imap",
      [`${T}Hotmail`]: "imap",
      [`${T}AppleAccount`]: "imap"
    };
    NEEDS_MAIL_DATACLASS = /* @__PURE__ */ new Set([`${T}Exchange`, `${T}Google`, `${T}Yahoo`, `${T}aol`, `${T}Hotmail`, `${T}AppleAccount`]);
  }
});

// src/sources/apple-mail/reader.ts
import path9 from "node:path";
function report(location, status, accounts, message) {
  const r = { client: "apple-mail", location, status, accounts };
  if (message) r.message = cutMessage(message);
  if (status === "permission-denied") r.fix = FULL_DISK_ACCESS_FIX;
  return r;
}
function failure(location, what, error) {
  if (isPermissionError(error)) return { accounts: [], report: report(location, "permission-denied", 0, PERMISSION_MESSAGE) };
  const code = errorCode3(error);
  const text3 = error instanceof Error ? error.message : String(error);
  if (code === "EBUSY" || /locked|busy/i.test(text3)) {
    return {
      accounts: [],
      report: report(location, "unreadable", 0, `${what} is busy (locked by another program). Quit Mail and System Settings, then scan again.`)
    };
  }
  if (/not a database|malformed|disk image/i.test(text3)) {
    return { accounts: [], report: report(location, "unreadable", 0, `${what} is damaged or not a database (${text3}).`) };
  }
  return { accounts: [], report: report(location, "unreadable", 0, `${what} could not be read: ${text3}`) };
}
function cappedAccounts(all, problems) {
  const { kept, over } = capped(all, LIMITS.accountsPerSource);
  if (over) problems.push(`It holds ${all.length} accounts, more than the ${LIMITS.accountsPerSource} this tool reads from one place; only the first ${LIMITS.accountsPerSource} are shown.`);
  return kept;
}
async function readPlistSource(access, file, profile, what) {
  try {
    const parsed = parsePlistBytes(await access.readFile(file, LIMITS.plistBytes));
    const legacy = legacyPlistToMailAccounts(parsed, profile);
    const problems = legacy.problems;
    const accounts = cappedAccounts(legacy.accounts, problems);
    const status = problems.length === 0 ? "ok" : accounts.length > 0 ? "partial" : "unreadable";
    return { accounts, report: report(file, status, accounts.length, problems.length ? `${what}: ${problems.join(" ")}` : void 0) };
  } catch (error) {
    return failure(file, what, error);
  }
}
function versionFolders2(names2) {
  return names2.filter((n) => /^V\d+$/.test(n)).sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
}
async function readMailFolder(access, home, platform) {
  const mailDir = path9.join(home, "Library", "Mail");
  let names2;
  try {
    names2 = await access.readdir(mailDir);
  } catch (error) {
    if (isNotFound(error)) return { present: false, found: null };
    return { present: true, found: failure(mailDir, "Apple Mail's folder", error) };
  }
  return { present: true, found: await readNewestAccountsPlist(access, mailDir, names2, platform) };
}
async function readNewestAccountsPlist(access, mailDir, names2, platform) {
  if (names2.length === 0 && platform === "darwin") return failure(mailDir, "Apple Mail's folder", Object.assign(new Error("empty"), { code: "EPERM" }));
  for (const version2 of versionFolders2(names2)) {
    const file = path9.join(mailDir, version2, "MailData", "Accounts.plist");
    try {
      await access.isDirectory(file);
    } catch (error) {
      if (isNotFound(error)) continue;
      return failure(file, "Apple Mail's account list", error);
    }
    return readPlistSource(access, file, `Mail ${version2}`, "Apple Mail's account list (Accounts.plist)");
  }
  return null;
}
async function readAccountsFolder(access, home, platform, mailSeen) {
  const dir = path9.join(home, "Library", "Accounts");
  let names2;
  try {
    names2 = await listOrEmpty(access, dir);
  } catch (error) {
    return failure(dir, "macOS's accounts database", error);
  }
  const stores = names2.map((n) => /^Accounts(\d+)\.sqlite$/.exec(n)).filter((m) => m !== null).sort((a, b) => Number(b[1]) - Number(a[1]));
  const newest = stores[0];
  if (!newest) {
    if (names2.length === 0 && mailSeen && platform === "darwin") {
      return failure(dir, "macOS's accounts database", Object.assign(new Error("empty"), { code: "EPERM" }));
    }
    return null;
  }
  const file = path9.join(dir, newest[0]);
  const what = `Apple Mail's account database (${newest[0]})`;
  const profile = newest[0].replace(/\.sqlite$/, "");
  const read = () => withSqliteSnapshot(access, file, (db) => storeToMailAccounts(readAccountsStore(db), profile));
  try {
    let accounts;
    try {
      accounts = await read();
    } catch (error) {
      if (!/malformed/i.test(String(error?.message))) throw error;
      accounts = await read();
    }
    const problems = [];
    const kept = cappedAccounts(accounts, problems);
    return { accounts: kept, report: report(file, problems.length ? "partial" : "ok", kept.length, problems.length ? `${what}: ${problems.join(" ")}` : void 0) };
  } catch (error) {
    return failure(file, what, error);
  }
}
async function readAppleMail(options, access = fileAccessFor(options.home)) {
  const home = options.home;
  const found = [];
  const prefs = path9.join(home, "Library", "Preferences", "com.apple.mail.plist");
  try {
    await access.isDirectory(prefs);
    found.push(await readPlistSource(access, prefs, "com.apple.mail.plist", "Apple Mail's preferences (com.apple.mail.plist)"));
  } catch (error) {
    if (!isNotFound(error)) found.push(failure(prefs, "Apple Mail's preferences", error));
  }
  const mail = await readMailFolder(access, home, options.platform);
  if (mail.found) found.push(mail.found);
  const store = await readAccountsFolder(access, home, options.platform, mail.present);
  if (store) found.push(store);
  if (found.length === 0) {
    const sources = mail.present ? [report(path9.join(home, "Library", "Mail"), "not-found", 0, "Apple Mail's folder is here, but it holds no account list and there is no accounts database.")] : [];
    return { accounts: [], sources };
  }
  const accounts = found.flatMap((f) => f.accounts);
  await addAppleMailLocalMail(accounts, home, access);
  return { accounts, sources: found.map((f) => f.report) };
}
function createAppleMailReader(access) {
  return { client: "apple-mail", read: (options) => readAppleMail(options, access ?? fileAccessFor(options.home)) };
}
var appleMailReader;
var init_reader2 = __esm({
  "src/sources/apple-mail/reader.ts"() {
    "use strict";
    init_accounts_store();
    init_limits();
    init_fs_access();
    init_legacy_accounts();
    init_local_mail2();
    init_plist_file();
    init_privacy();
    init_sqlite_snapshot();
    init_store_accounts();
    appleMailReader = createAppleMailReader();
  }
});

// src/sources/unreadable-clients.ts
import path10 from "node:path";
function unreadableReport(client, location) {
  return {
    client: "outlook",
    location,
    status: "unreadable",
    accounts: 0,
    // The steps (where that program shows its settings) are in `fix`, which every view prints.
    message: client.message,
    fix: { steps: client.steps },
    label: client.name
  };
}
async function findUnreadableClients(options, access = realFileAccess) {
  const sources = [];
  for (const client of [NEW_OUTLOOK, WINDOWS_MAIL, OUTLOOK_FOR_MAC]) {
    const location = client.location(options.home);
    try {
      if (await exists(access, location)) sources.push(unreadableReport(client, location));
    } catch (error) {
      if (isPermissionError(error)) sources.push(unreadableReport(client, location));
    }
  }
  return { accounts: [], sources };
}
function createUnreadableClientsReader(access = realFileAccess) {
  return { client: "outlook", read: (options) => findUnreadableClients(options, access) };
}
var NEW_OUTLOOK, WINDOWS_MAIL, OUTLOOK_FOR_MAC, unreadableClientsReader;
var init_unreadable_clients = __esm({
  "src/sources/unreadable-clients.ts"() {
    "use strict";
    init_fs_access();
    NEW_OUTLOOK = {
      name: "New Outlook for Windows",
      location: (home) => path10.join(home, "AppData", "Local", "Microsoft", "Olk"),
      message: "New Outlook for Windows is in use. It keeps its accounts in Microsoft's cloud, not in settings on this computer, so they cannot be read here.",
      steps: [
        "In new Outlook, open Settings (the gear) > Accounts > Email accounts.",
        "Select the account and choose Manage to see its address and account type.",
        "For IMAP or POP accounts the server names are shown there; for Microsoft 365 or Outlook.com accounts your CRM uses Microsoft sign-in instead of a server name."
      ]
    };
    WINDOWS_MAIL = {
      name: "Windows Mail",
      location: (home) => path10.join(home, "AppData", "Local", "Comms", "UnistoreDB"),
      message: 'Windows Mail (the "Mail and Calendar" app) is installed. It keeps its accounts in its own encrypted database, which cannot be read here.',
      steps: [
        "In Windows Mail, open Settings (the gear) > Manage accounts and choose the account.",
        'Choose "Change mailbox sync settings" > "Advanced mailbox settings" to see the incoming and outgoing servers.'
      ]
    };
    OUTLOOK_FOR_MAC = {
      name: "Outlook for Mac",
      location: (home) => path10.join(home, "Library", "Group Containers", "UBF8T346G9.Office", "Outlook"),
      message: "Outlook for Mac is installed. It keeps its accounts inside its own database, which cannot be read here.",
      steps: [
        "In Outlook for Mac, open Outlook > Settings (or Preferences) > Accounts.",
        'Select the account on the left: the incoming and outgoing servers, ports and SSL settings are shown on the right (click "More Options" or "Advanced" if needed).'
      ]
    };
    unreadableClientsReader = createUnreadableClientsReader();
  }
});

// src/sources/outlook/registry-tree.ts
function normalizeKeyPath(path14) {
  const parts = path14.split("\\").filter((p) => p !== "");
  if (parts.length && HIVES[parts[0].toUpperCase()]) parts[0] = HIVES[parts[0].toUpperCase()];
  return parts.join("\\");
}
function isSecretValueName(name) {
  return /password/i.test(name);
}
var HIVES, RegistryTree;
var init_registry_tree = __esm({
  "src/sources/outlook/registry-tree.ts"() {
    "use strict";
    HIVES = {
      HKCU: "HKEY_CURRENT_USER",
      HKLM: "HKEY_LOCAL_MACHINE",
      HKCR: "HKEY_CLASSES_ROOT",
      HKU: "HKEY_USERS",
      HKCC: "HKEY_CURRENT_CONFIG"
    };
    RegistryTree = class {
      root = { name: "", children: /* @__PURE__ */ new Map(), key: null };
      count = 0;
      node(normalized, create) {
        let node = this.root;
        if (normalized === "") return node;
        for (const part of normalized.split("\\")) {
          const id = part.toLowerCase();
          let next = node.children.get(id);
          if (!next) {
            if (!create) return void 0;
            next = { name: part, children: /* @__PURE__ */ new Map(), key: null };
            node.children.set(id, next);
          }
          node = next;
        }
        return node;
      }
      ensure(path14) {
        const normalized = normalizeKeyPath(path14);
        const node = this.node(normalized, true);
        if (!node.key) {
          node.key = { path: normalized, values: /* @__PURE__ */ new Map() };
          this.count++;
        }
        return node.key;
      }
      setValue(path14, value) {
        if (isSecretValueName(value.name)) return;
        this.ensure(path14).values.set(value.name.toLowerCase(), value);
      }
      key(path14) {
        return this.node(normalizeKeyPath(path14), false)?.key ?? void 0;
      }
      value(path14, name) {
        return this.key(path14)?.values.get(name.toLowerCase());
      }
      /** Names of the direct subkeys of `path`, as spelled in the source. */
      children(path14) {
        const node = this.node(normalizeKeyPath(path14), false);
        return node ? [...node.children.values()].map((child) => child.name) : [];
      }
      get size() {
        return this.count;
      }
      /** Merge another tree in (the live adapter queries several roots). */
      merge(other) {
        const pending = [other.root];
        for (let node = pending.pop(); node; node = pending.pop()) {
          if (node.key) {
            const target = this.ensure(node.key.path);
            for (const [id, v] of node.key.values) target.values.set(id, v);
          }
          for (const child of node.children.values()) pending.push(child);
        }
      }
    };
  }
});

// src/sources/outlook/reg-query.ts
function decode(type, raw) {
  switch (type) {
    case "REG_DWORD":
    case "REG_QWORD": {
      const m = /^0x([0-9a-fA-F]+)$/.exec(raw.trim());
      return m ? parseInt(m[1], 16) : null;
    }
    case "REG_BINARY":
    case "REG_NONE": {
      const hex = raw.trim();
      if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
      return new Uint8Array(Buffer.from(hex, "hex"));
    }
    case "REG_MULTI_SZ":
      return raw.split("\\0").filter((s) => s !== "");
    default:
      return raw;
  }
}
function isRegQueryText(text3) {
  return /^\s*HKEY_[A-Z_]+(\\|\r?$)/m.test(text3.split(/\r?\n/).find((l) => l.trim() !== "") ?? "");
}
function parseRegQuery(text3) {
  const tree = new RegistryTree();
  const problems = [];
  let untold = 0;
  const problem = (message) => {
    if (problems.length < 100) problems.push(message);
    else untold++;
  };
  let key = null;
  text3.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || /^End of search/i.test(line.trim())) return;
    if (/^HKEY_[A-Z_]+/.test(line)) {
      key = line.trim();
      tree.ensure(key);
      return;
    }
    const m = VALUE_LINE.exec(line);
    if (!m || !key) {
      problem(`Line ${i + 1}: a line could not be read and was skipped.`);
      return;
    }
    const name = m[1] === "(Default)" ? "" : m[1];
    if (isSecretValueName(name)) return;
    const data = decode(m[2], m[3] ?? "");
    if (data === null) {
      problem(`Line ${i + 1}: the value "${name}" is damaged and was skipped.`);
      return;
    }
    tree.setValue(key, { name, type: m[2], data });
  });
  if (untold > 0) problems.push(`${untold} more lines could not be read.`);
  return { tree, problems };
}
var VALUE_LINE;
var init_reg_query = __esm({
  "src/sources/outlook/reg-query.ts"() {
    "use strict";
    init_registry_tree();
    VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
  }
});

// src/sources/outlook/live-registry.ts
import { execFile } from "node:child_process";
async function readLiveRegistry(run = runRegQuery) {
  const tree = new RegistryTree();
  const problems = [];
  for (const root of LIVE_ROOTS) {
    const text3 = await run(root);
    if (text3 === null) continue;
    const parsed = parseRegQuery(text3);
    tree.merge(parsed.tree);
    appendAll(problems, parsed.problems);
  }
  return { tree, problems };
}
var LIVE_ROOTS, runRegQuery;
var init_live_registry = __esm({
  "src/sources/outlook/live-registry.ts"() {
    "use strict";
    init_reg_query();
    init_registry_tree();
    init_append_all();
    LIVE_ROOTS = [
      "HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook",
      "HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook",
      "HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles"
    ];
    runRegQuery = (key) => new Promise((resolve, reject) => {
      execFile("reg.exe", ["query", key, "/s"], { windowsHide: true, maxBuffer: 64 * 1024 * 1024, timeout: 2e4 }, (error, stdout) => {
        if (error && error.code === 1) return resolve(null);
        if (error) return reject(error);
        resolve(stdout);
      });
    });
  }
});

// src/words/mail-counts.ts
function sizeWords(bytes) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString("en-US")} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
var init_mail_counts = __esm({
  "src/words/mail-counts.ts"() {
    "use strict";
  }
});

// src/sources/outlook/local-mail.ts
import path11 from "node:path";
async function pstFiles(bounds, home) {
  const budget = new CountBudget();
  const found = [];
  for (const parts of PST_FOLDERS) {
    try {
      const real = await bounds.inside(path11.join(home, ...parts));
      if (!real) continue;
      for (const entry of await bounds.list(real, budget)) {
        if (entry.kind === "file" && entry.name.toLowerCase().endsWith(".pst")) found.push(entry);
      }
    } catch {
    }
  }
  return found;
}
function pstFor(account, files) {
  const names2 = [account.email, account.name, account.incoming.username].filter((n) => !!n).map((n) => `${n.toLowerCase()}.pst`);
  return files.find((f) => names2.includes(f.name.toLowerCase())) ?? files.find((f) => f.name.toLowerCase() === "outlook.pst") ?? null;
}
async function addOutlookLocalMail(accounts, home) {
  const pop = accounts.filter((a) => a.incoming.protocol === "pop3");
  if (pop.length === 0) return;
  const files = await HomeBounds.of(home).then((bounds) => pstFiles(bounds, home)).catch(() => []);
  for (const account of pop) {
    const pst = pstFor(account, files);
    account.localMail = null;
    account.localMailReason = pst ? `Not counted: Outlook keeps this account's mail in the Outlook data file ${pst.path} (${sizeWords(pst.size)}), and this tool does not open Outlook data files to count messages.` : "Not counted: Outlook keeps this account's mail in an Outlook data file (.pst), which was not found in the usual folders, and this tool does not open Outlook data files to count messages.";
  }
}
var PST_FOLDERS;
var init_local_mail3 = __esm({
  "src/sources/outlook/local-mail.ts"() {
    "use strict";
    init_bounds();
    init_mail_counts();
    PST_FOLDERS = [
      ["Documents", "Outlook Files"],
      ["My Documents", "Outlook Files"],
      ["AppData", "Local", "Microsoft", "Outlook"],
      ["Local Settings", "Application Data", "Microsoft", "Outlook"]
    ];
  }
});

// src/sources/outlook/outlook-accounts.ts
function accountKind(clsid) {
  if (!clsid) return null;
  const c = clsid.toUpperCase();
  if (c.startsWith("{4DB5CBF0")) return "outlook.com";
  const m = /^\{ED4754(\d\d)-B0D6-11D2-8C3B-00104B2A6676\}$/.exec(c);
  if (!m) return null;
  return { "11": "pop3", "12": "imap", "14": "exchange" }[m[1]] ?? null;
}
function registryString(value) {
  if (!value) return null;
  if (typeof value.data === "string") return value.data.trim() || null;
  if (value.data instanceof Uint8Array) {
    const b = value.data;
    let out = "";
    for (let i = 0; i + 1 < b.length; i += 2) {
      const unit = b[i] | b[i + 1] << 8;
      if (unit === 0) break;
      out += String.fromCharCode(unit);
    }
    return out.trim() || null;
  }
  if (Array.isArray(value.data)) return value.data[0] ?? null;
  return null;
}
function registryNumber(value) {
  if (!value) return null;
  if (typeof value.data === "number") return value.data;
  if (value.data instanceof Uint8Array && value.data.length >= 4) return new DataView(value.data.buffer, value.data.byteOffset).getUint32(0, true);
  return null;
}
function security(mode, port2) {
  if (mode === 1) return "tls";
  if (mode === 2) return "starttls";
  if (mode === 3) return IMPLICIT_TLS.has(port2) ? "tls" : "starttls";
  return "none";
}
function server3(key, protocol, fallbackUser) {
  const prefix = protocol === "pop3" ? "POP3" : protocol.toUpperCase();
  const mode = registryNumber(key(protocol === "smtp" ? "SMTP Secure Connection" : `${prefix} Use SSL`)) ?? registryNumber(key(`${prefix} Use SSL`));
  const port2 = registryNumber(key(`${prefix} Port`)) ?? DEFAULT_PORTS[protocol][mode === 1 ? 1 : 0];
  let auth = registryNumber(key(`${prefix} Use SPA`)) === 1 ? "ntlm" : "password";
  let username = registryString(key(`${prefix} User`));
  if (protocol === "smtp") {
    const useAuth = registryNumber(key("SMTP Use Auth"));
    if (useAuth === 1) username ??= fallbackUser;
    else auth = "none";
  }
  return { protocol, host: registryString(key(`${prefix} Server`)), port: port2, security: security(mode, port2), username, auth };
}
function outlookProfiles(tree) {
  const out = [];
  for (const { root, defaultAt } of PROFILE_ROOTS2) {
    const defaultName = registryString(tree.value(defaultAt, "DefaultProfile"));
    for (const name of tree.children(root)) {
      out.push({ name, isDefault: defaultName?.toLowerCase() === name.toLowerCase(), root });
    }
  }
  return out;
}
function outlookAccounts(tree) {
  const accounts = [];
  const problems = [];
  const all = outlookProfiles(tree);
  const profiles = capped(all, LIMITS.outlookProfiles);
  if (profiles.over) {
    problems.push(`These settings name ${all.length} Outlook profiles, more than the ${LIMITS.outlookProfiles} this tool reads; only the first ${LIMITS.outlookProfiles} were read.`);
  }
  let seen = 0;
  for (const profile of profiles.kept) {
    const base = `${profile.root}\\${profile.name}\\${ACCOUNTS_KEY}`;
    for (const sub of tree.children(base).filter((n) => /^[0-9a-f]{8}$/i.test(n)).sort()) {
      if (accounts.length >= LIMITS.accountsPerSource) {
        seen++;
        continue;
      }
      const path14 = `${base}\\${sub}`;
      const key = (name) => tree.value(path14, name);
      const clsid = registryString(key("clsid"));
      let kind = accountKind(clsid);
      if (!kind && key("IMAP Server")) kind = "imap";
      if (!kind && key("POP3 Server")) kind = "pop3";
      if (!kind) {
        if (key("Email")) problems.push(`Account ${sub} in profile "${profile.name}" is of a type this tool does not know (${clsid ?? "no clsid"}) and was skipped.`);
        continue;
      }
      const email = registryString(key("Email"));
      const warnings = [];
      let incoming;
      let outgoing = null;
      let provider = null;
      if (kind === "imap" || kind === "pop3") {
        incoming = server3(key, kind, null);
        outgoing = key("SMTP Server") ? server3(key, "smtp", incoming.username) : null;
        if (!incoming.host) warnings.push("No incoming mail server is stored for this account.");
      } else {
        const protocol = "exchange";
        incoming = { protocol, host: null, port: null, security: null, username: email, auth: kind === "outlook.com" ? "oauth2" : null };
        if (kind === "outlook.com") {
          provider = { id: "hotmail.com", name: "Outlook.com (Microsoft)" };
          warnings.push("Outlook connects to Outlook.com through Microsoft's own service, not a server it stores. Other programs use outlook.office365.com (IMAP, port 993, SSL/TLS) with Microsoft sign-in.");
        } else {
          warnings.push("This is an Exchange account: its server comes from Exchange itself (autodiscover), not a host Outlook stores. Ask your IT team for the IMAP settings, or use the lookup by email address.");
        }
      }
      const account = {
        id: `outlook:${profile.name}:${sub}`,
        client: "outlook",
        profile: profile.isDefault ? `${profile.name} (default profile)` : profile.name,
        name: registryString(key("Account Name")) ?? email ?? `Account ${sub}`,
        email,
        incoming,
        outgoing,
        provider,
        warnings
      };
      if (kind === "pop3") {
        const leave = registryNumber(key("Leave on Server"));
        account.pop3 = { leaveOnServer: leave === null ? true : (leave & 1) === 1 };
      }
      accounts.push(addCommonNotes(account));
    }
  }
  if (seen > 0) {
    problems.push(`These settings hold more than ${LIMITS.accountsPerSource} accounts, more than this tool reads from one place; ${seen} more were not read.`);
  }
  return { accounts, problems };
}
function usesNewOutlook(tree) {
  return registryNumber(tree.value(`${HKCU}\\Office\\16.0\\Outlook\\Preferences`, "UseNewOutlook")) === 1;
}
var ACCOUNTS_KEY, HKCU, PROFILE_ROOTS2, DEFAULT_PORTS, IMPLICIT_TLS;
var init_outlook_accounts = __esm({
  "src/sources/outlook/outlook-accounts.ts"() {
    "use strict";
    init_account_notes();
    init_limits();
    ACCOUNTS_KEY = "9375CFF0413111d3B88A00104B2A6676";
    HKCU = "HKEY_CURRENT_USER\\Software\\Microsoft";
    PROFILE_ROOTS2 = [
      { root: `${HKCU}\\Office\\16.0\\Outlook\\Profiles`, defaultAt: `${HKCU}\\Office\\16.0\\Outlook`, label: "Outlook 2016 and later" },
      { root: `${HKCU}\\Office\\15.0\\Outlook\\Profiles`, defaultAt: `${HKCU}\\Office\\15.0\\Outlook`, label: "Outlook 2013" },
      {
        root: `${HKCU}\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles`,
        defaultAt: `${HKCU}\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles`,
        label: "Outlook 2003-2010"
      }
    ];
    DEFAULT_PORTS = { imap: [143, 993], pop3: [110, 995], smtp: [25, 465] };
    IMPLICIT_TLS = /* @__PURE__ */ new Set([993, 995, 465]);
  }
});

// src/sources/outlook/reg-export.ts
function decodeRegistryText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes.length > 4 && bytes[1] === 0 && bytes[3] === 0) return new TextDecoder("utf-16le").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
function utf16Units(bytes) {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | bytes[i + 1] << 8);
  return out;
}
function hexBytes(text3) {
  const parts = text3.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (!parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return null;
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}
function unquote(text3) {
  if (!text3.startsWith('"')) return null;
  let out = "";
  for (let i = 1; i < text3.length; i++) {
    const c = text3[i];
    if (c === "\\" && i + 1 < text3.length) {
      out += text3[++i];
    } else if (c === '"') {
      return { value: out, rest: text3.slice(i + 1) };
    } else out += c;
  }
  return null;
}
function decodeData(raw) {
  const quoted = unquote(raw);
  if (quoted) return quoted.rest.trim() === "" ? { type: "REG_SZ", data: quoted.value } : null;
  const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(raw);
  if (dword) return { type: "REG_DWORD", data: parseInt(dword[1], 16) };
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/s.exec(raw);
  if (!hex) return null;
  const bytes = hexBytes(hex[2]);
  if (!bytes) return null;
  switch ((hex[1] ?? "3").toLowerCase()) {
    case "1":
    case "2":
      return { type: hex[1] === "1" ? "REG_SZ" : "REG_EXPAND_SZ", data: utf16Units(bytes).replace(/\0+$/, "") };
    case "7":
      return { type: "REG_MULTI_SZ", data: utf16Units(bytes).split("\0").filter((s) => s !== "") };
    case "4":
      return bytes.length === 4 ? { type: "REG_DWORD", data: new DataView(bytes.buffer).getUint32(0, true) } : null;
    case "b":
      return bytes.length === 8 ? { type: "REG_QWORD", data: Number(new DataView(bytes.buffer).getBigUint64(0, true)) } : null;
    case "0":
      return { type: "REG_NONE", data: bytes };
    default:
      return { type: "REG_BINARY", data: bytes };
  }
}
function isRegExport(text3) {
  return /^\s*(Windows Registry Editor Version|REGEDIT4)/.test(text3);
}
function parseRegExport(text3) {
  const tree = new RegistryTree();
  const problems = [];
  let untold = 0;
  const problem = (message) => {
    if (problems.length < KEPT_PROBLEMS) problems.push(message);
    else untold++;
  };
  const lines = text3.split(/\r?\n/);
  const cutAt = text3.slice(text3.trimEnd().length).includes("\n") ? -1 : lines.length - 1;
  let key = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (line === "" || line.startsWith(";") || isRegExport(line)) continue;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) {
        problem(`Line ${i + 1}: a key name is cut off.`);
        key = null;
        continue;
      }
      key = line.startsWith("[-") ? null : line.slice(1, -1);
      if (key) tree.ensure(key);
      continue;
    }
    const start = i + 1;
    let truncated = false;
    let tooLong = false;
    if (line.endsWith("\\") && /=hex/i.test(line)) {
      const parts = [line.slice(0, -1)];
      for (; ; ) {
        if (i + 1 >= lines.length) {
          truncated = true;
          break;
        }
        const next = lines[++i].trim();
        const more = next.endsWith("\\");
        if (parts.length >= LIMITS.regContinuationLines) tooLong = true;
        else parts.push(more ? next.slice(0, -1) : next);
        if (!more) break;
      }
      line = parts.join("");
    }
    if (!key) continue;
    const name = line.startsWith("@=") ? { value: "", rest: line.slice(1) } : unquote(line);
    if (i === cutAt) truncated = true;
    if (!name || !name.rest.startsWith("=")) {
      problem(`Line ${start}: a value line is ${truncated ? "cut off (the file ends inside it)" : "damaged"} and was skipped.`);
      continue;
    }
    if (isSecretValueName(name.value)) continue;
    if (tooLong) {
      problem(`Line ${start}: the value "${name.value}" spans more than ${LIMITS.regContinuationLines} lines, more than any Outlook setting, and was skipped.`);
      continue;
    }
    const raw = name.rest.slice(1).trim();
    if (raw === "-") continue;
    if (/^hex/i.test(raw) && raw.endsWith(",")) truncated = true;
    const decoded = truncated ? null : decodeData(raw);
    if (!decoded) {
      problem(`Line ${start}: the value "${name.value}" is ${truncated ? "cut off (the file ends inside it)" : "damaged"} and was skipped.`);
      continue;
    }
    tree.setValue(key, { name: name.value, ...decoded });
  }
  if (untold > 0) problems.push(`${untold} more lines could not be read.`);
  return { tree, problems };
}
var KEPT_PROBLEMS;
var init_reg_export = __esm({
  "src/sources/outlook/reg-export.ts"() {
    "use strict";
    init_limits();
    init_registry_tree();
    KEPT_PROBLEMS = 100;
  }
});

// src/sources/outlook/reader.ts
import path12 from "node:path";
function parseRegistryFile(bytes) {
  const text3 = decodeRegistryText(bytes);
  if (isRegExport(text3)) return parseRegExport(text3);
  if (isRegQueryText(text3)) return parseRegQuery(text3);
  throw new RegistryFormatError("this is neither a .reg export nor `reg query` output");
}
function resultFrom(parsed, location) {
  const { accounts, problems } = outlookAccounts(parsed.tree);
  const all = [...parsed.problems, ...problems];
  const sources = [];
  if (accounts.length === 0 && all.length === 0) {
    sources.push({ client: "outlook", location, status: "not-found", accounts: 0, message: "No classic Outlook mail accounts are in these registry settings." });
  } else {
    const status = all.length === 0 ? "ok" : accounts.length ? "partial" : "unreadable";
    const report2 = { client: "outlook", location, status, accounts: accounts.length };
    if (all.length) report2.message = cutMessage(`Some of Outlook's settings could not be read: ${all.slice(0, 5).join(" ")}${all.length > 5 ? ` (and ${all.length - 5} more)` : ""}`);
    sources.push(report2);
  }
  if (usesNewOutlook(parsed.tree)) sources.push(unreadableReport(NEW_OUTLOOK, location));
  return { accounts, sources };
}
async function readOutlook(options, deps = {}) {
  const access = deps.access ?? realFileAccess;
  if (options.registryFile) {
    const file = options.registryFile;
    try {
      const result2 = resultFrom(parseRegistryFile(await access.readFile(file, LIMITS.registryBytes)), file);
      await addOutlookLocalMail(result2.accounts, options.home);
      return result2;
    } catch (error) {
      const why = isNotFound(error) ? "the file does not exist" : isPermissionError(error) ? "permission was refused" : error.message;
      return { accounts: [], sources: [{ client: "outlook", location: file, status: "unreadable", accounts: 0, message: cutMessage(`The registry file could not be read: ${why}.`) }] };
    }
  }
  if (options.platform === "win32" && process.platform === "win32") {
    const location = "HKEY_CURRENT_USER\\Software\\Microsoft\\Office";
    try {
      const result2 = resultFrom(await readLiveRegistry(deps.regQuery), location);
      await addOutlookLocalMail(result2.accounts, options.home);
      return result2;
    } catch (error) {
      return { accounts: [], sources: [{ client: "outlook", location, status: "unreadable", accounts: 0, message: `The Windows registry could not be read: ${error.message}` }] };
    }
  }
  const hive = path12.join(options.home, "NTUSER.DAT");
  try {
    await access.isDirectory(hive);
    return {
      accounts: [],
      sources: [
        {
          client: "outlook",
          location: hive,
          status: "unreadable",
          accounts: 0,
          message: "Classic Outlook keeps its settings in the Windows registry (NTUSER.DAT), which cannot be read from a copied folder. On that Windows computer run: reg export HKCU\\Software\\Microsoft\\Office outlook.reg, then scan --registry outlook.reg."
        }
      ]
    };
  } catch {
    return { accounts: [], sources: [] };
  }
}
function createOutlookReader(deps = {}) {
  return { client: "outlook", read: (options) => readOutlook(options, deps) };
}
var RegistryFormatError, outlookReader;
var init_reader3 = __esm({
  "src/sources/outlook/reader.ts"() {
    "use strict";
    init_fs_access();
    init_limits();
    init_unreadable_clients();
    init_live_registry();
    init_local_mail3();
    init_outlook_accounts();
    init_reg_export();
    init_reg_query();
    RegistryFormatError = class extends Error {
    };
    outlookReader = createOutlookReader();
  }
});

// src/providers/policies-global.ts
var GLOBAL_PROVIDERS;
var init_policies_global = __esm({
  "src/providers/policies-global.ts"() {
    "use strict";
    GLOBAL_PROVIDERS = [
      // Sources: support.google.com/accounts/answer/6010255 (quoted by brainworx.co.nz: personal
      // accounts lost "less secure app access" on 30 May 2022; Workspace got its own later date);
      // support.google.com/accounts/answer/185833 (app passwords need 2-Step Verification).
      // Press pages (4nownews.com 2024-09-30) date the end for everyone to 30 Sep 2024 but say
      // themselves that it concerned Workspace; the earlier, official date is used here.
      // Gmail's IMAP is always on since Jan 2025 (support.google.com/mail/answer/7126229).
      {
        policy: {
          id: "gmail",
          name: "Gmail",
          password: "app-password",
          appPasswordUrl: "https://myaccount.google.com/apppasswords",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'Google stopped accepting the normal Google password in other mail programs on 30 May 2022 ("less secure app access" was turned off).',
            "Use an app password: turn on 2-Step Verification first, then make an app password and type it instead of your Google password.",
            "The username is the full Gmail address."
          ]
        },
        emailDomains: ["gmail.com", "googlemail.com"],
        ispdbIds: ["googlemail.com"],
        hosts: ["gmail.com", "googlemail.com"],
        mx: ["gmail-smtp-in.l.google.com"]
      },
      // Sources: as Gmail, plus the Workspace Updates blog. Sources disagree on the date: Google's
      // 2023 announcement and several admins' pages give 30 Sep 2024; Google's later update moved
      // Workspace accounts to 14 Mar 2025. Both dates are past, so the advice is the same either
      // way: no normal password; an app password (if the admin allows them) or OAuth.
      {
        policy: {
          id: "google-workspace",
          name: "Google Workspace",
          password: "app-password",
          appPasswordUrl: "https://myaccount.google.com/apppasswords",
          enableImapUrl: "https://admin.google.com/ac/apps/gmail/enduseraccess",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Google Workspace stopped accepting normal passwords in mail programs on 14 March 2025 (some Google pages gave 30 September 2024 as the first date).",
            "Use an app password (needs 2-Step Verification), or a CRM that signs in with Google directly.",
            "Your Workspace administrator can switch IMAP and app passwords off for the whole company; if the app password page says it is not available, ask them."
          ]
        },
        emailDomains: [],
        ispdbIds: [],
        hosts: [],
        mx: ["aspmx.l.google.com", "googlemail.com", "smtp.google.com", "aspmx.googlemail.com"]
      },
      // Sources: learn.microsoft.com "Deprecation of Basic authentication in Exchange Online";
      // techcommunity.microsoft.com Exchange Team blog (May 2022 and Sep 2022 updates): basic auth
      // for IMAP/POP turned off from 1 Oct 2022. SMTP AUTH (client submission) sources disagree:
      // the Apr 2024 blog said Sep 2025, later moved to 1 Mar-30 Apr 2026; other pages speak of
      // "off by default at the end of Dec 2026". Safer advice: treat SMTP as OAuth-only too.
      {
        policy: {
          id: "microsoft-365",
          name: "Microsoft 365 (Exchange Online)",
          password: "oauth-only",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Microsoft 365 turned off password sign-in for IMAP and POP on 1 October 2022. No password works, not even an app password.",
            'Your CRM must sign in with Microsoft (often a "Connect with Microsoft/Office 365" button), and your administrator may have to approve it.',
            "Sending with a password (SMTP AUTH) is being switched off too during 2026; use the CRM's Microsoft sign-in for sending as well."
          ]
        },
        emailDomains: ["onmicrosoft.com"],
        ispdbIds: ["office365.com"],
        // Outlook.com uses the same servers; identify.ts tells them apart by the address domain.
        hosts: ["office365.com", "outlook.com"],
        mx: ["mail.protection.outlook.com"]
      },
      // Sources: support.microsoft.com "Modern authentication methods now needed to continue
      // syncing Outlook email in non-Microsoft email apps" (June 2024); techissuestoday.com and
      // mezha.media (12 Jun 2024) on the 16 Sep 2024 cut-off; patriotmail.ai on app passwords
      // no longer being a path for personal accounts.
      {
        policy: {
          id: "outlook-com",
          name: "Outlook.com (Hotmail, Live, MSN)",
          password: "oauth-only",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Outlook.com, Hotmail, Live and MSN addresses stopped accepting passwords in other mail programs on 16 September 2024.",
            'Your CRM must sign in with Microsoft ("Connect with Microsoft"); app passwords no longer help for this.'
          ]
        },
        emailDomains: [],
        ispdbIds: ["hotmail.com"],
        hosts: [],
        mx: ["olc.protection.outlook.com"]
      },
      // Sources: support.apple.com/en-us/102654 (app-specific passwords), support.apple.com/en-us/102525
      // (iCloud Mail server settings); technobezz.com 2026-05. Sources disagree on the username:
      // Apple says "usually the name part" and to try the full address if that fails; Postbox's
      // guide uses the name part, others the full address. Entry: either, name part first.
      {
        policy: {
          id: "icloud",
          name: "iCloud Mail",
          password: "app-password",
          appPasswordUrl: "https://account.apple.com/account/manage",
          usernameForm: "either",
          offersImap: true,
          notes: [
            "iCloud Mail needs an app-specific password in every mail program that is not Apple's own; your Apple Account password does not work there.",
            "App-specific passwords need two-factor authentication on your Apple Account.",
            "The username is usually the part before @ (for example emilyparker); if that fails, try the full address."
          ]
        },
        emailDomains: ["icloud.com", "me.com", "mac.com"],
        ispdbIds: ["me.com"],
        hosts: ["mail.me.com"],
        mx: ["mail.icloud.com"]
      },
      // Sources: help.yahoo.com/kb/SLN15241.html "Generate and manage 3rd-party app passwords"
      // (app passwords for non-Yahoo apps; creation may be refused until a browser is "trusted");
      // lifewire.com (older page: also a "less secure sign-in" switch, gone in Yahoo's current
      // help). Talk of Yahoo/AOL becoming OAuth-only was not confirmed by any page found; Yahoo's
      // own help still offers app passwords, so that is the advice.
      {
        policy: {
          id: "yahoo",
          name: "Yahoo Mail",
          password: "app-password",
          appPasswordUrl: "https://login.yahoo.com/account/security",
          usernameForm: "email",
          offersImap: true,
          notes: [
            `Yahoo needs an app password for mail programs that do not use Yahoo's own sign-in page. Make it under Account security > "Create app password".`,
            "Yahoo may refuse to make one in a browser it does not know yet; use a browser you have signed in with for a few days."
          ]
        },
        emailDomains: ["ymail.com", "rocketmail.com"],
        ispdbIds: ["yahoo.com"],
        hosts: ["mail.yahoo.com"],
        mx: ["yahoodns.net"]
      },
      // Sources: help.aol.com "Generate and manage third-party app passwords" (same system as Yahoo,
      // both Yahoo Inc.); lifewire.com.
      {
        policy: {
          id: "aol",
          name: "AOL Mail",
          password: "app-password",
          appPasswordUrl: "https://login.aol.com/account/security",
          usernameForm: "email",
          offersImap: true,
          notes: ['AOL needs an app password for other mail programs. Make it under Account security > "Generate app password".']
        },
        emailDomains: ["aol.com", "aim.com", "love.com", "ygm.com", "games.com", "wow.com"],
        ispdbIds: ["aol.com"],
        hosts: ["aol.com"],
        mx: []
      },
      // Sources: att.com email support "Secure mail key" (KM1240308; the page address is from
      // memory, not fetched with the search tool); AT&T mail runs on Yahoo's platform
      // (markontheweb.blogspot.com 2016-09, winenfood.com). Safer advice: the secure mail key.
      {
        policy: {
          id: "att",
          name: "AT&T Mail",
          password: "app-password",
          appPasswordUrl: "https://www.att.com/support/article/email-support/KM1240308/",
          usernameForm: "email",
          offersImap: true,
          notes: ['AT&T needs a "secure mail key" (its name for an app password) in other mail programs; your AT&T password does not work there.']
        },
        emailDomains: [],
        ispdbIds: ["att.net"],
        hosts: ["mail.att.net"],
        mx: ["prodigy.net"]
      },
      // Sources: ISPDB verizon.net.xml (servers are imap.aol.com/smtp.aol.com); Verizon moved its
      // mailboxes to AOL in 2017 (verizon.com/support/email-moving-to-aol). Advice as AOL.
      {
        policy: {
          id: "verizon",
          name: "Verizon (mail at AOL)",
          password: "app-password",
          appPasswordUrl: "https://login.aol.com/account/security",
          usernameForm: "email",
          offersImap: true,
          notes: ["Verizon.net mail is hosted by AOL: sign in to AOL with your verizon.net address and make an app password there."]
        },
        emailDomains: [],
        ispdbIds: ["verizon.net"],
        hosts: [],
        mx: []
      },
      // Sources: xfinity.com/support "Email settings for third-party clients" (third-party access
      // must be on under Settings > Security); everydaytech.org (email password = Xfinity password).
      // Not confirmed by a page fetched with the search tool; kept as the provider's own help says.
      {
        policy: {
          id: "comcast",
          name: "Xfinity (Comcast) Mail",
          password: "normal",
          enableImapUrl: "https://connect.xfinity.com/appsuite/#!!&app=io.ox/settings",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'Xfinity uses your normal Xfinity password, but "third-party access" must be switched on in Xfinity Connect: Settings > Security.'
          ]
        },
        emailDomains: [],
        ispdbIds: ["comcast.net"],
        hosts: ["comcast.net"],
        mx: ["comcast.net"]
      },
      // Sources: help.zoho.com "Application Specific Passwords" (required with MFA, recommended
      // without); wiki.brostweb.com Zoho IMAP (IMAP Access checkbox in Settings > Mail Accounts).
      {
        policy: {
          id: "zoho",
          name: "Zoho Mail",
          password: "app-password",
          appPasswordUrl: "https://accounts.zoho.com/home#security/app_password",
          enableImapUrl: "https://mail.zoho.com/zm/#settings/all/mailaccounts",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Switch IMAP on first: Zoho Mail > Settings > Mail Accounts > IMAP Access.",
            "With two-factor sign-in on (most accounts), Zoho needs an application-specific password; without it the normal password works, but Zoho recommends the app password."
          ]
        },
        emailDomains: ["zoho.com", "zohomail.com", "zoho.eu", "zohomail.eu", "zoho.in", "zohomail.in", "zoho.com.au", "zoho.jp", "zohocloud.ca"],
        ispdbIds: ["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp", "zohocloud.ca"],
        hosts: ["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp", "zohocloud.ca"],
        mx: ["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp", "zohocloud.ca"]
      },
      // Sources: fastmail.com/help/technical/servernamesandports.html ("You cannot use your regular
      // Fastmail password"), fastmail.com/help/clients/apppassword.html (Basic plans have no IMAP).
      {
        policy: {
          id: "fastmail",
          name: "Fastmail",
          password: "app-password",
          appPasswordUrl: "https://app.fastmail.com/settings/security/integrations",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Fastmail always needs an app password for IMAP, POP and SMTP: Settings > Privacy & Security > Integrations > New app password.",
            "Fastmail's Basic plan has no IMAP, POP or SMTP access at all."
          ]
        },
        emailDomains: ["fastmail.com", "fastmail.fm", "fastmail.net", "fastmail.org", "fastmail.us", "fastmail.de", "fastmail.cn", "fastmail.co.uk", "fastmail.jp", "fastmail.in", "sent.com", "eml.cc", "mailbox.org.uk"],
        ispdbIds: ["messagingengine.com"],
        hosts: ["fastmail.com", "messagingengine.com"],
        mx: ["messagingengine.com"]
      },
      // Sources: proton.me/support/protonmail-bridge-faq ("use your Bridge password, not your
      // normal Proton password"; Bridge for paid plans); proton.me/support/bridge-ssl-connection-issue
      // (loopback, STARTTLS by default). Ports 1143/1025 are Bridge's defaults. Not in the ISPDB.
      {
        policy: {
          id: "proton",
          name: "Proton Mail",
          password: "bridge",
          appPasswordUrl: "https://proton.me/mail/bridge",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Proton Mail has no IMAP server on the internet. Proton Mail Bridge (paid plans) runs on your own computer and offers IMAP on 127.0.0.1 port 1143 and SMTP on port 1025.",
            "Use the Bridge password shown in the Bridge app, not your Proton password. A CRM on the internet cannot reach Bridge on your computer."
          ]
        },
        emailDomains: ["proton.me", "protonmail.com", "protonmail.ch", "pm.me"],
        ispdbIds: [],
        hosts: [],
        mx: ["protonmail.ch"],
        servers: {
          incoming: [{ protocol: "imap", host: "127.0.0.1", port: 1143, security: "starttls", username: "%EMAILADDRESS%", auth: "password", auths: ["password"] }],
          outgoing: [{ protocol: "smtp", host: "127.0.0.1", port: 1025, security: "starttls", username: "%EMAILADDRESS%", auth: "password", auths: ["password"] }]
        }
      },
      // Sources: ISPDB wildwestdomains.com.xml (Workspace Email on secureserver.net); GoDaddy's
      // "Microsoft 365 from GoDaddy" mailboxes are Exchange Online and follow Microsoft's rules.
      {
        policy: {
          id: "godaddy",
          name: "GoDaddy Workspace Email",
          password: "normal",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "GoDaddy Workspace Email (servers on secureserver.net) takes your normal email password.",
            `If your GoDaddy email is "Microsoft 365 from GoDaddy", Microsoft's rules apply: no passwords, sign in with Microsoft.`
          ]
        },
        emailDomains: [],
        ispdbIds: ["wildwestdomains.com"],
        hosts: ["secureserver.net"],
        mx: ["secureserver.net"]
      },
      // Sources: ISPDB emailsrvr.com.xml; Rackspace "Rackspace Email settings" help (normal mailbox
      // password; MX mx1/mx2.emailsrvr.com).
      {
        policy: {
          id: "rackspace",
          name: "Rackspace Email",
          password: "normal",
          usernameForm: "email",
          offersImap: true,
          notes: ["Rackspace Email takes your normal mailbox password; the username is the full address."]
        },
        emailDomains: [],
        ispdbIds: ["emailsrvr.com"],
        hosts: ["emailsrvr.com"],
        mx: ["emailsrvr.com"]
      }
    ];
  }
});

// src/providers/policies-regional.ts
var REGIONAL_PROVIDERS;
var init_policies_regional = __esm({
  "src/providers/policies-regional.ts"() {
    "use strict";
    REGIONAL_PROVIDERS = [
      // Sources: ISPDB gmx.net.xml <enable visiturl="https://hilfe.gmx.net/pop-imap/einschalten.html">;
      // hilfe.gmx.net "POP3/IMAP aktivieren"; lumyvo.com (app password once 2FA is on).
      {
        policy: {
          id: "gmx",
          name: "GMX",
          password: "normal",
          enableImapUrl: "https://hilfe.gmx.net/pop-imap/einschalten.html",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'GMX switches IMAP and POP3 off until you switch them on: in GMX go to E-Mail > Einstellungen > POP3/IMAP Abruf and tick "POP3 und IMAP Zugriff erlauben".',
            "The normal GMX password works; with two-factor authentication on, GMX gives you an app password to use instead."
          ]
        },
        emailDomains: ["gmx.de", "gmx.at", "gmx.ch", "gmx.net", "gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr", "gmx.es"],
        ispdbIds: ["gmx.net", "gmx.com"],
        hosts: ["gmx.net", "gmx.com"],
        mx: ["gmx.net", "gmx.com"]
      },
      // Sources: ISPDB web.de.xml <enable visiturl="https://hilfe.web.de/pop-imap/einschalten.html">;
      // hilfe.web.de "POP3/IMAP aktivieren" (same platform as GMX, 1&1 Mail & Media).
      {
        policy: {
          id: "web-de",
          name: "WEB.DE",
          password: "normal",
          enableImapUrl: "https://hilfe.web.de/pop-imap/einschalten.html",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'WEB.DE switches IMAP and POP3 off until you switch them on: E-Mail > Einstellungen > POP3/IMAP Abruf > "POP3 und IMAP Zugriff erlauben".',
            "The normal WEB.DE password works; with two-factor authentication on, use the app password WEB.DE gives you."
          ]
        },
        emailDomains: ["web.de"],
        ispdbIds: ["web.de"],
        hosts: ["web.de"],
        mx: ["web.de"]
      },
      // Sources: ISPDB mail.com.xml; support.mail.com "POP3/IMAP" (same platform as GMX). Sources
      // disagree on whether free accounts still get IMAP (some pages say premium only); the entry
      // says IMAP exists and names the switch, and the note warns about the plan.
      {
        policy: {
          id: "mail-com",
          name: "mail.com",
          password: "normal",
          enableImapUrl: "https://support.mail.com/pop-imap/",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "mail.com needs POP3/IMAP access switched on in its settings (Settings > POP3 & IMAP).",
            "On some mail.com plans IMAP and POP3 are only part of the paid plan."
          ]
        },
        emailDomains: [],
        ispdbIds: ["mail.com"],
        hosts: ["mail.com"],
        mx: ["mail.com"]
      },
      // Sources: yandex.com/support/passport/authorization/app-passwords.html (app passwords for
      // mail clients; required with 2FA); ISPDB yandex.ru.xml enable URL (mail.yandex.ru setup_client).
      // Yandex has been moving all accounts to app passwords; safer advice: app password.
      {
        policy: {
          id: "yandex",
          name: "Yandex Mail",
          password: "app-password",
          appPasswordUrl: "https://id.yandex.com/security/app-passwords",
          enableImapUrl: "https://mail.yandex.com/#setup/client",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'Switch on "Mail clients" access in Yandex Mail settings, then make an app password for mail (Yandex ID > Security > App passwords).'
          ]
        },
        emailDomains: ["yandex.ru", "yandex.com", "ya.ru", "yandex.by", "yandex.kz", "yandex.ua", "narod.ru"],
        ispdbIds: ["yandex.ru"],
        hosts: ["yandex.ru", "yandex.com", "yandex.net"],
        mx: ["yandex.net", "yandex.ru"]
      },
      // Sources: help.mail.ru/mail/security/protection/external ("пароль для внешнего приложения":
      // other mail programs need a separate app password). Not confirmed by a page the search tool
      // returned; kept because Mail.ru's own help says so and it is the safer advice.
      {
        policy: {
          id: "mail-ru",
          name: "Mail.ru",
          password: "app-password",
          appPasswordUrl: "https://id.mail.ru/security",
          usernameForm: "email",
          offersImap: true,
          notes: ['Mail.ru needs a password for external apps ("\u043F\u0430\u0440\u043E\u043B\u044C \u0434\u043B\u044F \u0432\u043D\u0435\u0448\u043D\u0435\u0433\u043E \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u044F"), made in Mail ID > Security.']
        },
        emailDomains: ["mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "my.com"],
        ispdbIds: ["mail.ru"],
        hosts: ["mail.ru"],
        mx: ["mail.ru"]
      },
      // Sources: ISPDB t-online.de.xml <enable visiturl=".../programme/passwort-verwalten">;
      // login24.email and tiramigoof.de (separate "E-Mail-Passwort" for mail programs);
      // teltarif.de (secureimap/securesmtp.t-online.de, SSL only since 2014).
      {
        policy: {
          id: "t-online",
          name: "Telekom Mail (t-online.de)",
          password: "mail-password",
          appPasswordUrl: "https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten",
          usernameForm: "email",
          offersImap: true,
          notes: [
            'Telekom needs a separate "E-Mail-Passwort" for mail programs; the Telekom login password does not work there. Set it in the E-Mail Center: Einstellungen > Passw\xF6rter.'
          ]
        },
        emailDomains: ["t-online.de", "magenta.de"],
        ispdbIds: ["t-online.de"],
        hosts: ["t-online.de"],
        mx: ["t-online.de"]
      },
      // Sources: ithome via ashea.com.cn 2022-10-11 (from 1 Nov 2022 QQ Mail accepts only the
      // authorization code in mail clients, no QQ password); blog.zhheo.com (how to make one).
      {
        policy: {
          id: "qq",
          name: "QQ Mail",
          password: "app-password",
          appPasswordUrl: "https://mail.qq.com/",
          enableImapUrl: "https://mail.qq.com/",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Since 1 November 2022 QQ Mail accepts only an authorization code (\u6388\u6743\u7801) in mail programs, not the QQ password.",
            'Switch on the IMAP/SMTP service in QQ Mail: Settings > Account, then "\u751F\u6210\u6388\u6743\u7801" (generate authorization code).'
          ]
        },
        emailDomains: ["qq.com", "foxmail.com", "vip.qq.com"],
        ispdbIds: ["qq.com"],
        hosts: ["imap.qq.com", "pop.qq.com", "smtp.qq.com"],
        mx: ["mx1.qq.com", "mx2.qq.com", "mx3.qq.com"]
      },
      // Sources: help-w.com (NetEase rule: once the client authorization code is set, mail clients
      // can only log in with it); jishuzhan.net 2024 says 163 takes the normal password. Sources
      // disagree; NetEase's own rule is the safer advice: authorization code.
      {
        policy: {
          id: "163",
          name: "NetEase Mail (163.com, 126.com, yeah.net)",
          password: "app-password",
          appPasswordUrl: "https://mail.163.com/",
          enableImapUrl: "https://mail.163.com/",
          usernameForm: "email",
          offersImap: true,
          notes: [
            "Switch on IMAP/SMTP in the web mail: Settings > POP3/SMTP/IMAP, and use the authorization code (\u6388\u6743\u7801) it gives you as the password in other programs."
          ]
        },
        emailDomains: ["163.com", "126.com", "yeah.net", "188.com", "vip.163.com"],
        ispdbIds: ["163.com", "126.com", "yeah.net"],
        hosts: ["163.com", "126.com", "yeah.net"],
        mx: ["mxmail.netease.com"]
      },
      // Sources: 10wontips.blogspot.com 2025-08 (Naver now requires an application-specific
      // password, which needs 2-step verification; URL of the 2-step settings page);
      // it-learner.tistory.com 2025-12; IMAP must be switched on in Naver Mail settings.
      {
        policy: {
          id: "naver",
          name: "Naver Mail",
          password: "app-password",
          appPasswordUrl: "https://nid.naver.com/user2/help/2StepVerif?m=viewManageSettings",
          enableImapUrl: "https://mail.naver.com/",
          usernameForm: "either",
          offersImap: true,
          notes: [
            "Switch IMAP on in Naver Mail: \uD658\uACBD\uC124\uC815 (Settings) > POP3/IMAP \uC124\uC815 > IMAP/SMTP \uC0AC\uC6A9: \uC0AC\uC6A9\uD568.",
            "Naver now needs an application password for other mail programs; it needs 2-step verification on your Naver account."
          ]
        },
        emailDomains: ["naver.com"],
        ispdbIds: ["naver.com"],
        hosts: ["naver.com"],
        mx: ["naver.com"]
      },
      // Sources: ISPDB 1und1.de.xml (imap.1und1.de, MX kundenserver.de); IONOS help "E-Mail-Programme
      // einrichten" (normal mailbox password, full address as username).
      {
        policy: {
          id: "ionos",
          name: "IONOS (1&1)",
          password: "normal",
          usernameForm: "email",
          offersImap: true,
          notes: ["IONOS mailboxes take the normal mailbox password; the username is the full address."]
        },
        emailDomains: [],
        ispdbIds: ["1und1.de"],
        hosts: ["ionos.de", "ionos.com", "ionos.co.uk", "ionos.fr", "ionos.es", "1und1.de", "1and1.com", "kundenserver.de"],
        mx: ["kundenserver.de", "ionos.de", "ionos.com", "ionos.co.uk", "1and1.com", "perfora.net"]
      },
      // Sources: ISPDB orange.fr.xml; assistance.orange.fr "configurer un logiciel de messagerie".
      // Not confirmed by a page the search tool returned.
      {
        policy: {
          id: "orange",
          name: "Orange (Mail Orange)",
          password: "normal",
          usernameForm: "email",
          offersImap: true,
          notes: ["Mail Orange takes your Orange mail password; the username is the full address."]
        },
        emailDomains: ["orange.fr", "wanadoo.fr"],
        ispdbIds: ["orange.fr"],
        hosts: ["orange.fr"],
        mx: ["orange.fr"]
      },
      // Sources: ISPDB free.fr.xml (imap.free.fr, username = the part before @). Not confirmed by a
      // page the search tool returned.
      {
        policy: {
          id: "free",
          name: "Free (free.fr)",
          password: "normal",
          usernameForm: "local-part",
          offersImap: true,
          notes: ["Free takes your mail password; the username is the part before @free.fr."]
        },
        emailDomains: ["free.fr"],
        ispdbIds: ["free.fr"],
        hosts: ["free.fr"],
        mx: ["free.fr"]
      },
      // Sources: ISPDB libero.it.xml (imapmail.libero.it); liberomail.libero.it blog (IMAP4 clients
      // supported). Older pages say IMAP was for paid Libero Mail Plus only; the entry says IMAP
      // exists and warns about the plan.
      {
        policy: {
          id: "libero",
          name: "Libero Mail",
          password: "normal",
          usernameForm: "email",
          offersImap: true,
          notes: ["Libero takes your normal password; on older free plans IMAP was only part of Libero Mail Plus."]
        },
        emailDomains: ["libero.it", "inwind.it", "iol.it", "blu.it", "giallo.it"],
        ispdbIds: ["libero.it"],
        hosts: ["libero.it"],
        mx: ["libero.it"]
      }
    ];
  }
});

// src/providers/placeholders.ts
import { domainToASCII } from "node:url";
function splitAddress(email) {
  const address = email.trim();
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return null;
  const localPart = address.slice(0, at);
  const domain = domainToASCII(address.slice(at + 1).replace(/\.$/, ""));
  if (/[\s<>()]/.test(localPart) || !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain)) return null;
  return { address: `${localPart}@${domain}`, localPart, domain };
}
function fillPlaceholders(text3, parts) {
  return text3.replace(/%EMAILADDRESS%?/g, parts.address).replace(/%EMAILLOCALPART%/g, parts.localPart).replace(/%EMAILDOMAIN%/g, parts.domain).replace(/%REALNAME%/g, "");
}
function resolveServer(template, parts) {
  const settings = {
    protocol: template.protocol,
    host: template.host === null ? null : fillPlaceholders(template.host, parts).toLowerCase(),
    port: template.port,
    security: template.security,
    username: template.username === null ? null : fillPlaceholders(template.username, parts),
    auth: template.auth
  };
  if (template.url) settings.url = fillPlaceholders(template.url, parts);
  return settings;
}
var init_placeholders = __esm({
  "src/providers/placeholders.ts"() {
    "use strict";
  }
});

// src/providers/identify.ts
var identify_exports = {};
__export(identify_exports, {
  PROVIDERS: () => PROVIDERS,
  identifyAccount: () => identifyAccount,
  identifyProvider: () => identifyProvider,
  knowledgeByEmailDomain: () => knowledgeByEmailDomain,
  knowledgeForIspdbId: () => knowledgeForIspdbId,
  policyFor: () => policyFor,
  providerForScan: () => providerForScan
});
function knowledgeForIspdbId(ispdbId) {
  return byIspdbId.get(ispdbId) ?? null;
}
function matchesSuffix(host, suffixes) {
  return suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}
function fromKnowledge(k, by, catalogId = null) {
  return { provider: { id: k.policy.id, name: k.policy.name }, knowledge: k, catalogId, by };
}
function isConsumerDomain(knowledgeId, domain) {
  if (!domain) return false;
  const entry = catalogByDomain(domain);
  if (knowledgeId === "gmail") return domain === "gmail.com" || domain === "googlemail.com";
  if (knowledgeId === "microsoft-365" || knowledgeId === "outlook-com") return entry?.id === "hotmail.com";
  return true;
}
function refine(found, domain) {
  const id = found.provider.id;
  if (id === "gmail" && !isConsumerDomain("gmail", domain)) return fromKnowledge(byId.get("google-workspace"), found.by, found.catalogId);
  if (id === "microsoft-365" && isConsumerDomain("outlook-com", domain)) return fromKnowledge(byId.get("outlook-com"), found.by, found.catalogId);
  return found;
}
function knowledgeByEmailDomain(domain) {
  return PROVIDERS.find((p) => matchesSuffix(domain, p.emailDomains)) ?? null;
}
function byDomain(domain) {
  const own = knowledgeByEmailDomain(domain);
  const entry = catalogByDomain(domain);
  if (own) return fromKnowledge(own, "email", entry?.id ?? null);
  if (!entry) return null;
  const k = knowledgeForIspdbId(entry.id);
  return k ? fromKnowledge(k, "email", entry.id) : { provider: { id: entry.id, name: entry.config.name }, knowledge: null, catalogId: entry.id, by: "email" };
}
function byServerHost(host, port2, by) {
  if (by === "host" && (host === "127.0.0.1" || host === "localhost") && (port2 === 1143 || port2 === 1025)) {
    return fromKnowledge(byId.get("proton"), by);
  }
  const h = normalizeHost(host);
  if (!h) return null;
  const own = PROVIDERS.find((p) => matchesSuffix(h, by === "mx" ? p.mx : p.hosts));
  const entry = catalogByHost(h);
  if (own) return fromKnowledge(own, by, entry?.id ?? null);
  if (!entry) return null;
  const k = knowledgeForIspdbId(entry.id);
  return k ? fromKnowledge(k, by, entry.id) : { provider: { id: entry.id, name: entry.config.name }, knowledge: null, catalogId: entry.id, by };
}
function identifyProvider(query) {
  const domain = query.email ? splitAddress(query.email)?.domain ?? null : null;
  const found = (domain ? byDomain(domain) : null) ?? (query.host ? byServerHost(query.host, query.port, "host") : null) ?? (query.mx ? byServerHost(query.mx, null, "mx") : null);
  return found ? refine(found, domain) : null;
}
function identifyAccount(account) {
  const tries = [
    { email: account.email, host: account.incoming.host, port: account.incoming.port },
    { email: account.email, host: account.outgoing?.host ?? null, port: account.outgoing?.port ?? null }
  ];
  for (const query of tries) {
    const found = identifyProvider(query);
    if (found) return found.provider;
  }
  return null;
}
function providerForScan(account) {
  const found = identifyAccount(account);
  if (found || !account.provider) return found;
  const k = knowledgeForIspdbId(account.provider.id);
  return k ? { id: k.policy.id, name: k.policy.name } : account.provider;
}
function policyFor(query) {
  return identifyProvider(query)?.knowledge?.policy ?? null;
}
var PROVIDERS, byId, byIspdbId;
var init_identify = __esm({
  "src/providers/identify.ts"() {
    "use strict";
    init_catalog();
    init_policies_global();
    init_policies_regional();
    init_placeholders();
    init_registrable_domain();
    PROVIDERS = [...GLOBAL_PROVIDERS, ...REGIONAL_PROVIDERS];
    byId = new Map(PROVIDERS.map((p) => [p.policy.id, p]));
    byIspdbId = new Map(PROVIDERS.flatMap((p) => p.ispdbIds.map((id) => [id, p])));
  }
});

// src/sources/scan.ts
var scan_exports = {};
__export(scan_exports, {
  scanHome: () => scanHome,
  sourceReaders: () => sourceReaders
});
async function scanHome(options, readers = sourceReaders) {
  const settled = await Promise.allSettled(readers.map((reader) => reader.read(options)));
  const result2 = { accounts: [], sources: [] };
  settled.forEach((outcome, i) => {
    if (outcome.status === "fulfilled") {
      appendAll(result2.accounts, outcome.value.accounts);
      appendAll(result2.sources, outcome.value.sources);
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      result2.sources.push({
        client: readers[i].client,
        location: options.home,
        status: "unreadable",
        accounts: 0,
        message: cutMessage(`This mail client's settings could not be read: ${reason}`)
      });
    }
  });
  for (const account of result2.accounts) {
    try {
      account.provider = providerForScan(account);
    } catch {
    }
  }
  return result2;
}
var sourceReaders;
var init_scan = __esm({
  "src/sources/scan.ts"() {
    "use strict";
    init_reader();
    init_reader2();
    init_reader3();
    init_unreadable_clients();
    init_identify();
    init_append_all();
    init_limits();
    sourceReaders = [thunderbirdReader, appleMailReader, outlookReader, unreadableClientsReader];
  }
});

// src/net/dns-server.ts
function isIpv6(text3) {
  if (!/^[0-9a-f:.]+$/i.test(text3) || !text3.includes(":")) return false;
  try {
    new URL(`http://[${text3}]/`);
    return true;
  } catch {
    return false;
  }
}
function port(text3) {
  if (text3 === void 0) return "";
  if (!/^\d{1,5}$/.test(text3)) return null;
  const n = Number(text3);
  return n >= 1 && n <= 65535 ? `:${n}` : null;
}
function parseDnsServer(value) {
  const v = value.trim();
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(v);
  if (bracketed && isIpv6(bracketed[1])) {
    const p = port(bracketed[2]);
    if (p !== null) return p ? `[${bracketed[1]}]${p}` : bracketed[1];
  }
  const hostPort = /^([^:\s]+)(?::(\d+))?$/.exec(v);
  if (hostPort && IPV4.test(hostPort[1])) {
    const p = port(hostPort[2]);
    if (p !== null) return `${hostPort[1]}${p}`;
  }
  if (isIpv6(v)) return v;
  throw new Error(`"${value}" is not a DNS server address (use an IP address, optionally with :PORT from 1 to 65535)`);
}
var IPV4;
var init_dns_server = __esm({
  "src/net/dns-server.ts"() {
    "use strict";
    IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
  }
});

// src/guidance/connectivity.ts
var connectivity_exports = {};
__export(connectivity_exports, {
  WELL_KNOWN_NAME: () => WELL_KNOWN_NAME,
  hostResolver: () => hostResolver,
  internetAnswers: () => internetAnswers
});
import dns from "node:dns/promises";
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
function hostResolver(dnsServer, timeoutMs = 2e3) {
  if (!dnsServer) return async (host) => (await dns.lookup(host)).address;
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([parseDnsServer(dnsServer)]);
  return async (host) => {
    if (isIP(host)) return host;
    if (/^(?:.+\.)?localhost\.?$/i.test(host)) return "127.0.0.1";
    const v4 = await resolver.resolve4(host).catch(() => []);
    if (v4[0]) return v4[0];
    const v6 = await resolver.resolve6(host).catch(() => []);
    if (v6[0]) return v6[0];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND", hostname: host });
  };
}
async function internetAnswers(resolve, name = WELL_KNOWN_NAME) {
  try {
    await resolve(name);
    return true;
  } catch {
    return false;
  }
}
var WELL_KNOWN_NAME;
var init_connectivity = __esm({
  "src/guidance/connectivity.ts"() {
    "use strict";
    init_dns_server();
    WELL_KNOWN_NAME = "a.root-servers.net";
  }
});

// src/providers/clientconfig-xml.ts
import { DOMParser } from "@xmldom/xmldom";
function childElements(parent, name) {
  const out = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.localName === name) out.push(node);
  }
  return out;
}
function childText(parent, name) {
  const el = childElements(parent, name)[0];
  const text3 = el?.textContent?.trim();
  return text3 ? text3 : null;
}
function readServer(el, protocol) {
  const portText = childText(el, "port");
  const port2 = portText && /^\d{1,5}$/.test(portText) ? Number(portText) : null;
  const socket = childText(el, "socketType")?.toLowerCase();
  const auths = childElements(el, "authentication").map((a) => a.textContent?.trim().toLowerCase() ?? "").filter((a) => a.length > 0).map((a) => AUTH_METHODS[a] ?? "unknown");
  const url = childText(el, "url") ?? childText(el, "ewsURL") ?? void 0;
  const server4 = {
    protocol,
    host: childText(el, "hostname")?.toLowerCase() ?? null,
    port: port2 !== null && port2 > 0 && port2 < 65536 ? port2 : null,
    security: socket ? SOCKET_TYPES[socket] ?? null : null,
    username: childText(el, "username"),
    auth: auths[0] ?? null,
    auths
  };
  if (url && /^https:\/\//i.test(url)) server4.url = url;
  return server4;
}
function parseClientConfig(xml) {
  if (xml.length > MAX_CONFIG_BYTES) throw new ConfigFormatError("The settings file is too large");
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new ConfigFormatError(message);
      }
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    throw new ConfigFormatError(`The settings file is not valid XML: ${error.message}`);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== "clientConfig") throw new ConfigFormatError("Not a clientConfig file");
  const provider = childElements(root, "emailProvider")[0];
  if (!provider) throw new ConfigFormatError("No emailProvider in the settings file");
  const incoming = [];
  for (const el of childElements(provider, "incomingServer")) {
    const protocol = INCOMING_TYPES[el.getAttribute("type")?.toLowerCase() ?? ""];
    if (protocol) incoming.push(readServer(el, protocol));
  }
  const outgoing = childElements(provider, "outgoingServer").filter((el) => el.getAttribute("type")?.toLowerCase() === "smtp").map((el) => readServer(el, "smtp"));
  if (incoming.length === 0) throw new ConfigFormatError("No incoming server in the settings file");
  const domains = [
    ...new Set(
      childElements(provider, "domain").map((d) => d.textContent?.trim().toLowerCase() ?? "").filter((d) => /^[a-z0-9.-]+$/.test(d))
    )
  ];
  const enable = [...childElements(provider, "enable"), ...childElements(root, "enable")][0];
  const enableUrl = enable?.getAttribute("visiturl") ?? void 0;
  const id = provider.getAttribute("id")?.trim().toLowerCase() || domains[0] || "unknown";
  const config = {
    id,
    name: childText(provider, "displayName") ?? childText(provider, "displayShortName") ?? id,
    domains,
    incoming,
    outgoing
  };
  if (enableUrl && /^https:\/\//i.test(enableUrl)) config.enableUrl = enableUrl;
  return config;
}
var MAX_CONFIG_BYTES, SOCKET_TYPES, AUTH_METHODS, INCOMING_TYPES, ConfigFormatError;
var init_clientconfig_xml = __esm({
  "src/providers/clientconfig-xml.ts"() {
    "use strict";
    MAX_CONFIG_BYTES = 512 * 1024;
    SOCKET_TYPES = { ssl: "tls", starttls: "starttls", plain: "none" };
    AUTH_METHODS = {
      "password-cleartext": "password",
      plain: "password",
      "password-encrypted": "password-encrypted",
      secure: "password-encrypted",
      oauth2: "oauth2",
      ntlm: "ntlm",
      gssapi: "gssapi",
      "tls-client-cert": "client-certificate",
      "client-ip-address": "none",
      "smtp-after-pop": "none",
      none: "none"
    };
    INCOMING_TYPES = {
      imap: "imap",
      pop3: "pop3",
      exchange: "exchange",
      ews: "ews",
      graph: "graph"
    };
    ConfigFormatError = class extends Error {
    };
  }
});

// src/providers/fetch-config.ts
import https from "node:https";
function getText(url, network, signal, redirects = 0) {
  return new Promise((resolve, reject) => {
    if (url.protocol !== "https:") return reject(new Error(`refusing a non-https address: ${url.href}`));
    const request = https.request(
      {
        host: url.hostname,
        servername: url.hostname,
        port: network.port(Number(url.port || 443)),
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: { Host: url.host, Accept: "application/xml, text/xml", "User-Agent": "mail-settings-inspector" },
        lookup: network.lookup,
        ca: network.ca,
        signal,
        agent: false
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location && redirects < MAX_REDIRECTS) {
          response.resume();
          getText(new URL(location, url), network, signal, redirects + 1).then(resolve, reject);
          return;
        }
        if (status !== 200) {
          response.resume();
          return reject(new Error(`${url.href} answered HTTP ${status}`));
        }
        const chunks = [];
        let size = 0;
        response.on("data", (chunk) => {
          size += chunk.length;
          if (size > MAX_CONFIG_BYTES) {
            request.destroy(new Error(`${url.href} sent more than ${MAX_CONFIG_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        response.on("error", reject);
      }
    );
    request.on("error", reject);
    request.end();
  });
}
async function fetchClientConfig(url, network, signal) {
  const text3 = await getText(new URL(url), network, signal);
  return parseClientConfig(text3);
}
function autoconfigUrls(domain) {
  return {
    autoconfig: `https://autoconfig.${domain}/mail/config-v1.1.xml`,
    wellKnown: `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`
  };
}
var MAX_REDIRECTS, ISPDB_URL;
var init_fetch_config = __esm({
  "src/providers/fetch-config.ts"() {
    "use strict";
    init_clientconfig_xml();
    MAX_REDIRECTS = 3;
    ISPDB_URL = "https://live.thunderbird.net/autoconfig/v1.1/";
  }
});

// src/net/probe-error.ts
var NET_CODES, ProbeError;
var init_probe_error = __esm({
  "src/net/probe-error.ts"() {
    "use strict";
    NET_CODES = {
      timeout: "PROBE_TIMEOUT",
      closed: "PROBE_CLOSED",
      tooLong: "PROBE_LINE_TOO_LONG"
    };
    ProbeError = class extends Error {
      constructor(code, message, serverText = null, tls4, issuer) {
        super(message);
        this.code = code;
        this.serverText = serverText;
        this.tls = tls4;
        this.issuer = issuer;
        this.name = "ProbeError";
      }
      code;
      serverText;
      tls;
      issuer;
    };
  }
});

// src/net/line-client.ts
var MAX_LINE, EHLO_NAME, LineClient;
var init_line_client = __esm({
  "src/net/line-client.ts"() {
    "use strict";
    init_probe_error();
    MAX_LINE = 64 * 1024;
    EHLO_NAME = "mail-settings-inspector.invalid";
    LineClient = class {
      /** Waits race the deadline when there is one; otherwise a closed socket ends them. */
      constructor(socket, deadline) {
        this.socket = socket;
        this.deadline = deadline;
        this.use(socket);
        deadline?.onTimeout(() => this.socket.destroy());
      }
      socket;
      deadline;
      buffer = "";
      decoder = new TextDecoder("utf-8");
      waiter = null;
      ended = null;
      detachCurrent = () => void 0;
      /** Reads from `socket` from now on (after a TLS upgrade). */
      use(socket) {
        this.detachCurrent();
        this.socket = socket;
        this.ended = null;
        this.decoder = new TextDecoder("utf-8");
        const onData = (chunk) => {
          this.buffer += this.decoder.decode(chunk, { stream: true });
          const lastBreak = this.buffer.lastIndexOf("\n");
          if (this.buffer.length - lastBreak - 1 > MAX_LINE) {
            this.ended = new ProbeError(NET_CODES.tooLong, `the server sent a line longer than ${MAX_LINE / 1024} KiB`);
            this.detachCurrent();
            socket.destroy();
          }
          this.waiter?.();
        };
        const onEnd = () => {
          this.ended ??= new ProbeError(NET_CODES.closed, "the server closed the connection");
          this.waiter?.();
        };
        const onError = (e) => {
          this.ended = new ProbeError(e.code ?? NET_CODES.closed, e.message);
          this.waiter?.();
        };
        socket.on("data", onData);
        socket.on("end", onEnd);
        socket.on("close", onEnd);
        socket.on("error", onError);
        this.detachCurrent = () => {
          socket.removeListener("data", onData);
          socket.removeListener("end", onEnd);
          socket.removeListener("close", onEnd);
          socket.removeListener("error", onError);
        };
      }
      /** Stops reading so a TLS handshake can take the socket over. */
      release() {
        this.detachCurrent();
        this.detachCurrent = () => void 0;
        return this.socket;
      }
      /** Any bytes the server sent that nobody read yet (STARTTLS injection guard). */
      pending() {
        return this.buffer;
      }
      async line() {
        for (; ; ) {
          const at = this.buffer.indexOf("\n");
          if (at >= 0) {
            const line = this.buffer.slice(0, at).replace(/\r$/, "");
            this.buffer = this.buffer.slice(at + 1);
            return line;
          }
          if (this.ended) throw this.ended;
          const arrived = new Promise((resolve) => this.waiter = resolve);
          await (this.deadline ? this.deadline.race(arrived) : arrived);
          this.waiter = null;
        }
      }
      /** An SMTP reply: "250-a", "250-b", "250 c" -> code 250, lines [a, b, c]. */
      async smtpReply() {
        const lines = [];
        const raw = [];
        for (; ; ) {
          const line = await this.line();
          raw.push(line);
          const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
          if (!m) return { code: 0, lines: [line], text: raw.join("\n") };
          lines.push(m[3] ?? "");
          if (m[2] !== "-") return { code: Number(m[1]), lines, text: raw.join("\n") };
        }
      }
      /** A POP3 multi-line answer after "+OK", up to the lone ".". */
      async pop3Lines() {
        const out = [];
        for (; ; ) {
          const line = await this.line();
          if (line === ".") return out;
          out.push(line.startsWith("..") ? line.slice(1) : line);
        }
      }
      send(text3) {
        this.socket.write(`${text3}\r
`);
      }
    };
  }
});

// src/providers/guess-probe.ts
import net from "node:net";
import tls from "node:tls";
function connect(target, network) {
  const port2 = network.port(target.port);
  if (target.security === "tls") {
    return tls.connect({ host: target.host, servername: net.isIP(target.host) ? void 0 : target.host, port: port2, lookup: network.lookup, ca: network.ca });
  }
  return net.connect({ host: target.host, port: port2, lookup: network.lookup });
}
async function talk(target, reader) {
  const write = (line) => reader.send(line);
  const greeting = await reader.line();
  const caps = [];
  if (target.protocol === "imap") {
    if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) throw new Error(`not an IMAP greeting: ${greeting.slice(0, 120)}`);
    write("A1 CAPABILITY");
    for (; ; ) {
      const line = await reader.line();
      if (/^\* CAPABILITY /i.test(line)) caps.push(...line.slice(13).trim().split(/\s+/));
      else if (/^A1 /i.test(line)) break;
    }
    write("A2 LOGOUT");
    if (!caps.some((c) => /^IMAP4/i.test(c))) throw new Error("the server did not say it speaks IMAP4");
  } else if (target.protocol === "pop3") {
    if (!/^\+OK\b/i.test(greeting)) throw new Error(`not a POP3 greeting: ${greeting.slice(0, 120)}`);
    write("CAPA");
    const first = await reader.line();
    if (/^\+OK/i.test(first)) {
      for (; ; ) {
        const line = await reader.line();
        if (line === ".") break;
        caps.push(line.trim());
      }
    }
    write("QUIT");
  } else {
    if (!/^220[ -]/.test(greeting)) throw new Error(`not an SMTP greeting: ${greeting.slice(0, 120)}`);
    let line = greeting;
    while (/^220-/.test(line)) line = await reader.line();
    write(`EHLO ${EHLO_NAME}`);
    for (; ; ) {
      line = await reader.line();
      if (!/^250[ -]/.test(line)) throw new Error(`EHLO refused: ${line.slice(0, 120)}`);
      caps.push(line.slice(4).trim());
      if (line.startsWith("250 ")) break;
    }
    write("QUIT");
  }
  return caps;
}
function authFrom2(protocol, caps) {
  const upper = caps.map((c) => c.toUpperCase());
  const mechanisms = protocol === "imap" ? upper.filter((c) => c.startsWith("AUTH=")).map((c) => c.slice(5)) : protocol === "pop3" ? upper.find((c) => c.startsWith("SASL"))?.split(/\s+/).slice(1) ?? [] : upper.find((c) => c.startsWith("AUTH"))?.split(/[\s=]+/).slice(1) ?? [];
  const oauthOnly = mechanisms.length > 0 && mechanisms.every((m) => m === "XOAUTH2" || m === "OAUTHBEARER") && (protocol !== "imap" || upper.includes("LOGINDISABLED"));
  return oauthOnly ? "oauth2" : "password";
}
function probeServer(target, network, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const socket = connect(target, network);
    const onAbort = () => socket.destroy(signal.reason instanceof Error ? signal.reason : new Error("cancelled"));
    signal.addEventListener("abort", onAbort, { once: true });
    talk(target, new LineClient(socket)).then((caps) => {
      const wanted = target.protocol === "pop3" ? "STLS" : "STARTTLS";
      if (target.security === "starttls" && !caps.some((c) => c.toUpperCase() === wanted)) {
        throw new Error(`${target.host}:${target.port} does not offer ${wanted}`);
      }
      resolve({ capabilities: caps, auth: authFrom2(target.protocol, caps) });
    }).catch(reject).finally(() => {
      signal.removeEventListener("abort", onAbort);
      socket.destroy();
    });
  });
}
var init_guess_probe = __esm({
  "src/providers/guess-probe.ts"() {
    "use strict";
    init_line_client();
  }
});

// src/providers/priority.ts
function track(promise) {
  const attempt = { promise, state: "pending" };
  promise.then(
    (value) => {
      attempt.state = "fulfilled";
      attempt.value = value;
    },
    (error) => {
      attempt.state = "rejected";
      attempt.error = error;
    }
  );
  return attempt;
}
async function firstByPriority(attempts) {
  const errors = [];
  for (const [index, attempt] of attempts.entries()) {
    try {
      return { value: await attempt.promise, index };
    } catch (error) {
      errors.push(error);
    }
  }
  throw new AggregateError(errors, "every attempt failed");
}
function bestSoFar(attempts) {
  const index = attempts.findIndex((a) => a.state === "fulfilled");
  return index >= 0 ? { value: attempts[index].value, index } : null;
}
function delay(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function linkedSignal(parent, timeoutMs) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent.reason);
  let timer;
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener("abort", onAbort, { once: true });
  if (timeoutMs !== void 0 && !controller.signal.aborted) {
    timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  }
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    dispose: () => {
      parent.removeEventListener("abort", onAbort);
      clearTimeout(timer);
    }
  };
}
async function withSignal(parent, timeoutMs, fn) {
  const link2 = linkedSignal(parent, timeoutMs);
  try {
    return await fn(link2.signal);
  } finally {
    link2.dispose();
  }
}
function untilAborted(promise, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
var init_priority = __esm({
  "src/providers/priority.ts"() {
    "use strict";
  }
});

// src/providers/guess.ts
import { setMaxListeners } from "node:events";
function incomingTries(domain) {
  const imapHosts = [`imap.${domain}`, `mail.${domain}`, domain];
  const popHosts = [`pop3.${domain}`, `pop.${domain}`, `mail.${domain}`, domain];
  return [
    ...imapHosts.map((host) => ({ protocol: "imap", host, port: 993, security: "tls" })),
    ...imapHosts.map((host) => ({ protocol: "imap", host, port: 143, security: "starttls" })),
    ...popHosts.map((host) => ({ protocol: "pop3", host, port: 995, security: "tls" })),
    ...popHosts.map((host) => ({ protocol: "pop3", host, port: 110, security: "starttls" }))
  ];
}
function outgoingTries(domain) {
  const hosts = [`smtp.${domain}`, `mail.${domain}`, domain];
  return [
    ...hosts.map((host) => ({ protocol: "smtp", host, port: 465, security: "tls" })),
    ...hosts.map((host) => ({ protocol: "smtp", host, port: 587, security: "starttls" }))
  ];
}
function runTries(tries, offset, network, signal, options) {
  const attempts = tries.map(
    (target, i) => track(
      (async () => {
        await delay((offset + i) * options.staggerMs, signal);
        const result2 = await withSignal(signal, options.probeTimeoutMs, (own) => probeServer(target, network, own));
        return {
          protocol: target.protocol,
          host: target.host,
          port: target.port,
          security: target.security,
          username: null,
          auth: result2.auth
        };
      })()
    )
  );
  return firstByPriority(attempts);
}
async function guessSettings(domain, email, network, signal, options) {
  const local = linkedSignal(signal);
  const both = local.signal;
  setMaxListeners(100, both);
  const incomingList = incomingTries(domain);
  const incoming = runTries(incomingList, 0, network, both, options);
  const outgoing = runTries(outgoingTries(domain), 1, network, both, options).catch(() => null);
  try {
    const inc = await incoming;
    const out = await untilAborted(outgoing, signal).catch(() => null);
    const withUser = (s) => ({ ...s, username: email });
    return { incoming: [withUser(inc.value)], outgoing: out ? [withUser(out.value)] : [] };
  } finally {
    local.abort(new Error("guessing finished"));
    local.dispose();
  }
}
var init_guess = __esm({
  "src/providers/guess.ts"() {
    "use strict";
    init_guess_probe();
    init_priority();
  }
});

// src/net/trusted-roots.ts
import { readFileSync as readFileSync2 } from "node:fs";
import tls2 from "node:tls";
function defaultStore() {
  const get = tls2.getCACertificates;
  if (typeof get === "function") return get("default");
  const roots = [...tls2.rootCertificates];
  const extraFile = process.env.NODE_EXTRA_CA_CERTS;
  if (extraFile) {
    try {
      roots.push(readFileSync2(extraFile, "utf8"));
    } catch {
    }
  }
  return roots;
}
function trustedRootsWith(extraCa) {
  return extraCa ? [...defaultStore(), extraCa] : void 0;
}
var init_trusted_roots = __esm({
  "src/net/trusted-roots.ts"() {
    "use strict";
  }
});

// src/providers/network.ts
import { Resolver as Resolver2 } from "node:dns/promises";
function createNetwork(options = {}) {
  const resolver = new Resolver2({ timeout: options.dnsTimeoutMs ?? 2e3, tries: 2 });
  if (options.dnsServer) resolver.setServers([parseDnsServer(options.dnsServer)]);
  const lookup = options.dnsServer ? (hostname, lookupOptions, callback) => {
    const resolveAll = async () => {
      const v4 = await resolver.resolve4(hostname).catch(() => []);
      const v6 = v4.length > 0 && lookupOptions.family !== 6 ? [] : await resolver.resolve6(hostname).catch(() => []);
      const all = [...v4.map((a) => ({ address: a, family: 4 })), ...v6.map((a) => ({ address: a, family: 6 }))];
      if (all.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
      return all;
    };
    resolveAll().then(
      (all) => {
        if (lookupOptions.all) callback(null, all);
        else callback(null, all[0].address, all[0].family);
      },
      (error) => callback(error, "", 0)
    );
  } : void 0;
  return {
    resolver,
    lookup,
    ca: trustedRootsWith(options.extraCa),
    port: (port2) => options.portMap?.[port2] ?? port2,
    cancel: () => resolver.cancel()
  };
}
var init_network = __esm({
  "src/providers/network.ts"() {
    "use strict";
    init_dns_server();
    init_trusted_roots();
  }
});

// src/providers/srv.ts
async function srvSettings(parts, network, signal) {
  const answers = await untilAborted(
    Promise.all(SERVICES.map((service) => network.resolver.resolveSrv(`${service.name}.${parts.domain}`).catch(() => []))),
    signal
  );
  const incoming = [];
  const outgoing = [];
  SERVICES.forEach((service, i) => {
    const best = answers[i].filter((r) => r.name && r.name !== ".").sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0];
    if (!best) return;
    const settings = {
      protocol: service.protocol,
      host: best.name.toLowerCase().replace(/\.$/, ""),
      port: best.port,
      security: service.security,
      // RFC 6186 section 5: try the full address first.
      username: parts.address,
      auth: "password"
    };
    (service.incoming ? incoming : outgoing).push(settings);
  });
  if (incoming.length === 0) throw new Error(`no IMAP or POP3 SRV records for ${parts.domain}`);
  return { incoming, outgoing, notes: [`Published in the DNS of ${parts.domain} (SRV records).`] };
}
var SERVICES;
var init_srv = __esm({
  "src/providers/srv.ts"() {
    "use strict";
    init_priority();
    SERVICES = [
      { name: "_imaps._tcp", protocol: "imap", security: "tls", incoming: true },
      { name: "_imap._tcp", protocol: "imap", security: "starttls", incoming: true },
      { name: "_pop3s._tcp", protocol: "pop3", security: "tls", incoming: true },
      { name: "_submissions._tcp", protocol: "smtp", security: "tls", incoming: false },
      { name: "_submission._tcp", protocol: "smtp", security: "starttls", incoming: false }
    ];
  }
});

// src/providers/lookup.ts
var lookup_exports = {};
__export(lookup_exports, {
  DEFAULT_LOOKUP_TIMEOUT_MS: () => DEFAULT_LOOKUP_TIMEOUT_MS,
  LookupInputError: () => LookupInputError,
  catalogSettings: () => catalogSettings,
  lookupSettings: () => lookupSettings
});
import { setMaxListeners as setMaxListeners2 } from "node:events";
function fromConfig(config, parts, notes) {
  return {
    incoming: config.incoming.map((t) => ({ ...resolveServer(t, parts), auths: t.auths })),
    outgoing: config.outgoing.map((t) => ({ ...resolveServer(t, parts), auths: t.auths })),
    notes
  };
}
function catalogSettings(parts) {
  const entry = catalogByDomain(parts.domain);
  if (entry) return fromConfig(entry.config, parts, ["Found in the built-in provider list (Mozilla Thunderbird's ISP database)."]);
  const own = knowledgeByEmailDomain(parts.domain);
  if (own?.servers) return fromConfig(own.servers, parts, [`From this tool's own notes on ${own.policy.name}.`]);
  const viaIspdb = own?.ispdbIds.map((id) => catalogById(id)).find((e) => e !== null);
  if (viaIspdb) return fromConfig(viaIspdb.config, parts, [`Found in the built-in provider list under ${own.policy.name}.`]);
  return null;
}
async function fetchFound(url, parts, network, signal, note) {
  return fromConfig(await fetchClientConfig(url, network, signal), parts, [note]);
}
async function mxStep(parts, network, signal, ispdbUrl) {
  const records = await untilAborted(network.resolver.resolveMx(parts.domain), signal);
  const best = records.filter((r) => r.exchange).sort((a, b) => a.priority - b.priority)[0];
  if (!best) throw new Error(`no MX record for ${parts.domain}`);
  const mx = best.exchange.toLowerCase().replace(/\.$/, "");
  const base = registrableDomain(mx);
  if (!base || base === parts.domain) throw new Error("the MX host is in the address domain itself");
  const note = `Mail for ${parts.domain} is received by ${mx}; these are that provider's settings.`;
  const known = catalogByHost(mx);
  if (known) return { ...fromConfig(known.config, parts, [note]), mx };
  const domains = [nextSubdomain(mx), base].filter((d, i, all) => !!d && all.indexOf(d) === i);
  const attempts = domains.flatMap((d) => [
    track(fetchFound(autoconfigUrls(d).autoconfig, parts, network, signal, note)),
    track(fetchFound(`${ispdbUrl}${d}`, parts, network, signal, note))
  ]);
  const { value } = await firstByPriority(attempts);
  return { ...value, mx };
}
function sortImapFirst(list) {
  const rank = (s) => s.protocol === "imap" ? 0 : s.protocol === "pop3" ? 1 : 2;
  return [...list].sort((a, b) => rank(a) - rank(b));
}
function finalize(server4, policy) {
  const { auths, ...settings } = server4;
  if (policy && policy.password !== "oauth-only" && settings.auth === "oauth2" && auths?.includes("password")) {
    settings.auth = "password";
  }
  return settings;
}
function result(parts, source, found, extraNotes) {
  const sorted = found ? sortImapFirst(found.incoming) : [];
  const firstHost = sorted.find((s) => s.host)?.host ?? null;
  const who = identifyProvider({ email: parts.address, host: firstHost, port: sorted[0]?.port ?? null, mx: found?.mx ?? null });
  const policy = who?.knowledge?.policy ?? null;
  const incoming = sorted.map((s) => finalize(s, policy));
  const outgoing = (found?.outgoing ?? []).map((s) => finalize(s, policy));
  const notes = [...found?.notes ?? [], ...extraNotes];
  const mailbox = incoming.filter((s) => s.protocol === "imap" || s.protocol === "pop3");
  if (mailbox.length > 0 && !mailbox.some((s) => s.protocol === "imap")) {
    notes.push(
      source === "guess" ? "No IMAP server answered, only POP3. A CRM cannot sync a mailbox over POP3; ask the provider whether it offers IMAP." : "This provider offers no IMAP, only POP3. A CRM cannot sync a mailbox over POP3."
    );
  }
  if (who?.knowledge) notes.push(...who.knowledge.policy.notes);
  const answer = { email: parts.address, domain: parts.domain, provider: who?.provider ?? null, source, incoming, outgoing, notes };
  if (mailbox.length > 0 && source !== "guess" && !mailbox.some((s) => s.protocol === "imap")) answer.offersImap = false;
  return answer;
}
async function lookupSettings(email, options = {}) {
  const parts = splitAddress(email);
  if (!parts) throw new LookupInputError(`"${email}" is not an email address`);
  const offline = catalogSettings(parts);
  if (offline) return result(parts, "catalog", offline, []);
  if (options.offline) {
    return result(parts, "none", null, [`${parts.domain} is not in the built-in provider list. Without --offline the tool also asks the domain's own servers.`]);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  const stepTimeoutMs = Math.min(options.stepTimeoutMs ?? 6e3, timeoutMs);
  const stagger = options.staggerMs ?? 50;
  const ispdbUrl = options.ispdbUrl ?? ISPDB_URL;
  const network = createNetwork({ dnsTimeoutMs: Math.min(2e3, timeoutMs), ...options });
  const controller = new AbortController();
  setMaxListeners2(100, controller.signal);
  const onCallerAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onCallerAbort();
  else options.signal?.addEventListener("abort", onCallerAbort, { once: true });
  const signal = controller.signal;
  const urls = autoconfigUrls(parts.domain);
  const steps = [
    ["autoconfig", 0, (s) => fetchFound(urls.autoconfig, parts, network, s, `Published by the provider at autoconfig.${parts.domain}.`)],
    ["well-known", 1, (s) => fetchFound(urls.wellKnown, parts, network, s, `Published by ${parts.domain} in its /.well-known/autoconfig file.`)],
    ["ispdb", 2, (s) => fetchFound(`${ispdbUrl}${parts.domain}`, parts, network, s, "Found in Mozilla Thunderbird's online ISP database.")],
    ["mx", 3, (s) => mxStep(parts, network, s, ispdbUrl)],
    ["srv", 4, (s) => srvSettings(parts, network, s)],
    ["guess", 6, async (s) => ({
      ...await guessSettings(parts.domain, parts.address, network, s, { staggerMs: stagger, probeTimeoutMs: options.probeTimeoutMs ?? 4e3 }),
      notes: ["Guessed by asking the usual server names: the servers answered, but check these settings before you rely on them."]
    })]
  ];
  const attempts = steps.map(
    ([, slot, run]) => track(
      (async () => {
        await delay(slot * stagger, signal);
        return withSignal(signal, stepTimeoutMs, run);
      })()
    )
  );
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("deadline"), timeoutMs);
  });
  try {
    const winner = await Promise.race([firstByPriority(attempts).catch(() => null), deadline]);
    if (winner !== "deadline") {
      if (!winner && options.signal?.aborted) return result(parts, "none", null, ["The lookup was cancelled."]);
      return winner ? result(parts, steps[winner.index][0], winner.value, []) : result(parts, "none", null, [`No settings found for ${parts.domain}: no published settings, no DNS records and no server answered.`]);
    }
    controller.abort(new Error("deadline"));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const best = bestSoFar(attempts);
    const stopped = `Stopped looking after ${(timeoutMs / 1e3).toFixed(1)} seconds; slower answers were not waited for.`;
    return best ? result(parts, steps[best.index][0], best.value, [stopped]) : result(parts, "none", null, [`No settings found for ${parts.domain} in time.`, stopped]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
    controller.abort(new Error("lookup finished"));
    network.cancel();
  }
}
var DEFAULT_LOOKUP_TIMEOUT_MS, LookupInputError;
var init_lookup = __esm({
  "src/providers/lookup.ts"() {
    "use strict";
    init_catalog();
    init_fetch_config();
    init_guess();
    init_identify();
    init_network();
    init_placeholders();
    init_priority();
    init_registrable_domain();
    init_srv();
    DEFAULT_LOOKUP_TIMEOUT_MS = 8e3;
    LookupInputError = class extends Error {
    };
  }
});

// src/providers/imap-for-account.ts
function addressOf(account) {
  const candidates = [account.email, account.incoming.username, account.outgoing?.username];
  for (const c of candidates) {
    const parts = c ? splitAddress(c) : null;
    if (parts) return parts;
  }
  return null;
}
function imapSettingsFor(account) {
  const parts = addressOf(account);
  const who = identifyProvider({ email: parts?.address ?? null, host: account.incoming.host, port: account.incoming.port });
  const provider = who?.provider ?? account.provider;
  const own = who?.knowledge ?? null;
  const entry = parts && catalogByDomain(parts.domain) || (who?.catalogId ? catalogById(who.catalogId) : null) || own?.ispdbIds.map((id) => catalogById(id)).find((e) => e !== null) || (account.incoming.host ? catalogByHost(account.incoming.host) : null);
  const templates = own?.servers ?? entry?.config ?? null;
  const name = provider?.name ?? "This provider";
  if (!templates) {
    return { offersImap: null, provider, incoming: null, outgoing: null, message: `We do not know this provider's IMAP settings offline; look them up by email address.` };
  }
  const imap = templates.incoming.find((t) => t.protocol === "imap");
  if (!imap || own?.policy.offersImap === false) {
    return { offersImap: false, provider, incoming: null, outgoing: null, message: `${name} offers no IMAP, only POP3. A CRM cannot sync this mailbox; the provider would have to be changed.` };
  }
  const fill = parts ?? { address: account.incoming.username ?? "", localPart: account.incoming.username ?? "", domain: "" };
  const smtp = templates.outgoing[0];
  const resolve = (t) => {
    const s = resolveServer(t, fill);
    if (own && own.policy.password !== "oauth-only" && s.auth === "oauth2" && t.auths.includes("password")) s.auth = "password";
    return s;
  };
  return {
    offersImap: true,
    provider,
    incoming: resolve(imap),
    outgoing: smtp ? resolve(smtp) : null,
    message: `${name} offers IMAP: use these settings instead of POP3.`
  };
}
var init_imap_for_account = __esm({
  "src/providers/imap-for-account.ts"() {
    "use strict";
    init_catalog();
    init_identify();
    init_placeholders();
  }
});

// src/providers/imap-lookup-for-account.ts
var imap_lookup_for_account_exports = {};
__export(imap_lookup_for_account_exports, {
  imapLookupForAccount: () => imapLookupForAccount
});
function adviceAsLookup(account, advice) {
  const parts = addressOf(account);
  const policy = policyFor({ email: parts?.address ?? null, host: account.incoming.host });
  const result2 = {
    email: parts?.address ?? "",
    domain: parts?.domain ?? "",
    provider: advice.provider,
    source: advice.offersImap === null ? "none" : "catalog",
    incoming: advice.incoming ? [advice.incoming] : [],
    outgoing: advice.outgoing ? [advice.outgoing] : [],
    // The plain sentence first: the UI shows it when there is no IMAP.
    notes: [advice.message, ...policy?.notes ?? []]
  };
  if (advice.offersImap !== null) result2.offersImap = advice.offersImap;
  return result2;
}
async function imapLookupForAccount(account, options = {}) {
  const advice = imapSettingsFor(account);
  const parts = addressOf(account);
  if (advice.offersImap !== null || !parts) return adviceAsLookup(account, advice);
  return lookupSettings(parts.address, options);
}
var init_imap_lookup_for_account = __esm({
  "src/providers/imap-lookup-for-account.ts"() {
    "use strict";
    init_identify();
    init_imap_for_account();
    init_lookup();
  }
});

// src/diagnose/help-links.ts
function isAllowedHelpUrl(candidate) {
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
  return ALLOWED_HELP_HOSTS.includes(url.hostname.toLowerCase());
}
var ALLOWED_HELP_HOSTS, HELP_LINKS;
var init_help_links = __esm({
  "src/diagnose/help-links.ts"() {
    "use strict";
    ALLOWED_HELP_HOSTS = [
      "support.google.com",
      "myaccount.google.com",
      "admin.google.com",
      "support.microsoft.com",
      "learn.microsoft.com",
      "account.microsoft.com",
      "support.apple.com",
      "account.apple.com",
      "help.yahoo.com",
      "login.yahoo.com",
      "help.aol.com",
      "login.aol.com",
      "www.att.com",
      "connect.xfinity.com",
      "accounts.zoho.com",
      "mail.zoho.com",
      "www.fastmail.help",
      "app.fastmail.com",
      "proton.me",
      // Provider policy pages (src/providers/policies-regional.ts), added by issue 4.
      "hilfe.gmx.net",
      "hilfe.web.de",
      "support.mail.com",
      "id.yandex.com",
      "mail.yandex.com",
      "id.mail.ru",
      "www.telekom.de",
      "mail.qq.com",
      "mail.163.com",
      "nid.naver.com",
      "mail.naver.com"
    ];
    HELP_LINKS = {
      googleAppPassword: { label: "Google: sign in with app passwords", url: "https://support.google.com/accounts/answer/185833" },
      googleImap: { label: "Gmail: use IMAP in other mail apps", url: "https://support.google.com/mail/answer/7126229" },
      googleWebLogin: { label: "Gmail: fix problems signing in from other apps", url: "https://support.google.com/mail/answer/78754" },
      appleAppPassword: { label: "Apple: app-specific passwords", url: "https://support.apple.com/en-us/102654" },
      yahooAppPassword: { label: "Yahoo: generate an app password", url: "https://help.yahoo.com/kb/SLN15241.html" },
      aolAppPassword: { label: "AOL: generate an app password", url: "https://help.aol.com/articles/Create-and-manage-app-password" },
      microsoftBasicAuth: {
        label: "Microsoft: basic authentication is turned off in Exchange Online",
        url: "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online"
      },
      microsoftAdminConsent: {
        label: "Microsoft: grant tenant-wide admin consent to an app",
        url: "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent"
      },
      microsoftSmtpAuth: {
        label: "Microsoft: turn on authenticated SMTP for a mailbox",
        url: "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission"
      },
      microsoftPopImap: { label: "Outlook.com: POP, IMAP and SMTP settings", url: "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040" }
    };
  }
});

// src/diagnose/alternative-username.ts
function alternativeUsername(username, email) {
  if (!username) return null;
  const user = username.trim();
  const at = user.lastIndexOf("@");
  if (at > 0) {
    const local = user.slice(0, at);
    return local && local !== user ? local : null;
  }
  if (email) {
    const e = email.trim();
    const eat = e.lastIndexOf("@");
    if (eat > 0 && e.slice(0, eat).toLowerCase() === user.toLowerCase() && e !== user) return e;
  }
  return null;
}
var init_alternative_username = __esm({
  "src/diagnose/alternative-username.ts"() {
    "use strict";
  }
});

// src/words/words.ts
var VERDICT_TITLES;
var init_words = __esm({
  "src/words/words.ts"() {
    "use strict";
    VERDICT_TITLES = {
      ok: "The login worked",
      "dns-not-found": "Server name not found",
      offline: "No internet connection",
      "connection-refused": "The server refused the connection",
      timeout: "The server did not answer in time",
      "connection-closed": "The server hung up",
      "security-mismatch": "Security setting does not match the port",
      "wrong-service": "A different mail service answers on this port",
      "starttls-unavailable": "The server does not offer encryption here",
      "tls-expired": "The server's certificate has expired",
      "tls-self-signed": "The server's certificate is not trusted",
      "tls-intercepted": "Something on this computer is reading your mail connection",
      "tls-hostname-mismatch": "The certificate is for a different server name",
      "tls-incomplete-chain": "The server sends an incomplete certificate chain",
      "tls-outdated": "The server uses outdated encryption",
      "cleartext-disallowed": "The server wants encryption before the password",
      "app-password-required": "This account needs an app password",
      "web-login-required": "Sign in on the web first",
      "imap-disabled": "IMAP is switched off for this mailbox",
      "oauth-required": "Use your CRM's sign-in button instead of a password",
      "admin-consent-required": "Your IT admin must approve the CRM",
      "smtp-auth-disabled": "Sending with a password is switched off",
      "too-many-connections": "Too many connections to this mailbox",
      "rate-limited": "Too many attempts: wait a while",
      "server-unavailable": "The server has a temporary problem",
      "account-problem": "There is a problem with the account itself",
      "auth-failed": "Username or password not accepted",
      "pop3-unsupported": "The CRM cannot use POP3: switch to IMAP",
      unknown: "We do not recognise this message"
    };
  }
});

// src/diagnose/advice.ts
function policyLink(label, url) {
  return url && isAllowedHelpUrl(url) ? { label, url } : null;
}
function appPasswordLink(ctx) {
  switch (ctx.family) {
    case "google":
      return HELP_LINKS.googleAppPassword;
    case "apple":
      return HELP_LINKS.appleAppPassword;
    case "yahoo":
      return HELP_LINKS.yahooAppPassword;
    case "aol":
      return HELP_LINKS.aolAppPassword;
    default:
      return policyLink(`${ctx.name ?? "Your provider"}: make an app password`, ctx.policy?.appPasswordUrl);
  }
}
function certificateLine(tls4) {
  if (!tls4?.fingerprint256) return "";
  return ` The certificate's SHA-256 fingerprint is ${tls4.fingerprint256}; your IT admin can compare it with the real one.`;
}
function body(verdict, input) {
  const { ctx } = input;
  const proto = (input.protocol ?? "imap").toUpperCase();
  switch (verdict) {
    case "ok":
      return { title: VERDICT_TITLES["ok"], what: "The server accepted this username and password.", why: "Server, port, security and login all match what the server expects.", next: ["Type exactly these settings into your CRM."] };
    case "dns-not-found":
      return { title: VERDICT_TITLES["dns-not-found"], what: "The server name does not exist on the internet.", why: "It is usually a typo, or an old server name the provider has since changed.", next: ["Check the spelling of the server name.", "Look up the provider's current server name (the lookup command or the settings page of your provider)."] };
    case "offline":
      return { title: VERDICT_TITLES["offline"], what: "This computer could not reach the internet.", why: "The network is down, or a VPN or firewall blocks it.", next: ["Check that other websites open, then test again."] };
    case "connection-refused":
      return { title: VERDICT_TITLES["connection-refused"], what: "The server is there but nothing answers on this port.", why: "The port number is wrong, or the provider does not offer this service on it.", next: [`Check the port: IMAP uses 993 (SSL/TLS) or 143 (STARTTLS), POP3 995 or 110, SMTP 465 or 587.`] };
    case "timeout":
      return { title: VERDICT_TITLES["timeout"], what: "The server did not answer before the time limit.", why: "A firewall, antivirus or company network may silently block this port, or the server name points to the wrong machine.", next: ["Try again on another network (for example a phone hotspot).", "Check the server name and port."] };
    case "connection-closed":
      return { title: VERDICT_TITLES["connection-closed"], what: "The server closed the connection before the test finished.", why: "The server may limit where you can connect from, or something on the network cut the connection.", next: ["Test again in a minute.", "If it keeps happening, ask your provider whether connections from outside are allowed."] };
    case "security-mismatch":
      return { title: VERDICT_TITLES["security-mismatch"], what: "This port expects a different kind of encryption than the one chosen.", why: "SSL/TLS ports (993, 995, 465) encrypt from the first moment; STARTTLS ports (143, 110, 587) start plain and switch to encryption. Mixing them up makes the server and the app talk past each other.", next: ["Use SSL/TLS with 993, 995 or 465, and STARTTLS with 143, 110 or 587."] };
    case "wrong-service":
      return { title: VERDICT_TITLES["wrong-service"], what: "The server on this port speaks another mail protocol than the one chosen (for example POP3 on the IMAP port).", why: "The port number belongs to another service.", next: ["Check the port number and protocol: IMAP 993/143, POP3 995/110, SMTP 465/587."] };
    case "starttls-unavailable":
      return { title: VERDICT_TITLES["starttls-unavailable"], what: "STARTTLS was chosen, but the server does not offer it on this port. The test stopped before sending the password.", why: "The server has no encryption on this port, or something on the network removed the offer.", next: ["Use the SSL/TLS port instead (993 for IMAP, 995 for POP3, 465 for SMTP)."] };
    case "tls-expired":
      return { title: VERDICT_TITLES["tls-expired"], what: `The server's security certificate is out of date, so the connection cannot be trusted.${certificateLine(input.tls)}`, why: "The provider forgot to renew it, or the computer clock is wrong.", next: ["Check this computer's date and time.", "Otherwise tell your provider; your CRM will refuse this server too."] };
    case "tls-self-signed":
      return { title: VERDICT_TITLES["tls-self-signed"], what: `The server's certificate was not issued by a trusted authority (self-signed or private). The test stopped before sending the password.${certificateLine(input.tls)}`, why: "Small or company servers sometimes make their own certificates; a CRM in the cloud will not accept them.", next: ["Ask your provider or IT admin for the server name with a proper certificate.", "If your admin gives you their CA file, test with --ca FILE."] };
    case "tls-intercepted":
      return { title: VERDICT_TITLES["tls-intercepted"], what: `The certificate comes from antivirus or a company proxy, not from your provider.${certificateLine(input.tls)}`, why: 'Some antivirus "mail shield" and company firewalls open encrypted connections to scan them.', next: ["Turn off mail or SSL scanning in your antivirus, or test on another network.", "Your CRM connects from the cloud and is not affected; the settings may still be right."] };
    case "tls-hostname-mismatch":
      return { title: VERDICT_TITLES["tls-hostname-mismatch"], what: `The server's certificate does not name the server you typed.${certificateLine(input.tls)}`, why: "You may use an alias of the provider's server; the certificate only covers the real name.", next: ["Use the server name from the certificate or from your provider's help page."] };
    case "tls-incomplete-chain":
      return { title: VERDICT_TITLES["tls-incomplete-chain"], what: `The server does not send the middle certificate that links its certificate to a trusted authority.${certificateLine(input.tls)}`, why: "It is a server setup mistake; some apps fill the gap, CRMs often don't.", next: ["Tell your provider or IT admin that the intermediate certificate is missing."] };
    case "tls-outdated":
      return { title: VERDICT_TITLES["tls-outdated"], what: "The server only offers old encryption versions that are no longer allowed.", why: "The server has not been updated in a long time.", next: ["Ask your provider for a current server; your CRM will refuse this one too."] };
    case "cleartext-disallowed":
      return { title: VERDICT_TITLES["cleartext-disallowed"], what: "The server refuses passwords over an unencrypted connection.", why: "Sending a password unencrypted would expose it.", next: ["Choose SSL/TLS (port 993/995/465) or STARTTLS (143/110/587)."] };
    case "app-password-required":
      return { title: VERDICT_TITLES["app-password-required"], what: `${PROVIDER(ctx)} does not accept your normal password in other apps.`, why: 'With two-step verification on, mail apps and CRMs must use a separate "app password".', next: ["Make an app password in your account's security settings.", "Type the app password (not your normal password) into your CRM."], links: [appPasswordLink(ctx)] };
    case "web-login-required":
      return { title: VERDICT_TITLES["web-login-required"], what: `${PROVIDER(ctx)} blocked this sign-in and wants you to confirm it in a browser.`, why: "The provider saw a sign-in it did not recognise, or wants you to use a more secure sign-in.", next: ["Sign in to your mailbox in a web browser and confirm any security prompt.", ctx.family === "google" ? `Then use an app password, or your CRM's "Sign in with Google".` : "Then test again."], links: [ctx.family === "google" ? HELP_LINKS.googleWebLogin : null] };
    case "imap-disabled":
      return { title: `${proto === "POP3" ? "POP" : "IMAP"} is switched off for this mailbox`, what: `The server refused because ${proto === "POP3" ? "POP" : "IMAP"} access is turned off for this account.`, why: "Some providers and company admins switch it off by default.", next: [ctx.family === "google" ? "In Gmail on the web: Settings > See all settings > Forwarding and POP/IMAP > Enable IMAP (for a work account, your admin must allow it)." : "Turn on IMAP in your mailbox settings on the web, or ask your IT admin."], links: [ctx.family === "google" ? HELP_LINKS.googleImap : policyLink(`${ctx.name ?? "Your provider"}: how to switch on IMAP`, ctx.policy?.enableImapUrl)] };
    case "oauth-required":
      if (ctx.family === "microsoft" || !ctx.family) {
        return { title: 'Use "Sign in with Microsoft" instead of a password', what: MICROSOFT_NO_PASSWORDS, why: 'Microsoft 365 and Outlook.com turned off password logins ("basic authentication") for IMAP, POP and SMTP; only a sign-in through Microsoft works.', next: ["In your CRM, choose the Microsoft / Office 365 / Outlook option and sign in there.", 'If it says "Need admin approval", send your IT admin the consent link it shows.'], links: [HELP_LINKS.microsoftBasicAuth, ctx.policy?.id === "outlook-com" ? HELP_LINKS.microsoftPopImap : null] };
      }
      return { title: `Use your CRM's "Sign in with ${PROVIDER(ctx)}" instead of a password`, what: `${PROVIDER(ctx)} accepts no passwords here: use your CRM's sign-in button for this provider instead of typing server settings.`, why: `${PROVIDER(ctx)} only lets other apps in through its own sign-in page (OAuth), not with a typed password.`, next: [`In your CRM, choose the ${PROVIDER(ctx)} option (or "Sign in with ${PROVIDER(ctx)}") and sign in there.`, "If your CRM has no such option, ask its support which sign-in it offers for this provider."] };
    case "admin-consent-required":
      return { title: VERDICT_TITLES["admin-consent-required"], what: "Your organisation's Microsoft account does not let you approve the CRM's access yourself.", why: 'Many companies allow only admins to grant apps access to mailboxes ("admin consent").', next: ["Send your IT admin the name of the CRM and ask them to grant admin consent for it in Microsoft Entra.", 'Then connect again with "Sign in with Microsoft".'], links: [HELP_LINKS.microsoftAdminConsent] };
    case "smtp-auth-disabled":
      return { title: VERDICT_TITLES["smtp-auth-disabled"], what: "The server does not allow logging in to send mail (SMTP AUTH) for this mailbox.", why: "Microsoft 365 turns authenticated SMTP off by default; admins can turn it on per mailbox.", next: [`Prefer your CRM's "Sign in with Microsoft" option.`, "Otherwise ask your IT admin to turn on authenticated SMTP for this mailbox."], links: [ctx.family === "microsoft" || !ctx.family ? HELP_LINKS.microsoftSmtpAuth : null] };
    case "too-many-connections":
      return { title: VERDICT_TITLES["too-many-connections"], what: "The server refused because too many apps are connected to this mailbox at once.", why: "Providers limit simultaneous connections (Gmail allows 15 per account).", next: ["Close other mail apps or devices that use this mailbox, wait a few minutes, and test again."] };
    case "rate-limited":
      return { title: VERDICT_TITLES["rate-limited"], what: "The server is slowing down logins from you for now.", why: "After several attempts in a row, providers pause logins to protect the account.", next: ["Wait 15 minutes before testing again; repeated attempts can lock the account."] };
    case "server-unavailable":
      return { title: VERDICT_TITLES["server-unavailable"], what: "The server could not check the login right now.", why: "It is a problem on the provider's side, usually short.", next: ["Test again in a few minutes."] };
    case "account-problem":
      return { title: VERDICT_TITLES["account-problem"], what: "The server says the account is expired, disabled or locked.", why: "The password may have expired, or the account was suspended.", next: ["Sign in on the web to see what the provider asks for, or contact your IT admin."] };
    case "auth-failed": {
      const wantsAppPassword = !!ctx.family && ["google", "apple", "yahoo", "aol"].includes(ctx.family);
      const next = ["Check the password by signing in on the web.", "Check whether the username should be the full address or only the part before the @."];
      if (wantsAppPassword) next.unshift(`If you typed your normal ${PROVIDER(ctx)} password: make an app password (link below) and type that instead.`);
      return { title: VERDICT_TITLES["auth-failed"], what: "The server says the username or password is wrong.", why: wantsAppPassword ? `${PROVIDER(ctx)} usually needs an app password for other apps; your normal password is refused.` : "A typo, an old password, or the wrong username form (full address or the part before the @).", next, links: [appPasswordLink(ctx)] };
    }
    case "pop3-unsupported":
      return { title: VERDICT_TITLES["pop3-unsupported"], what: "The CRM only connects over IMAP; this account is set up with POP3.", why: "POP3 downloads mail and often removes it from the server, so a CRM cannot keep it in sync.", next: ["Use the IMAP server of the same provider in your CRM (the same username and password usually work).", "In your mail app, keep POP3 or add the account again as IMAP; mail already downloaded stays on this computer."] };
    case "unknown":
      if (input.pasted) {
        return { title: VERDICT_TITLES["unknown"], what: `The message says: "${input.serverText ?? ""}"`, why: "We only name a cause when we are sure, so we do not guess.", next: ["Test the login with this tool: it shows which step fails and the server's own words.", "Or search for the message on your CRM's or provider's help pages, or send it to your IT admin."] };
      }
      return { title: "The server refused, for a reason we do not recognise", what: input.serverText ? `The server said: "${input.serverText}"` : "The test failed without a message from the server.", why: "We only name a cause when we are sure; these are the server's own words.", next: ["Search for the server's words on your provider's help pages, or send them to your IT admin."] };
  }
}
function adviceFor(verdict, input) {
  const b = body(verdict, input);
  const links = (b.links ?? []).filter((l) => !!l && isAllowedHelpUrl(l.url)).slice(0, 2);
  const advice = { verdict, title: b.title, what: b.what, why: b.why, next: b.next, links };
  if (verdict === "auth-failed") {
    const other = alternativeUsername(input.username ?? null, input.email ?? null);
    const form = input.ctx.policy?.usernameForm;
    const wasted = form === "email" && !other?.includes("@") || form === "local-part" && !!other?.includes("@");
    if (other && !wasted) advice.alternativeUsername = other;
  }
  return advice;
}
var PROVIDER, MICROSOFT_NO_PASSWORDS;
var init_advice = __esm({
  "src/diagnose/advice.ts"() {
    "use strict";
    init_help_links();
    init_alternative_username();
    init_words();
    PROVIDER = (ctx) => ctx.name ?? "your email provider";
    MICROSOFT_NO_PASSWORDS = `Microsoft accepts no passwords here: use your CRM's "Sign in with Microsoft" (or "Connect with Microsoft 365/Outlook") button instead of typing server settings. If it says it needs admin approval, your IT admin must grant consent.`;
  }
});

// src/probe/probe-codes.ts
var PROBE_CODES;
var init_probe_codes = __esm({
  "src/probe/probe-codes.ts"() {
    "use strict";
    init_probe_error();
    PROBE_CODES = {
      ...NET_CODES,
      wrongService: "PROBE_WRONG_SERVICE",
      securityMismatch: "PROBE_SECURITY_MISMATCH",
      starttlsUnavailable: "PROBE_STARTTLS_UNAVAILABLE",
      loginDisabled: "PROBE_LOGIN_DISABLED",
      noSmtpAuth: "PROBE_NO_SMTP_AUTH",
      oauthOnly: "PROBE_OAUTH_ONLY"
    };
  }
});

// src/diagnose/classify.ts
function classifyText(text3, ctx) {
  const clean = text3.trim();
  if (!clean) return "unknown";
  for (const rule of TEXT_RULES) if (rule.test(clean, ctx)) return rule.verdict;
  return "unknown";
}
function classifyFailure(facts, ctx) {
  const byCode = facts.code ? NETWORK_CODES[facts.code] : void 0;
  if (byCode) {
    if (TLS_TRUST_VERDICTS.includes(byCode) && facts.issuer && INTERCEPTOR_ISSUER.test(facts.issuer)) return "tls-intercepted";
    return byCode;
  }
  const text3 = facts.text ?? "";
  if (/wrong version number|packet length too long|http request/i.test(text3)) return "security-mismatch";
  if (/unsupported protocol|protocol version|no protocols available|dh key too small|handshake failure/i.test(text3)) return "tls-outdated";
  return classifyText(text3, ctx);
}
function classifyPasted(text3, ctx) {
  const code = text3.match(/\b[A-Z][A-Z0-9_]{4,}\b/g)?.find((token) => token in NETWORK_CODES && !token.startsWith("PROBE_"));
  if (code) return classifyFailure({ code, text: text3 }, ctx);
  const byWords = PASTED_WORDS.find(([pattern]) => pattern.test(text3));
  if (byWords) return byWords[1];
  return classifyText(text3, ctx);
}
var NETWORK_CODES, TLS_TRUST_VERDICTS, INTERCEPTOR_ISSUER, has, MICROSOFT_BARE_REFUSAL, TEXT_RULES, PASTED_WORDS;
var init_classify = __esm({
  "src/diagnose/classify.ts"() {
    "use strict";
    init_probe_codes();
    NETWORK_CODES = {
      ENOTFOUND: "dns-not-found",
      EAI_NONAME: "dns-not-found",
      EAI_NODATA: "dns-not-found",
      EAI_AGAIN: "offline",
      ENETUNREACH: "offline",
      ENETDOWN: "offline",
      EHOSTUNREACH: "offline",
      EHOSTDOWN: "offline",
      ECONNREFUSED: "connection-refused",
      ETIMEDOUT: "timeout",
      [PROBE_CODES.timeout]: "timeout",
      CONNECT_TIMEOUT: "timeout",
      GREETING_TIMEOUT: "timeout",
      ECONNRESET: "connection-closed",
      EPIPE: "connection-closed",
      [PROBE_CODES.closed]: "connection-closed",
      NoConnection: "connection-closed",
      [PROBE_CODES.wrongService]: "wrong-service",
      [PROBE_CODES.securityMismatch]: "security-mismatch",
      ERR_SSL_WRONG_VERSION_NUMBER: "security-mismatch",
      ERR_SSL_PACKET_LENGTH_TOO_LONG: "security-mismatch",
      ERR_SSL_HTTP_REQUEST: "security-mismatch",
      [PROBE_CODES.starttlsUnavailable]: "starttls-unavailable",
      [PROBE_CODES.loginDisabled]: "cleartext-disallowed",
      [PROBE_CODES.noSmtpAuth]: "smtp-auth-disabled",
      [PROBE_CODES.oauthOnly]: "oauth-required",
      ERR_SSL_UNSUPPORTED_PROTOCOL: "tls-outdated",
      ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: "tls-outdated",
      ERR_SSL_NO_PROTOCOLS_AVAILABLE: "tls-outdated",
      ERR_SSL_DH_KEY_TOO_SMALL: "tls-outdated",
      ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: "tls-outdated",
      ERR_SSL_EE_KEY_TOO_SMALL: "tls-outdated",
      ERR_SSL_CA_MD_TOO_WEAK: "tls-outdated",
      CERT_HAS_EXPIRED: "tls-expired",
      CERT_NOT_YET_VALID: "tls-expired",
      DEPTH_ZERO_SELF_SIGNED_CERT: "tls-self-signed",
      SELF_SIGNED_CERT_IN_CHAIN: "tls-self-signed",
      UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls-self-signed",
      UNABLE_TO_GET_ISSUER_CERT: "tls-self-signed",
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls-incomplete-chain",
      ERR_TLS_CERT_ALTNAME_INVALID: "tls-hostname-mismatch",
      HOSTNAME_MISMATCH: "tls-hostname-mismatch"
    };
    TLS_TRUST_VERDICTS = ["tls-self-signed", "tls-incomplete-chain"];
    INTERCEPTOR_ISSUER = /Avast|AVG|Kaspersky|ESET|Bitdefender|Norton|Symantec Web|McAfee|Sophos|Fortinet|FortiGate|Zscaler|Netskope|Palo Alto|Cisco Umbrella|Blue ?Coat|Trend Micro|WatchGuard|Barracuda|Check Point|Untangle|Forcepoint|Webroot|Mail Shield|Web Shield|SSL Inspection|Deep Packet/i;
    has = (pattern) => (text3) => pattern.test(text3);
    MICROSOFT_BARE_REFUSAL = /\b(?:LOGIN|AUTHENTICATE) failed\b|Logon failure: unknown user name or bad password|\b5\.7\.3 Authentication unsuccessful/i;
    TEXT_RULES = [
      { verdict: "pop3-unsupported", test: has(/POP3? (?:is |are )?not supported|does(?: not|n't) support POP3?\b|POP3? accounts? (?:can ?not|cannot) be (?:connected|synced)/i) },
      { verdict: "cleartext-disallowed", test: has(/plaintext authentication (?:disallowed|is disabled|not allowed)|cleartext (?:authentication|logins?) (?:disallowed|not allowed|disabled)|\[PRIVACYREQUIRED\]|LOGINDISABLED|Login is disabled|Must issue a STARTTLS command first|5\.7\.11 Encryption required|Encryption required for requested authentication/i) },
      { verdict: "imap-disabled", test: has(/not enabled for (?:IMAP|POP3?)(?: use)?|(?:IMAP|POP3?) access (?:is )?(?:disabled|turned off|not enabled)|yet to enable (?:IMAP|POP)|(?:IMAP|POP3?) is (?:disabled|not enabled) for (?:this|your) (?:account|mailbox|domain)/i) },
      { verdict: "app-password-required", test: has(/application[- ]specific password|InvalidSecondFactor|app password (?:is )?required/i) },
      { verdict: "web-login-required", test: has(/log ?in via your web browser|\[WEBALERT|accounts\/answer\/78754|web login required|sign in (?:via|through|using) (?:a|your) (?:web )?browser|\[ALERT\] Please log ?in/i) },
      { verdict: "admin-consent-required", test: has(/AADSTS9009[34]|AADSTS65001|need(?:s)? admin approval|does not have access to consent|admin(?:istrator)? consent (?:is )?required|requires? admin(?:istrator)? approval/i) },
      { verdict: "smtp-auth-disabled", test: has(/SmtpClientAuthentication is disabled|smtp_auth_disabled|5\.7\.57|authentication (?:is )?not enabled|AUTH (?:command )?not (?:available|supported|enabled)/i) },
      // Security defaults and Conditional Access block password sign-ins for the whole tenant:
      // "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security
      // defaults policy" / "..., the request did not meet the criteria to be authenticated
      // successfully" (gophish#3220, Exchange Online SMTP AUTH troubleshooting notes).
      { verdict: "oauth-required", test: has(/basic authentication is (?:disabled|not supported)|5\.7\.30|OAuth ?2?(?:\.0)? (?:is )?required|only OAuth|modern authentication (?:is )?required|security defaults policy|did not meet the criteria to be authenticated/i) },
      { verdict: "too-many-connections", test: has(/too many (?:simultaneous |concurrent )?connections|maximum number of connections|mail_max_userip_connections|\[IN-USE\]|mailbox (?:is )?(?:already )?(?:in use|locked)|already in use by/i) },
      { verdict: "rate-limited", test: has(/\[THROTTLED\]|\[OVERQUOTA\]|rate[- ]limit|too many (?:login|authentication|failed)[^.]*(?:attempts|failures)|exceeded (?:command or bandwidth|the (?:login|rate))|4\.7\.0 Too many|try again (?:in|after) \d+ ?(?:seconds|minutes)|temporarily (?:blocked|locked)/i) },
      { verdict: "server-unavailable", test: has(/\[UNAVAILABLE\]|\[SYS\/TEMP\]|temporary authentication failure|service (?:is )?(?:temporarily )?(?:not |un)available|^4\d\d[ -]|\[SERVERBUG\]|server (?:is )?(?:busy|shutting down)|System error|Temporary System Problem/i) },
      { verdict: "account-problem", test: has(/\[EXPIRED\]|\[CONTACTADMIN\]|\[SYS\/PERM\]|account (?:is |has been )?(?:disabled|suspended|locked|expired|blocked|deactivated|inactive)|password (?:has )?expired|mailbox (?:is )?(?:disabled|inactive|not found)|user account (?:is )?disabled|AADSTS50057|AADSTS50053/i) },
      { verdict: "oauth-required", test: (text3, ctx) => ctx.family === "microsoft" && MICROSOFT_BARE_REFUSAL.test(text3) && !/credentials were incorrect|AADSTS50126/i.test(text3) },
      { verdict: "auth-failed", test: has(/\[AUTHENTICATIONFAILED\]|authentication failed|invalid credentials|-ERR \[AUTH\]|\b535[ -]5\.7\.8|\b5\.7\.8\b|Username and Password not accepted|invalid (?:login|user(?:name)? or password|password or user(?:name)?|password)|credentials were incorrect|unknown user name or bad password|incorrect (?:user(?:name)?|password)|bad password|wrong password|LOGIN failed|AUTHENTICATE failed|Authentication unsuccessful|AADSTS50126|^535\b/i) }
    ];
    PASTED_WORDS = [
      [/self[- ]signed certificate/i, "tls-self-signed"],
      [/unable to get local issuer certificate|unable to get issuer certificate/i, "tls-self-signed"],
      [/unable to verify the first certificate|unable to verify leaf signature/i, "tls-incomplete-chain"],
      [/certificate has expired|certificate is not yet valid/i, "tls-expired"],
      [/does not match certificate'?s? (?:alt ?names|subject)|Hostname\/IP does not match|certificate name mismatch/i, "tls-hostname-mismatch"],
      [/wrong version number|packet length too long/i, "security-mismatch"],
      [/unsupported protocol|tlsv1 alert protocol version|no protocols available/i, "tls-outdated"],
      [/Name or service not known|nodename nor servname|No such host is known/i, "dns-not-found"],
      [/connection refused/i, "connection-refused"],
      [/connection timed out|timed out while connecting|Greeting never received|operation timed out/i, "timeout"],
      [/socket hang up|connection (?:was )?(?:reset|closed unexpectedly)|\[CLOSED\]|connection broken|Unexpected close/i, "connection-closed"]
    ];
  }
});

// src/diagnose/provider-context.ts
function providerContext(query) {
  let found = null;
  try {
    found = identifyProvider({ email: query.email ?? null, host: query.host ?? null, port: query.port ?? null });
  } catch {
    found = null;
  }
  const byGreeting = GREETING_FAMILIES.find(([pattern]) => !!query.greeting && pattern.test(query.greeting));
  if (found) {
    const policy = found.knowledge?.policy ?? null;
    const family = FAMILY_BY_POLICY[found.provider.id] ?? "other";
    if (family === "other" && byGreeting) return { family: byGreeting[1], name: byGreeting[2], policy: null };
    return { family, name: found.provider.name, policy };
  }
  if (byGreeting) return { family: byGreeting[1], name: byGreeting[2], policy: null };
  return { family: null, name: null, policy: null };
}
var FAMILY_BY_POLICY, GREETING_FAMILIES;
var init_provider_context = __esm({
  "src/diagnose/provider-context.ts"() {
    "use strict";
    init_identify();
    FAMILY_BY_POLICY = {
      gmail: "google",
      "google-workspace": "google",
      "microsoft-365": "microsoft",
      "outlook-com": "microsoft",
      yahoo: "yahoo",
      att: "yahoo",
      aol: "aol",
      verizon: "aol",
      icloud: "apple"
    };
    GREETING_FAMILIES = [
      [/Microsoft Exchange|Microsoft ESMTP|outlook\.office365\.com|\.outlook\.com\b/i, "microsoft", "Microsoft 365"],
      [/\bGimap\b|\bgsmtp\b|smtp\.gmail\.com|support\.google\.com\/mail\b/i, "google", "Google"],
      [/yahoo/i, "yahoo", "Yahoo"]
    ];
  }
});

// src/diagnose/explain.ts
var explain_exports = {};
__export(explain_exports, {
  MAX_EXPLAIN_CHARS: () => MAX_EXPLAIN_CHARS,
  explainText: () => explainText
});
function explainText(text3, context = {}) {
  const clipped = text3.slice(0, MAX_EXPLAIN_CHARS);
  const ctx = providerContext({ email: context.email ?? null, host: context.host ?? null, greeting: clipped });
  const verdict = classifyPasted(clipped, ctx);
  const advice = adviceFor(verdict, { ctx, serverText: clipped.trim(), email: context.email ?? null, pasted: true });
  return { verdict, title: advice.title, advice, links: advice.links };
}
var MAX_EXPLAIN_CHARS;
var init_explain = __esm({
  "src/diagnose/explain.ts"() {
    "use strict";
    init_advice();
    init_classify();
    init_provider_context();
    MAX_EXPLAIN_CHARS = 4e3;
  }
});

// src/providers/provider-terms.ts
function providerTerms(policyId) {
  return (policyId ? TERMS[policyId] : void 0) ?? NONE;
}
var VERIFIED, TERMS, NONE;
var init_provider_terms = __esm({
  "src/providers/provider-terms.ts"() {
    "use strict";
    VERIFIED = "2026-11-30";
    TERMS = {
      // support.google.com/accounts/answer/185833: "App passwords", need "2-Step Verification";
      // the 16-character code is shown in four groups of four.
      gmail: {
        password: "app-password",
        secondFactor: "2-step-verification",
        format: "four-groups-of-four",
        source: "https://support.google.com/accounts/answer/185833",
        verified: VERIFIED
      },
      // As Gmail; the Workspace admin can switch IMAP and app passwords off for everyone
      // (support.google.com/a/answer/105694 "Turn POP and IMAP on and off for users").
      "google-workspace": {
        password: "app-password",
        secondFactor: "2-step-verification",
        format: "four-groups-of-four",
        imapControl: "admin",
        source: "https://support.google.com/a/answer/105694",
        verified: VERIFIED
      },
      // learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent: work accounts
      // often need an administrator's consent before an app may read mail; IMAP per mailbox is the
      // admin's switch too (learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/enable-or-disable-pop3-or-imap4-access).
      "microsoft-365": {
        password: null,
        secondFactor: null,
        format: null,
        imapControl: "admin",
        source: "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent",
        verified: VERIFIED
      },
      // support.apple.com/en-us/102654: "app-specific passwords", need "two-factor authentication";
      // Apple shows them as four groups of four letters joined by hyphens (xxxx-xxxx-xxxx-xxxx).
      icloud: {
        password: "app-specific-password",
        secondFactor: "two-factor-authentication",
        format: "hyphen-groups-of-four",
        source: "https://support.apple.com/en-us/102654",
        verified: VERIFIED
      },
      // help.yahoo.com/kb/SLN15241.html "Generate and manage 3rd-party app passwords".
      yahoo: { password: "app-password", secondFactor: null, format: "sixteen-letters", source: "https://help.yahoo.com/kb/SLN15241.html", verified: VERIFIED },
      att: { password: "app-password", secondFactor: null, format: null, source: "https://www.att.com/support/article/email-support/KM1240308/", verified: VERIFIED },
      // help.aol.com "Generate and manage third-party app passwords" (Yahoo's system).
      aol: { password: "app-password", secondFactor: null, format: "sixteen-letters", source: "https://help.aol.com/articles/Create-and-manage-app-password", verified: VERIFIED },
      verizon: { password: "app-password", secondFactor: null, format: "sixteen-letters", source: "https://help.aol.com/articles/Create-and-manage-app-password", verified: VERIFIED },
      // www.telekom.de/hilfe/.../passwort-verwalten: the separate "E-Mail-Passwort".
      "t-online": {
        password: "email-password",
        secondFactor: null,
        format: null,
        source: "https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten",
        verified: VERIFIED
      },
      // proton.me/support/protonmail-bridge-faq: "use your Bridge password".
      proton: { password: "bridge-password", secondFactor: null, format: null, source: "https://proton.me/support/protonmail-bridge-faq", verified: VERIFIED },
      // QQ and NetEase call it 授权码, "authorization code" (sources in policies-regional.ts).
      qq: { password: "authorization-code", secondFactor: null, format: "sixteen-letters", source: "https://mail.qq.com/", verified: VERIFIED },
      "163": { password: "authorization-code", secondFactor: null, format: null, source: "https://mail.163.com/", verified: VERIFIED },
      // Naver asks for 2-step verification before an application-specific password.
      naver: { password: "app-password", secondFactor: "two-step-verification", format: null, source: "https://nid.naver.com/user2/help/2StepVerif?m=viewManageSettings", verified: VERIFIED }
    };
    NONE = { password: null, secondFactor: null, format: null, source: "", verified: VERIFIED };
  }
});

// src/guidance/consent-request.ts
function consentRequestFrom(text3) {
  if (!text3) return null;
  const code = CODE.exec(text3);
  const named = NAMED.exec(text3);
  const needs = NEEDS_PERMISSION.exec(text3);
  const withId = WITH_ID.exec(text3)?.[1] ?? APP_ID_LABEL.exec(text3)?.[1] ?? null;
  const appId = withId && GUID.test(withId) ? withId : null;
  const appName = named?.[1]?.trim() ?? needs?.[1]?.trim() ?? null;
  if (!code && !appName && !appId) return null;
  return { code: code ? `AADSTS${code[1]}` : null, appName: appName || null, appId: appId ? appId.toLowerCase() : null };
}
var GUID, CODE, WITH_ID, NAMED, NEEDS_PERMISSION, APP_ID_LABEL;
var init_consent_request = __esm({
  "src/guidance/consent-request.ts"() {
    "use strict";
    GUID = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;
    CODE = /\bAADSTS(65001|65004|90093|90094)\b/i;
    WITH_ID = /with ID\s+'([0-9a-f-]{36})'/i;
    NAMED = /with ID\s+'[^']{1,80}'\s+named\s+'([^']{1,120})'/i;
    NEEDS_PERMISSION = /AADSTS9009[34]:\s*(.{1,120}?)\s+(?:needs permission|is requesting one or more permissions)/i;
    APP_ID_LABEL = /\b(?:client[_ ]?id|app(?:lication)?[ _]?id)\s*[:=]\s*'?([0-9a-f-]{36})/i;
  }
});

// src/guidance/guidance.ts
function bestServer(servers, protocol) {
  const rank = (s) => s.security === "tls" ? 0 : s.security === "starttls" ? 1 : 2;
  return [...servers].filter((s) => s.protocol === protocol && s.host).sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
function crmServers(email, account, lookup) {
  const found = lookup ? { imap: bestServer(lookup.incoming, "imap"), smtp: bestServer(lookup.outgoing, "smtp") } : { imap: null, smtp: null };
  const ownSmtp = account?.outgoing?.protocol === "smtp" && account.outgoing.host ? account.outgoing : null;
  if (account?.incoming.protocol === "imap") return { incoming: account.incoming, outgoing: ownSmtp ?? found.smtp };
  if (!found.imap) return { incoming: null, outgoing: ownSmtp ?? found.smtp };
  const username = account?.incoming.username ?? found.imap.username ?? email;
  return { incoming: { ...found.imap, username }, outgoing: ownSmtp ?? (found.smtp ? { ...found.smtp, username: found.smtp.username ?? email } : null) };
}
function crmFields(email, servers) {
  const { incoming, outgoing } = servers;
  if (!incoming) return [];
  const username = incoming.username ?? email;
  const fields = [
    { key: "email", value: email, sensitive: true },
    { key: "imapHost", value: incoming.host, sensitive: false },
    { key: "imapPort", value: incoming.port, sensitive: false },
    { key: "imapSsl", value: incoming.security, sensitive: false },
    { key: "username", value: username, sensitive: true }
  ];
  if (outgoing) {
    fields.push(
      { key: "smtpHost", value: outgoing.host, sensitive: false },
      { key: "smtpPort", value: outgoing.port, sensitive: false },
      { key: "smtpSsl", value: outgoing.security, sensitive: false }
    );
    if (outgoing.username && outgoing.username !== username) fields.push({ key: "smtpUsername", value: outgoing.username, sensitive: true });
  }
  return fields;
}
function signInFor(ctx, exchange) {
  if (ctx.family === "google") return "google";
  if (ctx.family === "microsoft" || exchange) return "microsoft";
  return null;
}
function isExchange(ctx, account, lookup) {
  if (ctx.family === "microsoft") return false;
  if (account && EXCHANGE_PROTOCOLS.has(account.incoming.protocol)) return true;
  const found = lookup?.incoming ?? [];
  return found.some((s) => EXCHANGE_PROTOCOLS.has(s.protocol)) && !found.some((s) => s.protocol === "imap");
}
function domainOf(email) {
  return email?.split("@")[1]?.toLowerCase() ?? "";
}
function imapAccess(ctx, servers, lookup, exchange) {
  const policy = ctx.policy;
  if (policy && !policy.offersImap) return "no";
  if (!policy && lookup?.offersImap === false) return "no";
  if (exchange) return "admin";
  if (providerTerms(policy?.id).imapControl === "admin") return "admin";
  if (policy?.enableImapUrl) return "after-enabling";
  if (policy || servers.incoming) return "yes";
  return "unknown";
}
function step(code, params) {
  return params ? { code, params } : { code };
}
function link(code, url) {
  return url && isAllowedHelpUrl(url) ? { code, url } : null;
}
function passwordSteps(password, secondFactor) {
  switch (password) {
    case "app-password":
      return [...secondFactor ? [step("turn-on-second-factor")] : [], step("make-app-password")];
    case "separate-password":
      return [step("make-separate-password")];
    case "bridge":
      return [step("use-bridge-password")];
    case "normal":
    case null:
      return [step("use-normal-password")];
    case "oauth-only":
      return [];
  }
}
function guidanceFor(input) {
  const account = input.account ?? null;
  const lookup = input.lookup ?? null;
  const email = input.email ?? account?.email ?? lookup?.email ?? null;
  const host = account?.incoming.host ?? lookup?.incoming.find((s) => s.host)?.host ?? null;
  const ctx = providerContext({ email, host, port: account?.incoming.port ?? null });
  const policy = ctx.policy;
  const terms = providerTerms(policy?.id);
  const exchange = isExchange(ctx, account, lookup);
  const servers = crmServers(email, account, lookup);
  const fields = crmFields(email, servers);
  const verdict = input.verdict ?? null;
  let imap = imapAccess(ctx, servers, lookup, exchange);
  let password = policy ? PASSWORD_FOR_POLICY[policy.password] : null;
  let signIn = signInFor(ctx, exchange);
  const consent = consentRequestFrom(input.errorText);
  if (verdict === "app-password-required" && (password === null || password === "normal")) password = "app-password";
  if (verdict === "oauth-required" || verdict === "admin-consent-required") {
    password = "oauth-only";
    signIn ??= "microsoft";
  }
  if (verdict === "web-login-required") signIn ??= ctx.family === "google" ? "google" : null;
  if (verdict === "imap-disabled" && (imap === "yes" || imap === "unknown")) imap = "after-enabling";
  const crmName = input.crmName?.trim() || null;
  const blockers = [];
  const links = [];
  const messages = [];
  const notes = [];
  const addLink = (l) => {
    if (l && !links.some((x) => x.code === l.code)) links.push(l);
  };
  const block = (code, steps2, params) => blockers.push(params ? { code, steps: steps2, params } : { code, steps: steps2 });
  const providerName = ctx.name ?? "";
  if (verdict === "offline" || !account && !servers.incoming && !exchange && imap !== "no" && input.offline) {
    block("offline", [step("check-internet"), step("type-settings-yourself")]);
  } else if (!account && !servers.incoming && !exchange && imap !== "no" && lookup?.source === "none") {
    block("no-settings", [step("ask-provider-settings"), step("type-settings-yourself")], { domain: domainOf(email) });
  }
  if (account?.incoming.protocol === "pop3" || verdict === "pop3-unsupported" && account?.incoming.protocol !== "imap") {
    block("pop3-account", [step("move-pop3-to-imap")], { leaveOnServer: String(account?.pop3?.leaveOnServer ?? false) });
  }
  if (imap === "no") {
    const popOnly = lookup?.incoming.some((s) => s.protocol === "pop3") || account?.incoming.protocol === "pop3";
    block(popOnly ? "pop3-only-provider" : "no-imap-service", [step("no-imap-other-mailbox")], { provider: providerName });
  }
  if (exchange) {
    const server4 = lookup?.incoming.find((s) => EXCHANGE_PROTOCOLS.has(s.protocol));
    const params = { domain: domainOf(email) };
    const where = server4?.url ?? server4?.host ?? account?.incoming.url ?? account?.incoming.host;
    if (where) params.server = where;
    block("exchange", [step("ask-it-exchange"), step("sign-in-microsoft")], params);
    messages.push({ code: "exchange-it", params: { ...params, email: email ?? "" } });
  }
  if (imap === "after-enabling") {
    block("imap-switched-off", [step("enable-imap", { provider: providerName })], { provider: providerName });
    addLink(link("enable-imap", policy?.enableImapUrl));
  }
  const adminApproval = ctx.family === "microsoft" && terms.imapControl === "admin" || consent !== null || verdict === "admin-consent-required";
  if (imap === "admin" && !exchange && !adminApproval) {
    block("imap-switched-off", [step("ask-admin-enable-imap", { provider: providerName })], { provider: providerName, by: "admin" });
  }
  if (adminApproval) {
    const params = {};
    const appName = consent?.appName ?? crmName;
    if (appName) params.appName = appName;
    if (consent?.appId) params.appId = consent.appId;
    if (consent?.code) params.code = consent.code;
    block("admin-approval", [step("ask-admin-consent")], params);
    messages.push({ code: "admin-consent", params: { ...params, email: email ?? "", domain: domainOf(email) } });
    addLink({ code: "admin-consent", url: HELP_LINKS.microsoftAdminConsent.url });
    addLink({ code: "user-consent", url: USER_CONSENT_URL });
  }
  const plain = [servers.incoming, servers.outgoing].filter((s) => s?.security === "none").map((s) => s.protocol);
  if (verdict === "cleartext-disallowed" && plain.length === 0) plain.push("imap");
  if (plain.length > 0) block("unencrypted", [step("use-encrypted-connection")], { protocols: plain.join(",") });
  if (password === "bridge") block("bridge-local", [step("no-imap-other-mailbox")], { provider: providerName });
  if (account && (account.incoming.auth === "oauth2" || account.outgoing?.auth === "oauth2")) notes.push("account-uses-oauth");
  if (policy?.usernameForm === "local-part") notes.push("username-local-part");
  if (policy?.usernameForm === "either") notes.push("username-either");
  if (password === "oauth-only") notes.push("smtp-oauth-too");
  const usable = fields.length > 0 && imap !== "no" && password !== "bridge" && !blockers.some((b) => b.code === "pop3-account" && !servers.incoming);
  const fieldsUse = !usable ? "none" : password === "oauth-only" ? "with-sign-in" : "copy";
  if (password === "app-password" || password === "separate-password") addLink(link("app-password", policy?.appPasswordUrl));
  if (password === "bridge") addLink(link("bridge", policy?.appPasswordUrl));
  const steps = [];
  const add2 = (s) => {
    if (!steps.some((x) => x.code === s.code)) steps.push(s);
  };
  if (signIn && !exchange) add2(step(signIn === "google" ? "sign-in-google" : "sign-in-microsoft"));
  for (const b of blockers) b.steps.forEach(add2);
  if (fieldsUse === "copy") {
    const pw = passwordSteps(password, terms.secondFactor !== null);
    if (signIn && !exchange && pw[0]) pw[0] = { ...pw[0], params: { ...pw[0].params, otherwise: "true" } };
    pw.forEach(add2);
    add2(step("copy-fields"));
    add2(step("test-login"));
  }
  return {
    email,
    provider: lookup?.provider ?? account?.provider ?? (ctx.name && policy ? { id: policy.id, name: policy.name } : null),
    imap,
    password,
    signIn,
    terms: { password: terms.password, secondFactor: terms.secondFactor, format: terms.format },
    fields,
    fieldsUse,
    blockers,
    steps,
    links,
    messages,
    notes,
    source: account ? "account" : lookup?.source ?? "none",
    verdict,
    primaryAction: signIn || blockers.length > 0 || password !== null && password !== "normal" ? "connect-wizard" : "test-login"
  };
}
var PASSWORD_FOR_POLICY, EXCHANGE_PROTOCOLS, USER_CONSENT_URL;
var init_guidance = __esm({
  "src/guidance/guidance.ts"() {
    "use strict";
    init_help_links();
    init_provider_context();
    init_provider_terms();
    init_consent_request();
    PASSWORD_FOR_POLICY = {
      normal: "normal",
      "app-password": "app-password",
      "mail-password": "separate-password",
      bridge: "bridge",
      "oauth-only": "oauth-only"
    };
    EXCHANGE_PROTOCOLS = /* @__PURE__ */ new Set(["exchange", "ews", "graph"]);
    USER_CONSENT_URL = "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/configure-user-consent";
  }
});

// src/guidance/answer-guidance.ts
var answer_guidance_exports = {};
__export(answer_guidance_exports, {
  answerGuidance: () => answerGuidance
});
function complete(account) {
  return account.incoming.protocol === "imap" && account.outgoing?.protocol === "smtp" && !!account.outgoing.host;
}
async function answerGuidance(query, sources) {
  const offline = query.offline ?? false;
  const account = query.accountId ? await sources.findAccount(query.accountId) : null;
  let lookup = null;
  if (account && !complete(account)) {
    lookup = account.incoming.protocol === "imap" && account.email ? await sources.lookup(account.email, offline) : await sources.imapForAccount(account, offline);
  } else if (!account && query.email) {
    lookup = await sources.lookup(query.email, offline);
  }
  const nothingAnswered = !offline && lookup?.source === "none" && !await sources.internetAnswers();
  const email = account?.email ?? query.email ?? null;
  const verdict = query.verdict ?? (query.errorText ? explainText(query.errorText, email ? { email } : {}).verdict : null);
  return guidanceFor({
    email,
    verdict: verdict === "unknown" ? null : verdict,
    account,
    lookup,
    offline: nothingAnswered,
    errorText: query.errorText ?? null,
    crmName: query.crmName ?? null
  });
}
var init_answer_guidance = __esm({
  "src/guidance/answer-guidance.ts"() {
    "use strict";
    init_explain();
    init_guidance();
  }
});

// src/net/deadline.ts
var DEFAULT_TIMEOUT_MS, Deadline;
var init_deadline = __esm({
  "src/net/deadline.ts"() {
    "use strict";
    init_probe_error();
    DEFAULT_TIMEOUT_MS = 15e3;
    Deadline = class {
      constructor(ms) {
        this.ms = ms;
        this.endsAt = Date.now() + ms;
        let fire;
        this.expiry = new Promise((_, reject) => fire = reject);
        this.expiry.catch(() => void 0);
        this.timer = setTimeout(() => {
          this.expired = true;
          for (const cleanup of this.onExpire) cleanup();
          fire(new ProbeError(NET_CODES.timeout, `no answer within ${ms} ms`));
        }, ms);
      }
      ms;
      endsAt;
      timer;
      expiry;
      onExpire = [];
      /** True once the limit was reached (a socket closed by the timeout is a timeout, not a hang-up). */
      expired = false;
      remaining() {
        return Math.max(0, this.endsAt - Date.now());
      }
      /** Runs `cleanup` (close sockets) when time is up, or when the test ends. */
      onTimeout(cleanup) {
        this.onExpire.push(cleanup);
      }
      race(work) {
        return Promise.race([work, this.expiry]);
      }
      /** Ends the test: stops the timer and closes every socket still open (after a failure too). */
      finish() {
        clearTimeout(this.timer);
        for (const cleanup of this.onExpire.splice(0)) {
          try {
            cleanup();
          } catch {
          }
        }
      }
    };
  }
});

// src/net/connect.ts
import dns2 from "node:dns/promises";
import net2 from "node:net";
async function resolveHost(host, deadline, resolve = async (h) => (await dns2.lookup(h)).address) {
  if (net2.isIP(host)) return { address: host, looked: false };
  try {
    return { address: await deadline.race(resolve(host)), looked: true };
  } catch (error) {
    const e = error;
    throw e instanceof ProbeError ? e : new ProbeError(e.code ?? "ENOTFOUND", e.message);
  }
}
async function connectTcp(address, port2, deadline) {
  const socket = net2.connect({ host: address, port: port2 });
  deadline.onTimeout(() => socket.destroy());
  await deadline.race(
    new Promise((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("error", (e) => reject(new ProbeError(e.code ?? "ECONNRESET", e.message)));
    })
  );
  return socket;
}
var init_connect = __esm({
  "src/net/connect.ts"() {
    "use strict";
    init_probe_error();
  }
});

// src/probe/traced-connect.ts
async function tracedResolve(ctx) {
  const { req, trace, deadline } = ctx;
  trace.begin("dns");
  const { address, looked } = await resolveHost(req.host, deadline, ctx.resolve);
  trace.pass(looked ? `${req.host} -> ${address}` : `${req.host} (address, no lookup needed)`);
  return address;
}
async function tracedConnect(ctx, address) {
  ctx.trace.begin("connect");
  const socket = await connectTcp(address, ctx.req.port, ctx.deadline);
  ctx.trace.pass(`connected to ${address}:${ctx.req.port}`);
  return socket;
}
var init_traced_connect = __esm({
  "src/probe/traced-connect.ts"() {
    "use strict";
    init_connect();
  }
});

// src/probe/probe-context.ts
function greetingPatience(ctx) {
  return Math.min(5e3, Math.floor(ctx.deadline.remaining() / 2));
}
var init_probe_context = __esm({
  "src/probe/probe-context.ts"() {
    "use strict";
  }
});

// src/net/tls-check.ts
import net3 from "node:net";
import tls3 from "node:tls";
function names(cert) {
  const alt = cert.subjectaltname;
  if (!alt) return cert.subject?.CN ? [String(cert.subject.CN)] : [];
  return alt.split(/,\s*/).map((n) => n.replace(/^(DNS|IP Address):/, ""));
}
function dn(part) {
  if (!part) return null;
  const fields = Object.entries(part).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : v}`);
  return fields.length ? fields.join(", ") : null;
}
function issuerChain(socket) {
  const seen = [];
  let cert = socket.getPeerCertificate(true);
  for (let i = 0; cert && Object.keys(cert).length && i < 6; i++) {
    const issuer = dn(cert.issuer);
    if (issuer) seen.push(issuer);
    if (!cert.issuerCertificate || cert.issuerCertificate === cert) break;
    cert = cert.issuerCertificate;
  }
  return seen.join(" | ");
}
function tlsDetails(socket, authorized, authorizationError) {
  const cert = socket.getPeerCertificate();
  const has2 = cert && Object.keys(cert).length > 0;
  const details = {
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? null,
    subject: has2 ? dn(cert.subject) : null,
    issuer: has2 ? dn(cert.issuer) : null,
    names: has2 ? names(cert) : [],
    validFrom: has2 ? new Date(cert.valid_from).toISOString() : null,
    validTo: has2 ? new Date(cert.valid_to).toISOString() : null,
    fingerprint256: has2 ? cert.fingerprint256 : null,
    authorized
  };
  if (authorizationError) details.authorizationError = authorizationError;
  return details;
}
function startTls(socket, target) {
  const isIp = net3.isIP(target.servername) !== 0;
  const secure = tls3.connect({
    socket,
    host: target.servername,
    servername: isIp ? void 0 : target.servername,
    ca: trustedRootsWith(target.ca),
    // Verified below, before any protocol byte: see the file comment.
    rejectUnauthorized: false,
    minVersion: "TLSv1.2"
  });
  const verified = new Promise((resolve, reject) => {
    const onError = (error) => {
      reject(new ProbeError(error.code ?? "TLS_FAILED", error.message));
    };
    secure.on("error", () => void 0);
    secure.once("error", onError);
    secure.once("secureConnect", () => {
      secure.removeListener("error", onError);
      let code = secure.authorized ? void 0 : String(secure.authorizationError ?? "UNTRUSTED");
      if (!code) {
        const identity = tls3.checkServerIdentity(target.servername, secure.getPeerCertificate());
        if (identity) code = identity.code ?? "ERR_TLS_CERT_ALTNAME_INVALID";
      }
      const details = tlsDetails(secure, !code, code);
      if (code) {
        const refused = new ProbeError(code, `certificate refused: ${code}`, null, details, issuerChain(secure));
        secure.destroy(refused);
        reject(refused);
        return;
      }
      resolve(details);
    });
  });
  verified.catch(() => void 0);
  return { socket: secure, verified };
}
function speaksTls(host, port2, timeoutMs) {
  return new Promise((resolve) => {
    const raw = net3.connect({ host, port: port2 });
    const probe = tls3.connect({ socket: raw, rejectUnauthorized: false, servername: void 0 });
    const done = (answer) => {
      clearTimeout(timer);
      probe.destroy();
      raw.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), Math.max(1, timeoutMs));
    probe.once("secureConnect", () => done(true));
    probe.once("error", (error) => done(/alert|handshake/i.test(error.message) && !/wrong version/i.test(error.message)));
  });
}
var init_tls_check = __esm({
  "src/net/tls-check.ts"() {
    "use strict";
    init_probe_error();
    init_trusted_roots();
  }
});

// src/probe/open-session.ts
function otherService(line, expected) {
  for (const [name, pattern] of Object.entries(GREETINGS)) {
    if (name !== expected && pattern.test(line)) return name.toUpperCase();
  }
  return null;
}
async function openSession(ctx, protocol) {
  const { req, trace, deadline } = ctx;
  const address = await tracedResolve(ctx);
  let socket = await tracedConnect(ctx, address);
  if (req.security === "tls") {
    trace.begin("tls");
    const started = startTls(socket, { servername: req.host, ca: req.ca });
    deadline.onTimeout(() => started.socket.destroy());
    ctx.tls = await deadline.race(started.verified);
    trace.pass(`${ctx.tls.protocol ?? "TLS"} ${ctx.tls.cipher ?? ""}`.trim());
    socket = started.socket;
  }
  const client = new LineClient(socket, deadline);
  trace.begin("greeting");
  let greeting;
  if (req.security === "tls") {
    greeting = await client.line();
  } else {
    const patience = greetingPatience(ctx);
    let timer;
    const late = new Promise((resolve) => timer = setTimeout(() => resolve(null), patience));
    const first = await deadline.race(Promise.race([client.line(), late]));
    clearTimeout(timer);
    if (first === null) {
      if (await deadline.race(speaksTls(address, req.port, deadline.remaining()))) {
        throw new ProbeError(PROBE_CODES.securityMismatch, "the port expects TLS from the first byte (SSL/TLS), not a plain connection");
      }
      throw new ProbeError(PROBE_CODES.timeout, `no greeting within ${patience} ms`);
    }
    greeting = first;
  }
  if (!GREETINGS[protocol].test(greeting)) {
    ctx.greeting = greeting;
    ctx.serverText = greeting;
    const other = otherService(greeting, protocol);
    throw new ProbeError(PROBE_CODES.wrongService, other ? `a ${other} server answers on this port` : "not a mail server greeting", greeting);
  }
  const lines = [greeting];
  while (protocol === "smtp" && /^\d{3}-/.test(lines.at(-1)) && lines.length < 50) lines.push(await client.line());
  ctx.greeting = lines.join("\n");
  ctx.serverText = ctx.greeting;
  trace.pass(ctx.greeting);
  return { client, address };
}
async function upgradeSession(ctx, session2) {
  if (session2.client.pending()) {
    throw new ProbeError(PROBE_CODES.closed, "the server sent data before the TLS handshake (possible injection)");
  }
  const plain = session2.client.release();
  const started = startTls(plain, { servername: ctx.req.host, ca: ctx.req.ca });
  ctx.deadline.onTimeout(() => started.socket.destroy());
  ctx.tls = await ctx.deadline.race(started.verified);
  session2.client.use(started.socket);
}
var GREETINGS;
var init_open_session = __esm({
  "src/probe/open-session.ts"() {
    "use strict";
    init_probe_codes();
    init_line_client();
    init_traced_connect();
    init_probe_error();
    init_probe_context();
    init_tls_check();
    GREETINGS = {
      imap: /^\* (OK|PREAUTH|BYE)\b/i,
      pop3: /^[+-](OK|ERR)\b/i,
      smtp: /^(220|554|421)[ -]?/
    };
  }
});

// src/probe/imap.ts
import net4 from "node:net";
import { ImapFlow } from "imapflow";
function firstChunk(socket, patience) {
  return new Promise((resolve) => {
    let timer;
    const onData = (chunk) => {
      clearTimeout(timer);
      socket.removeListener("data", onData);
      socket.pause();
      resolve(chunk);
    };
    socket.on("data", onData);
    if (patience !== null) {
      timer = setTimeout(() => {
        socket.removeListener("data", onData);
        socket.pause();
        resolve(null);
      }, patience);
    }
  });
}
function probeTransport(ctx, address) {
  const { req, trace } = ctx;
  const secureFromStart = req.security === "tls";
  const opening = async (raw, socket, verified, onConnect) => {
    trace.begin("connect");
    await new Promise((resolve, reject) => {
      raw.once("connect", () => resolve());
      raw.once("error", reject);
    });
    trace.pass(`connected to ${address}:${req.port}`);
    if (verified) {
      trace.begin("tls");
      await verified;
      trace.pass(`${ctx.tls?.protocol ?? "TLS"} ${ctx.tls?.cipher ?? ""}`.trim());
    }
    trace.begin("greeting");
    const chunk = await firstChunk(socket, secureFromStart ? null : greetingPatience(ctx));
    if (!chunk) {
      const mismatch = await speaksTls(address, req.port, ctx.deadline.remaining());
      throw mismatch ? new ProbeError(PROBE_CODES.securityMismatch, "the port expects TLS from the first byte (SSL/TLS), not a plain connection") : new ProbeError(PROBE_CODES.timeout, "no greeting from the server");
    }
    const line = chunk.toString("utf8").split(/\r?\n/)[0] ?? "";
    ctx.greeting = line;
    ctx.serverText = line;
    if (!GREETINGS.imap.test(line)) {
      const other = otherService(line, "imap");
      throw new ProbeError(PROBE_CODES.wrongService, other ? `a ${other} server answers on this port` : "not an IMAP greeting", line);
    }
    trace.pass(line);
    trace.begin("capabilities", /\[CAPABILITY ([^\]]*)\]/i.exec(line)?.[1]?.slice(0, 400) ?? "");
    socket.unshift(chunk);
    onConnect();
  };
  return {
    connect(_options, onConnect) {
      const raw = net4.connect({ host: address, port: req.port });
      let socket = raw;
      let verified = null;
      if (secureFromStart) {
        const started = startTls(raw, { servername: req.host, ca: req.ca });
        socket = started.socket;
        verified = started.verified.then((details) => ctx.tls = details);
        verified.catch(() => void 0);
        raw.on("error", (e) => {
          if (!socket.destroyed) socket.destroy(e);
        });
      }
      ctx.deadline.onTimeout(() => socket.destroy());
      opening(raw, socket, verified, onConnect).catch((error) => {
        if (!socket.destroyed) socket.destroy(error);
      });
      return socket;
    },
    upgrade(plain, _options, onSecure) {
      const started = startTls(plain, { servername: req.host, ca: req.ca });
      ctx.deadline.onTimeout(() => started.socket.destroy());
      started.verified.then((details) => {
        ctx.tls = details;
        trace.note(`${details.protocol ?? "TLS"} ${details.cipher ?? ""}`.trim());
        onSecure();
      }, () => void 0);
      return started.socket;
    }
  };
}
function stripTag(text3) {
  return text3.replace(/^[A-Za-z0-9.]+ (?=(?:NO|BAD|OK|BYE)\b)/, "").trim();
}
function stageLogger(ctx) {
  const onEntry = (entry) => {
    if (!entry || typeof entry !== "object") return;
    const { src, msg } = entry;
    if (typeof msg !== "string") return;
    if (src === "c") {
      const command3 = (msg.split(" ")[1] ?? "").toUpperCase();
      if (command3 === "STARTTLS") ctx.trace.begin("starttls");
      else if (command3 === "LOGIN" || command3 === "AUTHENTICATE") ctx.trace.begin("auth");
      else if (command3 === "EXAMINE" || command3 === "SELECT") ctx.trace.begin("mailbox");
      else if (command3 === "LOGOUT") ctx.trace.begin("logout");
    } else if (src === "s") {
      if (/^\* CAPABILITY /i.test(msg) && ctx.trace.current === "capabilities") ctx.trace.note(msg.slice(13, 400));
      if (!msg.startsWith("* ")) ctx.serverText = stripTag(msg);
    }
  };
  const log = (entry) => onEntry(entry);
  return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
}
function asProbeError(ctx, error) {
  if (error instanceof ProbeError) return error;
  const e = error;
  const message = e?.message ?? String(error);
  if (/does not support STARTTLS|STARTTLS is not possible|transport can not start TLS/i.test(message)) {
    ctx.trace.begin("starttls");
    return new ProbeError(PROBE_CODES.starttlsUnavailable, message, ctx.serverText);
  }
  if (/Login is disabled/i.test(message)) {
    ctx.trace.begin("auth");
    return new ProbeError(PROBE_CODES.loginDisabled, "the server disables LOGIN on this connection (LOGINDISABLED)", "LOGINDISABLED");
  }
  const response = typeof e.response === "string" && e.response ? stripTag(e.response) : null;
  if (response || e.authenticationFailed) return new ProbeError("AUTH_REFUSED", message, response ?? ctx.serverText);
  if (e.code === "NoConnection" || /Connection not available|closed/i.test(message)) {
    return new ProbeError(PROBE_CODES.closed, message, ctx.serverText);
  }
  return new ProbeError(e.code ?? "IMAP_FAILED", message, ctx.serverText);
}
async function probeImap(ctx) {
  const { req, trace, deadline } = ctx;
  const address = await tracedResolve(ctx);
  const spare = deadline.ms + 5e3;
  const client = new ImapFlow({
    host: req.host,
    port: req.port,
    secure: req.security === "tls",
    doSTARTTLS: req.security === "starttls",
    auth: { user: req.username, pass: req.password },
    transport: probeTransport(ctx, address),
    logger: stageLogger(ctx),
    logRaw: false,
    emitLogs: false,
    connectionTimeout: spare,
    greetingTimeout: spare,
    socketTimeout: spare,
    disableAutoIdle: true,
    disableCompression: true,
    disableAutoEnable: true,
    // RFC 2971 ID: the app's own name and version only. imapflow fills in its own vendor and
    // support-url otherwise (ImapFlow constructor, dist/esm/imap-flow.js); an empty value is
    // left out of the command (commands/id.js drops falsy values).
    clientInfo: { name: APP_NAME, version: appVersion(), vendor: "", "support-url": "" }
  });
  client.on("error", () => void 0);
  deadline.onTimeout(() => client.close());
  try {
    try {
      await deadline.race(client.connect());
    } catch (error) {
      throw asProbeError(ctx, error);
    }
    trace.note("logged in");
    trace.begin("mailbox");
    let exists2 = 0;
    try {
      const mailbox = await deadline.race(client.mailboxOpen("INBOX", { readOnly: true }));
      exists2 = mailbox.exists;
      ctx.messages = exists2;
    } catch (error) {
      throw asProbeError(ctx, error);
    }
    trace.pass(`INBOX holds ${exists2} message${exists2 === 1 ? "" : "s"}`);
    trace.begin("logout");
    try {
      await deadline.race(client.logout());
    } catch (error) {
      throw asProbeError(ctx, error);
    }
    trace.pass("logged out");
  } finally {
    client.close();
  }
}
var init_imap = __esm({
  "src/probe/imap.ts"() {
    "use strict";
    init_probe_codes();
    init_probe_error();
    init_traced_connect();
    init_probe_context();
    init_open_session();
    init_tls_check();
    init_app_identity();
  }
});

// src/probe/pop3.ts
async function command(ctx, session2, text3) {
  session2.client.send(text3);
  const reply = await session2.client.line();
  ctx.serverText = reply;
  return reply;
}
async function capa(ctx, session2) {
  const reply = await command(ctx, session2, "CAPA");
  if (!reply.startsWith("+OK")) return [];
  return session2.client.pop3Lines();
}
async function probePop3(ctx) {
  const { req, trace } = ctx;
  const session2 = await openSession(ctx, "pop3");
  trace.begin("capabilities");
  let caps = await capa(ctx, session2);
  trace.pass(caps.length ? caps.join(", ") : "no CAPA (old server)");
  if (req.security === "starttls") {
    trace.begin("starttls");
    if (caps.length && !caps.some((c) => /^STLS\b/i.test(c))) {
      throw new ProbeError(PROBE_CODES.starttlsUnavailable, "the server does not offer STLS", caps.join(", "));
    }
    const reply2 = await command(ctx, session2, "STLS");
    if (!reply2.startsWith("+OK")) throw new ProbeError(PROBE_CODES.starttlsUnavailable, "STLS refused", reply2);
    await upgradeSession(ctx, session2);
    caps = await capa(ctx, session2);
    trace.pass(`${ctx.tls?.protocol ?? "TLS"} ${ctx.tls?.cipher ?? ""}`.trim());
  }
  trace.begin("auth");
  const useSasl = caps.length > 0 && !caps.some((c) => /^USER\b/i.test(c)) && caps.some((c) => /^SASL\b.*\bPLAIN\b/i.test(c));
  let reply;
  if (useSasl) {
    const blob = Buffer.from(`\0${req.username}\0${req.password}`, "utf8").toString("base64");
    reply = await command(ctx, session2, `AUTH PLAIN ${blob}`);
  } else {
    reply = await command(ctx, session2, `USER ${req.username}`);
    if (reply.startsWith("+OK")) reply = await command(ctx, session2, `PASS ${req.password}`);
  }
  if (!reply.startsWith("+OK")) throw new ProbeError("AUTH_REFUSED", "the server refused the login", reply);
  trace.pass(reply);
  trace.begin("mailbox");
  const stat = await command(ctx, session2, "STAT");
  if (!stat.startsWith("+OK")) throw new ProbeError("STAT_REFUSED", "the server refused STAT", stat);
  const [, count = "0", size = "0"] = stat.split(" ");
  const messages = Number.parseInt(count, 10);
  if (Number.isSafeInteger(messages) && messages >= 0) ctx.messages = messages;
  trace.pass(`${count} message${count === "1" ? "" : "s"} on the server (${size} bytes)`);
  trace.begin("logout");
  const bye = await command(ctx, session2, "QUIT");
  trace.pass(bye);
  session2.client.socket.end();
}
var init_pop3 = __esm({
  "src/probe/pop3.ts"() {
    "use strict";
    init_probe_codes();
    init_probe_error();
    init_open_session();
  }
});

// src/probe/smtp.ts
async function command2(ctx, session2, text3) {
  session2.client.send(text3);
  const reply = await session2.client.smtpReply();
  ctx.serverText = reply.text;
  return reply;
}
async function ehlo(ctx, session2) {
  const reply = await command2(ctx, session2, `EHLO ${EHLO_NAME}`);
  if (reply.code !== 250) throw new ProbeError("EHLO_REFUSED", "the server refused EHLO", reply.text);
  return reply.lines.slice(1);
}
async function probeSmtp(ctx) {
  const { req, trace } = ctx;
  const session2 = await openSession(ctx, "smtp");
  trace.begin("capabilities");
  let keywords = await ehlo(ctx, session2);
  trace.pass(keywords.join(", "));
  if (req.security === "starttls") {
    trace.begin("starttls");
    if (!keywords.some((k) => /^STARTTLS\b/i.test(k))) {
      throw new ProbeError(PROBE_CODES.starttlsUnavailable, "the server does not offer STARTTLS", keywords.join(", "));
    }
    const reply2 = await command2(ctx, session2, "STARTTLS");
    if (reply2.code !== 220) throw new ProbeError(PROBE_CODES.starttlsUnavailable, "STARTTLS refused", reply2.text);
    await upgradeSession(ctx, session2);
    keywords = await ehlo(ctx, session2);
    trace.pass(`${ctx.tls?.protocol ?? "TLS"} ${ctx.tls?.cipher ?? ""}; ${keywords.join(", ")}`);
  }
  trace.begin("auth");
  const authLine = keywords.find((k) => /^AUTH[ =]/i.test(k));
  if (!authLine) {
    const wantsTls = req.security === "none" && keywords.some((k) => /^STARTTLS\b/i.test(k));
    throw new ProbeError(
      wantsTls ? PROBE_CODES.loginDisabled : PROBE_CODES.noSmtpAuth,
      wantsTls ? "the server offers login only after STARTTLS" : "the server offers no login (no AUTH in EHLO)",
      keywords.join(", ")
    );
  }
  const mechanisms = authLine.slice(5).toUpperCase().split(/\s+/);
  if (!mechanisms.some((m) => m === "PLAIN" || m === "LOGIN") && mechanisms.some((m) => m === "XOAUTH2" || m === "OAUTHBEARER")) {
    throw new ProbeError(PROBE_CODES.oauthOnly, "the server offers only OAuth sign-in (no password login)", authLine);
  }
  let reply;
  if (mechanisms.includes("PLAIN") || !mechanisms.includes("LOGIN")) {
    const blob = Buffer.from(`\0${req.username}\0${req.password}`, "utf8").toString("base64");
    reply = await command2(ctx, session2, `AUTH PLAIN ${blob}`);
  } else {
    reply = await command2(ctx, session2, "AUTH LOGIN");
    if (reply.code === 334) reply = await command2(ctx, session2, Buffer.from(req.username, "utf8").toString("base64"));
    if (reply.code === 334) reply = await command2(ctx, session2, Buffer.from(req.password, "utf8").toString("base64"));
  }
  if (reply.code !== 235) throw new ProbeError("AUTH_REFUSED", "the server refused the login", reply.text);
  trace.pass(reply.text);
  trace.begin("logout");
  const bye = await command2(ctx, session2, "QUIT");
  trace.pass(bye.text);
  session2.client.socket.end();
}
var init_smtp = __esm({
  "src/probe/smtp.ts"() {
    "use strict";
    init_probe_codes();
    init_line_client();
    init_probe_error();
    init_open_session();
  }
});

// src/probe/trace.ts
var StepTrace;
var init_trace = __esm({
  "src/probe/trace.ts"() {
    "use strict";
    StepTrace = class {
      steps = [];
      open = null;
      /** Starts a stage; a stage still open is closed as passed. */
      begin(stage, detail = "") {
        if (this.open?.stage === stage) return;
        if (this.open) this.pass();
        this.open = { stage, started: performance.now(), detail };
      }
      /** Updates the detail of the open stage (e.g. the capability list once it is known). */
      note(detail) {
        if (this.open) this.open.detail = detail;
      }
      pass(detail) {
        this.close(true, detail);
      }
      fail(detail) {
        this.close(false, detail);
      }
      /** The stage running now, or null between stages. */
      get current() {
        return this.open?.stage ?? null;
      }
      get last() {
        return this.steps.at(-1)?.stage ?? null;
      }
      close(ok, detail) {
        if (!this.open) return;
        const ms = Math.round(performance.now() - this.open.started);
        this.steps.push({ stage: this.open.stage, ok, ms, detail: detail ?? this.open.detail });
        this.open = null;
      }
    };
  }
});

// src/redact/remove-secrets.ts
function base64(text3) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text3)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function secretForms(password, username = "") {
  if (!password) return [];
  const forms = /* @__PURE__ */ new Set([
    password,
    JSON.stringify(password).slice(1, -1),
    password.replace(/(["\\])/g, "\\$1"),
    base64(password),
    // SASL PLAIN (RFC 4616): [authzid] NUL authcid NUL password, base64 on the wire.
    base64(`\0${username}\0${password}`),
    base64(`${username}\0${username}\0${password}`),
    encodeURIComponent(password)
  ]);
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function fold(unit) {
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}
function formRanges(text3, forms, out) {
  for (const form of forms) {
    for (const match of text3.matchAll(new RegExp(escapeRegExp(form), "gi"))) {
      out.push([match.index, match.index + match[0].length]);
    }
  }
}
function runRanges(text3, password, out) {
  if (password.length < MIN_SECRET_RUN) return;
  const view = [];
  let afterBreak = false;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (c === "\r" || c === "\n") {
      afterBreak = true;
      continue;
    }
    if (afterBreak && (c === " " || c === "	")) continue;
    afterBreak = false;
    view.push(i);
  }
  const pw = Array.from({ length: password.length }, (_, j) => fold(password[j]));
  let prev = new Int32Array(pw.length + 1);
  let cur = new Int32Array(pw.length + 1);
  for (let v = 0; v < view.length; v++) {
    const c = fold(text3[view[v]]);
    let longest = 0;
    for (let j = 0; j < pw.length; j++) {
      const run = c === pw[j] ? prev[j] + 1 : 0;
      cur[j + 1] = run;
      if (run > longest) longest = run;
    }
    if (longest >= MIN_SECRET_RUN) out.push([view[v - longest + 1], view[v] + 1]);
    [prev, cur] = [cur, prev];
  }
}
function secretRemover(passwords, username = "") {
  const secrets = passwords.filter((p) => p.length > 0);
  const forms = [...new Set(secrets.flatMap((p) => secretForms(p, username)))];
  return (text3, { runs = true } = {}) => {
    if (secrets.length === 0 || text3.length === 0) return text3;
    const ranges = [];
    formRanges(text3, forms, ranges);
    if (runs) for (const secret of secrets) runRanges(text3, secret, ranges);
    if (ranges.length === 0) return text3;
    ranges.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    let out = "";
    let at = 0;
    for (const [start, end] of merged) {
      out += `${text3.slice(at, start)}${SECRET_PLACEHOLDER}`;
      at = end;
    }
    return out + text3.slice(at);
  };
}
function removeSecretsDeep(value, remove, key = "") {
  if (typeof value === "string") return remove(value, { runs: !VALUE_KEYS.has(key) });
  if (Array.isArray(value)) return value.map((v) => removeSecretsDeep(v, remove, key));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = removeSecretsDeep(v, remove, k);
    return out;
  }
  return value;
}
var SECRET_PLACEHOLDER, MIN_SECRET_RUN, VALUE_KEYS;
var init_remove_secrets = __esm({
  "src/redact/remove-secrets.ts"() {
    "use strict";
    SECRET_PLACEHOLDER = "***";
    MIN_SECRET_RUN = 4;
    VALUE_KEYS = /* @__PURE__ */ new Set([
      "verdict",
      "stage",
      "protocol",
      "security",
      "status",
      "client",
      "auth",
      "source",
      "kind",
      "shell",
      "platform",
      "host",
      "url",
      "id",
      "accountId"
    ]);
  }
});

// src/diagnose/test-account.ts
var test_account_exports = {};
__export(test_account_exports, {
  runTest: () => runTest
});
function isKnownServer(req) {
  try {
    return identifyProvider({ host: req.host, port: req.port }) !== null;
  } catch {
    return false;
  }
}
async function runTest(req, options = {}) {
  const removeSecrets = secretRemover([req.password], req.username);
  const started = performance.now();
  const trace = new StepTrace();
  const deadline = new Deadline(req.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const ctx = { req, trace, deadline, serverText: null };
  if (options.resolve) ctx.resolve = options.resolve;
  let failure2 = null;
  try {
    await PROBES[req.protocol](ctx);
  } catch (error) {
    const e = error;
    failure2 = error instanceof ProbeError ? error : new ProbeError(e?.code ?? "PROBE_FAILED", removeSecrets(e?.message ?? String(error)));
  } finally {
    deadline.finish();
  }
  if (failure2 && deadline.expired && failure2.code !== PROBE_CODES.timeout) {
    failure2 = new ProbeError(PROBE_CODES.timeout, `no answer within ${deadline.ms} ms`, failure2.serverText, failure2.tls, failure2.issuer);
  }
  const failedStage = failure2 ? trace.current ?? trace.last ?? "connect" : null;
  if (failure2) {
    const detail = failure2.serverText ?? failure2.message;
    if (trace.current) trace.fail(detail);
    else trace.steps.push({ stage: failedStage, ok: false, ms: 0, detail });
  }
  const tls4 = failure2?.tls ?? ctx.tls;
  const context = providerContext({ email: req.email ?? null, host: req.host, port: req.port, greeting: ctx.greeting ?? null });
  const serverResponse = failure2 ? failure2.serverText ?? null : ctx.serverText;
  let verdict = failure2 ? classifyFailure({ code: failure2.code, text: failure2.serverText ?? failure2.message, issuer: failure2.issuer ?? tls4?.issuer ?? null }, context) : "ok";
  if (verdict === "dns-not-found" && options.internetAnswers && isKnownServer(req) && !await options.internetAnswers()) verdict = "offline";
  const scrubbedResponse = serverResponse === null ? null : removeSecrets(serverResponse);
  const advice = adviceFor(verdict, { ctx: context, serverText: scrubbedResponse, protocol: req.protocol, username: req.username, email: req.email ?? null, tls: tls4 });
  const result2 = {
    ok: !failure2,
    verdict,
    stage: failedStage ?? trace.last,
    steps: trace.steps,
    server: { protocol: req.protocol, host: req.host, port: req.port, security: req.security, username: req.username },
    serverResponse: scrubbedResponse,
    advice,
    durationMs: Math.round(performance.now() - started)
  };
  if (tls4) result2.tls = tls4;
  if (!failure2 && ctx.messages !== void 0) result2.mailbox = { messages: ctx.messages };
  return removeSecretsDeep(result2, removeSecrets);
}
var PROBES;
var init_test_account = __esm({
  "src/diagnose/test-account.ts"() {
    "use strict";
    init_deadline();
    init_probe_error();
    init_imap();
    init_pop3();
    init_probe_codes();
    init_smtp();
    init_trace();
    init_remove_secrets();
    init_advice();
    init_classify();
    init_provider_context();
    init_identify();
    PROBES = { imap: probeImap, pop3: probePop3, smtp: probeSmtp };
  }
});

// src/sources/apple-mail/applescript.ts
import { createHash as createHash3 } from "node:crypto";
function authFromScript(value) {
  switch ((value ?? "").trim().toLowerCase()) {
    case "":
      return null;
    case "password":
      return "password";
    case "md5":
    case "apop":
      return "password-encrypted";
    case "ntlm":
      return "ntlm";
    case "kerberos 5":
      return "gssapi";
    case "external":
      return "client-certificate";
    case "none":
      return "none";
    default:
      return "unknown";
  }
}
function protocolOf(type) {
  switch ((type ?? "").trim().toLowerCase()) {
    case "imap":
    case "icloud":
      return "imap";
    case "pop":
      return "pop3";
    case "ews":
      return "ews";
    default:
      return null;
  }
}
function serverOf(fields, prefix, protocol) {
  const get = (k) => fields.get(`${prefix}${k}`)?.[0];
  const port2 = asPort(get("port"));
  return {
    protocol,
    host: get("server")?.trim() || null,
    port: port2,
    security: securityFrom(asBool(get("ssl")), port2),
    username: get("user")?.trim() || null,
    auth: authFromScript(get("auth"))
  };
}
function parseAppleMailAnswer(text3) {
  const accounts = [];
  const skipped = [];
  let fields = /* @__PURE__ */ new Map();
  const finish = () => {
    if (fields.size === 0) return;
    const name = fields.get("account")?.[0]?.trim() || "Mail account";
    const protocol = protocolOf(fields.get("type")?.[0]);
    if (!protocol) {
      skipped.push(`"${name}" (${fields.get("type")?.[0] ?? "no type"})`);
      fields = /* @__PURE__ */ new Map();
      return;
    }
    const incoming = serverOf(fields, "", protocol);
    const outgoing = fields.has("smtp-server") ? serverOf(fields, "smtp-", "smtp") : null;
    const warnings = [];
    if (fields.get("enabled")?.[0] === "false") warnings.push("This account is switched off in Apple Mail.");
    if (incoming.auth === "unknown") warnings.push("Apple Mail signs in to this account with an Apple token; another program needs an app-specific password.");
    const email = fields.get("email")?.find((e) => e.includes("@"))?.trim() ?? null;
    const account = {
      // A digest: the name and username are often the address, and ids are not masked.
      id: `apple-mail:applescript:${createHash3("sha256").update(`${name}\0${incoming.username ?? ""}`).digest("hex").slice(0, 16)}`,
      client: "apple-mail",
      profile: "Asked Apple Mail",
      name,
      email,
      incoming,
      outgoing,
      provider: wellKnownForHost(incoming.host)?.provider ?? null,
      warnings
    };
    const leave = asBool(fields.get("leave-on-server")?.[0]);
    if (protocol === "pop3") account.pop3 = { leaveOnServer: leave ?? false };
    accounts.push(addCommonNotes(account));
    fields = /* @__PURE__ */ new Map();
  };
  for (const raw of text3.split(/\r?\n|\r/)) {
    if (raw.trim() === "end") {
      finish();
      continue;
    }
    const tab = raw.indexOf("	");
    if (tab < 0) continue;
    const key = raw.slice(0, tab).trim();
    fields.set(key, [...fields.get(key) ?? [], raw.slice(tab + 1)]);
  }
  finish();
  return { accounts, skipped };
}
var APPLE_MAIL_SCRIPT;
var init_applescript = __esm({
  "src/sources/apple-mail/applescript.ts"() {
    "use strict";
    init_mail_values();
    init_well_known();
    init_account_notes();
    APPLE_MAIL_SCRIPT = `
on clean(v)
  if v is missing value then return ""
  set t to v as text
  set AppleScript's text item delimiters to {tab, return, linefeed}
  set parts to text items of t
  set AppleScript's text item delimiters to " "
  set t to parts as text
  set AppleScript's text item delimiters to ""
  return t
end clean
on line_(k, v)
  return k & tab & my clean(v) & linefeed
end line_
tell application "Mail"
  set out to ""
  repeat with a in every account
    set out to out & my line_("account", name of a)
    set out to out & my line_("type", account type of a)
    set out to out & my line_("enabled", enabled of a)
    set out to out & my line_("server", server name of a)
    set out to out & my line_("port", port of a)
    set out to out & my line_("ssl", uses ssl of a)
    set out to out & my line_("user", user name of a)
    set out to out & my line_("auth", authentication of a)
    repeat with e in (email addresses of a)
      set out to out & my line_("email", e)
    end repeat
    try
      set out to out & my line_("leave-on-server", not (delete mail on server of a))
    end try
    try
      set d to delivery account of a
      if d is not missing value then
        set out to out & my line_("smtp-server", server name of d)
        set out to out & my line_("smtp-port", port of d)
        set out to out & my line_("smtp-ssl", uses ssl of d)
        set out to out & my line_("smtp-user", user name of d)
        set out to out & my line_("smtp-auth", authentication of d)
      end if
    end try
    set out to out & "end" & linefeed
  end repeat
  return out
end tell
`;
  }
});

// src/sources/apple-mail/ask-apple-mail.ts
var ask_apple_mail_exports = {};
__export(ask_apple_mail_exports, {
  AUTOMATION_LINK: () => AUTOMATION_LINK,
  askAppleMail: () => askAppleMail,
  runOsascript: () => runOsascript
});
import { execFile as execFile2 } from "node:child_process";
async function askAppleMail(platform = process.platform, run = runOsascript) {
  if (platform !== "darwin") throw new Error("Asking Apple Mail needs macOS: Apple Mail and AppleScript exist only there.");
  const location = "Apple Mail (AppleScript)";
  let text3;
  try {
    text3 = await run(APPLE_MAIL_SCRIPT);
  } catch (error) {
    const message = error.message;
    if (/-1743|not authori[sz]ed|not allowed/i.test(message)) {
      return {
        accounts: [],
        sources: [
          {
            client: "apple-mail",
            location,
            status: "permission-denied",
            accounts: 0,
            message: "macOS did not let this app ask Apple Mail.",
            fix: {
              steps: [
                "Open System Settings > Privacy & Security > Automation.",
                "Under Mail Settings Inspector (or your terminal app), switch on Mail.",
                'Try "Ask Apple Mail" again.'
              ],
              links: [AUTOMATION_LINK]
            }
          }
        ]
      };
    }
    return { accounts: [], sources: [{ client: "apple-mail", location, status: "unreadable", accounts: 0, message: `Apple Mail did not answer: ${message}` }] };
  }
  const { accounts, skipped } = parseAppleMailAnswer(text3);
  const report2 = { client: "apple-mail", location, status: skipped.length ? "partial" : "ok", accounts: accounts.length };
  if (skipped.length) report2.message = `Accounts of a type this tool does not read were skipped: ${skipped.join(", ")}.`;
  return { accounts, sources: [report2] };
}
var runOsascript, AUTOMATION_LINK;
var init_ask_apple_mail = __esm({
  "src/sources/apple-mail/ask-apple-mail.ts"() {
    "use strict";
    init_applescript();
    runOsascript = (script) => new Promise((resolve, reject) => {
      const child = execFile2("/usr/bin/osascript", [], { timeout: 12e4, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) return reject(Object.assign(new Error(String(stderr).trim() || error.message), { cause: error }));
        resolve(stdout);
      });
      child.stdin?.end(script);
    });
    AUTOMATION_LINK = "x-apple.systempreferences:com.apple.preference.security?Privacy_Automation";
  }
});

// main/main.ts
import { app as app2 } from "electron";
import path13 from "node:path";
import { fileURLToPath } from "node:url";

// main/app.ts
import { app, BrowserWindow, ipcMain, session, shell } from "electron";
import { pathToFileURL } from "node:url";

// src/inspector.ts
init_app_identity();
import os2 from "node:os";
function createInspector(options = {}) {
  const home = options.home ?? os2.homedir();
  let scanned = null;
  let asked = [];
  const scan = async () => {
    const { scanHome: scanHome2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
    const result2 = await scanHome2({ home, registryFile: options.registryFile, platform: process.platform });
    scanned = result2.accounts;
    return result2;
  };
  const findAccount = async (id) => {
    const known = () => [...scanned ?? [], ...asked].find((a) => a.id === id);
    let account = known();
    if (!account) {
      await scan();
      account = known();
    }
    if (!account) throw new Error("That account is no longer among the accounts found on this computer. Scan again and pick it from the list.");
    return account;
  };
  const online = async () => {
    const { hostResolver: hostResolver2, internetAnswers: internetAnswers2 } = await Promise.resolve().then(() => (init_connectivity(), connectivity_exports));
    return internetAnswers2(hostResolver2(options.dnsServer));
  };
  const lookup = async (email, offline) => {
    const { lookupSettings: lookupSettings2 } = await Promise.resolve().then(() => (init_lookup(), lookup_exports));
    return lookupSettings2(email, { ...options.lookup, offline });
  };
  return {
    scan,
    lookup: (email, lookupOptions) => lookup(email, lookupOptions?.offline ?? false),
    imapSettingsForAccount: async (accountId2) => {
      const account = await findAccount(accountId2);
      const { imapLookupForAccount: imapLookupForAccount2 } = await Promise.resolve().then(() => (init_imap_lookup_for_account(), imap_lookup_for_account_exports));
      return imapLookupForAccount2(account, options.lookup);
    },
    providerPolicy: async (query) => {
      const { policyFor: policyFor2 } = await Promise.resolve().then(() => (init_identify(), identify_exports));
      return policyFor2({ email: query.email, host: query.host });
    },
    guidance: async (query) => {
      const [{ answerGuidance: answerGuidance2 }, { imapLookupForAccount: imapLookupForAccount2 }] = await Promise.all([
        Promise.resolve().then(() => (init_answer_guidance(), answer_guidance_exports)),
        Promise.resolve().then(() => (init_imap_lookup_for_account(), imap_lookup_for_account_exports))
      ]);
      return answerGuidance2(query, {
        findAccount,
        lookup,
        imapForAccount: (account, offline) => {
          const lookupOptions = { ...options.lookup, offline };
          return imapLookupForAccount2(account, lookupOptions);
        },
        internetAnswers: online
      });
    },
    testAccount: async (request) => {
      const [{ runTest: runTest2 }, { hostResolver: hostResolver2 }] = await Promise.all([Promise.resolve().then(() => (init_test_account(), test_account_exports)), Promise.resolve().then(() => (init_connectivity(), connectivity_exports))]);
      return runTest2(request, { ...options.dnsServer ? { resolve: hostResolver2(options.dnsServer) } : {}, internetAnswers: online });
    },
    explain: async (text3, context) => {
      const { explainText: explainText2 } = await Promise.resolve().then(() => (init_explain(), explain_exports));
      return explainText2(text3, context);
    },
    askAppleMail: async () => {
      const { askAppleMail: askAppleMail2 } = await Promise.resolve().then(() => (init_ask_apple_mail(), ask_apple_mail_exports));
      const result2 = await askAppleMail2();
      asked = result2.accounts;
      return result2;
    },
    openHelp: async () => false,
    appInfo: async () => ({
      name: "Mail Settings Inspector",
      version: appVersion(),
      os: `${os2.type()} ${os2.release()}`,
      platform: process.platform,
      shell: options.shell ?? "cli"
    })
  };
}

// src/web/csp.ts
var CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join("; ");

// src/web/link-policy.ts
var SETTINGS_DEEP_LINKS = [
  /^x-apple\.systempreferences:com\.apple\.preference\.security\?Privacy_[A-Za-z]+$/,
  /^x-apple\.systempreferences:com\.apple\.settings\.PrivacySecurity\.extension\?Privacy_[A-Za-z]+$/
];
function isOpenableLink(url, isAllowedHelpUrl2) {
  if (typeof url !== "string" || url.length > 2048) return false;
  if (SETTINGS_DEEP_LINKS.some((pattern) => pattern.test(url))) return true;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return false;
  return isAllowedHelpUrl2(parsed.href) || isAllowedHelpUrl2(url);
}

// main/external-links.ts
function createLinkOpener(shell2, isAllowedHelpUrl2) {
  return async (url) => {
    if (!isOpenableLink(url, isAllowedHelpUrl2)) return false;
    await shell2.openExternal(url, { activate: true });
    return true;
  };
}

// main/harden.ts
function isPermissionAllowed(permission) {
  return permission === "clipboard-sanitized-write";
}
function hardenSession(session2, contentSecurityPolicy) {
  session2.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session2.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session2.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        "Content-Security-Policy": [contentSecurityPolicy],
        "X-Content-Type-Options": ["nosniff"]
      }
    });
  });
}
function hardenWebContents(contents, openLink) {
  contents.on("will-navigate", (event, url) => {
    event.preventDefault();
    void openLink(url);
  });
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url);
    return { action: "deny" };
  });
}

// src/api.ts
var INSPECTOR_METHODS = [
  "scan",
  "lookup",
  "imapSettingsForAccount",
  "providerPolicy",
  "guidance",
  "testAccount",
  "explain",
  "askAppleMail",
  "openHelp",
  "appInfo"
];

// src/model.ts
var SECURITIES = ["tls", "starttls", "none"];
var VERDICTS = [
  "ok",
  // network and TLS
  "dns-not-found",
  "offline",
  "connection-refused",
  "timeout",
  "connection-closed",
  "security-mismatch",
  "wrong-service",
  "starttls-unavailable",
  "tls-expired",
  "tls-self-signed",
  "tls-intercepted",
  "tls-hostname-mismatch",
  "tls-incomplete-chain",
  "tls-outdated",
  // login
  "cleartext-disallowed",
  "app-password-required",
  "web-login-required",
  "imap-disabled",
  "oauth-required",
  "admin-consent-required",
  "smtp-auth-disabled",
  "too-many-connections",
  "rate-limited",
  "server-unavailable",
  "account-problem",
  "auth-failed",
  "pop3-unsupported",
  "unknown"
];

// src/api-validation.ts
init_dns_server();
var InvalidArgumentError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InvalidArgumentError";
  }
};
var LIMITS2 = {
  email: 320,
  host: 253,
  username: 512,
  password: 1024,
  text: 2e4,
  url: 2048,
  accountId: 512,
  ca: 64 * 1024
};
var MIN_TIMEOUT_MS = 100;
var MAX_TIMEOUT_MS = 12e4;
var CONTROL = /[\x00-\x1f\x7f]/;
var LINE_BREAK_OR_NUL = /[\0\r\n]/;
function fail(message) {
  throw new InvalidArgumentError(message);
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function objectWith(value, what, allowed) {
  if (!isPlainObject2(value)) fail(`${what} must be an object`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${what} has an unexpected field "${key}"`);
  }
  return value;
}
function text2(value, what, max, { allowEmpty = false } = {}) {
  if (typeof value !== "string") fail(`${what} must be text`);
  if (!allowEmpty && value.length === 0) fail(`${what} is empty`);
  if (value.length > max) fail(`${what} is too long`);
  return value;
}
function optionalText(value, what, max) {
  return value === void 0 ? void 0 : text2(value, what, max);
}
function oneOf(value, what, allowed) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    fail(`${what} must be one of ${allowed.join(", ")}`);
  }
  return value;
}
function integer(value, what, min, max) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(`${what} must be a whole number from ${min} to ${max}`);
  }
  return value;
}
function hostName(value, what) {
  const host = text2(value, what, LIMITS2.host);
  if (!/^[A-Za-z0-9._:\-[\]]+$/.test(host)) fail(`${what} is not a server name`);
  return host;
}
function argCount(args, min, max) {
  if (args.length < min || args.length > max) fail(`expected ${min === max ? min : `${min} to ${max}`} arguments`);
}
function noArgs(args) {
  if (args.some((arg) => arg !== void 0)) fail("this method takes no arguments");
  return [];
}
function lineSafe(value, what, forbidden) {
  if (forbidden.test(value)) fail(`${what} contains a line break or control character`);
  return value;
}
var TEST_PROTOCOLS = ["imap", "pop3", "smtp"];
function validateTimeoutMs(value) {
  return integer(value, "timeout (ms)", MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
}
function optionalEmail(value) {
  const email = optionalText(value, "email address", LIMITS2.email);
  return email === void 0 ? void 0 : lineSafe(email, "email address", CONTROL);
}
function validateTestRequest(value) {
  const raw = objectWith(value, "the test request", [
    "protocol",
    "host",
    "port",
    "security",
    "username",
    "password",
    "email",
    "ca",
    "timeoutMs"
  ]);
  const request = {
    protocol: oneOf(raw.protocol, "protocol", TEST_PROTOCOLS),
    host: hostName(raw.host, "server"),
    port: integer(raw.port, "port", 1, 65535),
    security: oneOf(raw.security, "security", SECURITIES),
    username: lineSafe(text2(raw.username, "username", LIMITS2.username), "username", CONTROL),
    // Never echo the password's content in a message; only its shape is checked.
    password: lineSafe(text2(raw.password, "password", LIMITS2.password), "password", LINE_BREAK_OR_NUL)
  };
  const email = optionalEmail(raw.email);
  if (email !== void 0) request.email = email;
  const ca = optionalText(raw.ca, "certificate", LIMITS2.ca);
  if (ca !== void 0) request.ca = ca;
  if (raw.timeoutMs !== void 0) request.timeoutMs = validateTimeoutMs(raw.timeoutMs);
  return request;
}
var validators = {
  scan: noArgs,
  askAppleMail: noArgs,
  appInfo: noArgs,
  lookup: (args) => {
    argCount(args, 1, 2);
    const email = text2(args[0], "email address", LIMITS2.email).trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || CONTROL.test(email)) fail("that is not an email address");
    if (args[1] === void 0) return [email];
    const raw = objectWith(args[1], "lookup options", ["offline"]);
    if (raw.offline !== void 0 && typeof raw.offline !== "boolean") fail("offline must be true or false");
    return [email, raw.offline === void 0 ? {} : { offline: raw.offline }];
  },
  imapSettingsForAccount: (args) => {
    argCount(args, 1, 1);
    return [lineSafe(text2(args[0], "the account id", LIMITS2.accountId), "the account id", CONTROL)];
  },
  providerPolicy: (args) => {
    argCount(args, 1, 1);
    const raw = objectWith(args[0], "the query", ["email", "host"]);
    const query = {};
    const email = optionalEmail(raw.email);
    if (email !== void 0) query.email = email;
    if (raw.host !== void 0) query.host = hostName(raw.host, "server");
    return [query];
  },
  guidance: (args) => {
    argCount(args, 1, 1);
    const raw = objectWith(args[0], "the query", ["email", "accountId", "offline", "errorText", "crmName", "verdict"]);
    const query = {};
    const email = optionalEmail(raw.email)?.trim();
    if (email !== void 0) {
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) fail("that does not look like an email address");
      query.email = email;
    }
    if (raw.accountId !== void 0) {
      query.accountId = lineSafe(text2(raw.accountId, "the account id", LIMITS2.accountId), "the account id", CONTROL);
    }
    if (query.email !== void 0 && query.accountId !== void 0) fail("the query takes an email address or an account id, not both");
    if (raw.offline !== void 0 && typeof raw.offline !== "boolean") fail("offline must be true or false");
    if (raw.offline !== void 0) query.offline = raw.offline;
    const errorText = optionalText(raw.errorText, "the error message", LIMITS2.text);
    if (errorText !== void 0) query.errorText = errorText;
    const crmName = optionalText(raw.crmName, "the CRM name", 200);
    if (crmName !== void 0) query.crmName = lineSafe(crmName, "the CRM name", CONTROL);
    if (raw.verdict !== void 0) query.verdict = oneOf(raw.verdict, "verdict", VERDICTS);
    if (query.email === void 0 && query.accountId === void 0 && query.errorText === void 0) {
      fail("the query needs an email address, an account id or an error message");
    }
    return [query];
  },
  testAccount: (args) => {
    argCount(args, 1, 1);
    return [validateTestRequest(args[0])];
  },
  explain: (args) => {
    argCount(args, 1, 2);
    const message = text2(args[0], "the error message", LIMITS2.text);
    if (args[1] === void 0) return [message];
    const raw = objectWith(args[1], "the context", ["email", "host"]);
    const context = {};
    const email = optionalEmail(raw.email);
    if (email !== void 0) context.email = email;
    if (raw.host !== void 0) context.host = hostName(raw.host, "server");
    return [message, context];
  },
  openHelp: (args) => {
    argCount(args, 1, 1);
    return [text2(args[0], "the link", LIMITS2.url)];
  }
};
function isInspectorMethod(name) {
  return typeof name === "string" && INSPECTOR_METHODS.includes(name);
}
function validateArgs(method, args) {
  if (!isInspectorMethod(method)) fail("unknown method");
  if (!Array.isArray(args)) fail("arguments must be a list");
  return validators[method](args);
}

// src/api-call.ts
function errorInfo(error) {
  if (error instanceof Error) return { name: error.name || "Error", message: error.message };
  return { name: "Error", message: String(error) };
}
async function callInspector(api, method, args) {
  try {
    const checked = validateArgs(method, args);
    const fn = api[method];
    const value = await fn.apply(api, checked);
    return { ok: true, value: value === void 0 ? null : value };
  } catch (error) {
    return { ok: false, error: errorInfo(error) };
  }
}

// main/ipc-map.ts
var IPC_PREFIX = "inspector:";
function channelFor(method) {
  return `${IPC_PREFIX}${method}`;
}

// main/ipc.ts
var REFUSED_REPLY = {
  ok: false,
  error: { name: "ForbiddenError", message: "This request did not come from the app window" }
};
function registerInspectorIpc(ipcMain2, api, isTrusted) {
  for (const method of INSPECTOR_METHODS) {
    ipcMain2.handle(channelFor(method), async (event, ...args) => {
      if (!isTrusted(event)) return REFUSED_REPLY;
      return callInspector(api, method, args);
    });
  }
}

// main/sender-guard.ts
function decodedFilePath(url) {
  const segments = [];
  for (const raw of url.pathname.split("/")) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const path14 = segments.join("/");
  return /^\/[A-Za-z]:\//.test(path14) ? `/${path14[1].toUpperCase()}${path14.slice(2)}` : path14;
}
function isTrustedSender(event, appUrl) {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false;
  let sender;
  let own;
  try {
    sender = new URL(frame.url);
    own = new URL(appUrl);
  } catch {
    return false;
  }
  if (sender.protocol !== own.protocol || sender.host !== own.host) return false;
  const senderPath = decodedFilePath(sender);
  return senderPath !== null && senderPath === decodedFilePath(own);
}

// main/window-options.ts
function createMainWindow(BrowserWindow2, preloadPath) {
  return new BrowserWindow2({
    width: 1100,
    height: 800,
    minWidth: 420,
    minHeight: 480,
    show: false,
    title: "Mail Settings Inspector",
    backgroundColor: "#f6f6f3",
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window; the app has no use for it.
      disableBlinkFeatures: "Auxclick",
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true
    }
  });
}

// main/app.ts
async function startDesktopApp(options) {
  const appUrl = pathToFileURL(options.rendererIndex).href;
  const openLink = createLinkOpener(shell, options.isAllowedHelpUrl);
  const core = options.api ?? createInspector({ shell: "electron" });
  const api = { ...core, openHelp: (url) => openLink(url) };
  app.enableSandbox();
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents, openLink));
  app.on("window-all-closed", () => app.quit());
  await app.whenReady();
  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY);
  registerInspectorIpc(ipcMain, api, (event) => isTrustedSender(event, appUrl));
  const window = createMainWindow(BrowserWindow, options.preloadPath);
  window.once("ready-to-show", () => window.show());
  app.on("second-instance", () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  await window.loadFile(options.rendererIndex);
  return window;
}

// main/main.ts
init_help_links();
var here = path13.dirname(fileURLToPath(import.meta.url));
if (!app2.requestSingleInstanceLock()) {
  app2.quit();
} else {
  startDesktopApp({
    rendererIndex: path13.join(here, "..", "dist-renderer", "index.html"),
    preloadPath: path13.join(here, "preload.cjs"),
    isAllowedHelpUrl
  }).catch((error) => {
    console.error("Mail Settings Inspector could not start:", error instanceof Error ? error.message : error);
    app2.exit(1);
  });
}
