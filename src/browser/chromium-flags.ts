/** The command-line flags of the report browser, apart from puppeteer (the benchmark's Chromium floor uses them too). */

/**
 * Features of the browser's own window that headless printing never shows: Chromium 156 preloads the omnibox
 * popups as WebUI pages, and one of their renderers keeps 0.6–0.7 of a core busy while the browser runs
 * (measured idle: 0.7 s CPU per second with them, 0.03–0.05 s without), CPU the reports' pages lack.
 */
export const ABGESCHALTETE_FUNKTIONEN: readonly string[] = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Chromium flags measured to work headless as root in containers (see toolchain notes). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // puppeteer merges this list into its own --disable-features
  `--disable-features=${ABGESCHALTETE_FUNKTIONEN.join(',')}`,
];
