export default defineBackground(() => {
  // The service worker has no work yet; the content script and popup (issues 3 and 4) will add it.
});
