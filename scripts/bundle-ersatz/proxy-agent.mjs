// Stand-in for the npm package proxy-agent in the bundled CLI. puppeteer-core's browser manager
// (@puppeteer/browsers) needs it only to download browsers over a proxy, which ewm-report never does
// (it launches the system Chromium over a pipe); the real package pulls in about 1 MB of code (PAC
// scripts in QuickJS, FTP, SOCKS) that every start would have to load.
export class ProxyAgent {
  constructor() {
    throw new Error('ewm-report lädt keine Browser herunter: proxy-agent ist im gebündelten Programm nicht enthalten.');
  }
}
