// The one sentence the old-webview guard says (src/addin/legacy-guard.ts), in both languages; the
// catalogue's pane section says it from here. Apart, so that the guard's ES5 bundle holds only it.
export const OLD_WEBVIEW = {
  vi: 'Phiên bản Office này mở add-in bằng trình duyệt cũ (Internet Explorer hoặc Edge cũ), nên camket không chạy được. camket cần Excel 2021 hoặc 2024, Microsoft 365 hoặc Excel trên web. Xem phiên bản: Tệp › Tài khoản › Giới thiệu về Excel.',
  en: 'This version of Office opens add-ins in an old browser (Internet Explorer or old Edge), so camket cannot run. camket needs Excel 2021 or 2024, Microsoft 365 or Excel on the web. To see your version: File › Account › About Excel.',
};
