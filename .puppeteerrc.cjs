// ewm-report uses puppeteer-core and the system Chromium: never download a browser.
module.exports = { skipDownload: true };
