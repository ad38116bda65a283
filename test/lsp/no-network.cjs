// Preloaded into the server in tests: any attempt to open a network connection or look up a host is written to stderr.
const net = require('net');
const http = require('http');
const https = require('https');
const dns = require('dns');
const report = (what) => process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const opts = args[0];
  // stdio pipes are sockets too, but they never connect to an address.
  if (opts && typeof opts === 'object' && (opts.host || opts.port)) report(`socket ${opts.host}:${opts.port}`);
  return origConnect.apply(this, args);
};
for (const mod of [http, https]) {
  mod.request = () => { report('http request'); throw new Error('network disabled in tests'); };
  mod.get = () => { report('http get'); throw new Error('network disabled in tests'); };
}
dns.lookup = (host) => { report(`dns lookup ${host}`); throw new Error('network disabled in tests'); };
globalThis.fetch = async (url) => { report(`fetch ${url}`); throw new Error('network disabled in tests'); };
