// Runs before the pane, in any webview. Volume-licensed Office 2016 and 2019 show add-ins in the
// webview of Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot run the pane:
// say so, as Microsoft advises ("Support older Microsoft webviews and Office versions"), instead
// of leaving it blank. Built on its own for ES5 (webpack.config.js), so IE 11 can run it.
import { OLD_WEBVIEW } from '../core/catalogue/old-webview';

function isOldWebview(userAgent: string): boolean {
  // Microsoft's test; Edge on Chromium says "Edg/", not "Edge".
  return userAgent.indexOf('Trident') !== -1 || userAgent.indexOf('Edge') !== -1;
}

function show(english: boolean): void {
  const box = document.getElementById('old-webview');
  if (box) box.textContent = english ? OLD_WEBVIEW.en : OLD_WEBVIEW.vi;
}

if (isOldWebview(window.navigator.userAgent)) {
  document.documentElement.className += ' old-webview';
  show(false);
  const office = (
    window as unknown as { Office?: { onReady?: (f: () => void) => void; context?: { displayLanguage?: string } } }
  ).Office;
  if (office && office.onReady)
    office.onReady(function () {
      const lang = (office.context && office.context.displayLanguage) || '';
      show(lang.toLowerCase().indexOf('en') === 0);
    });
}
