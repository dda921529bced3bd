/**
 * signpost-loader.js: for pages and CMSs that cannot add `type="module"` to a script. A
 * classic `<script src=".../signpost-loader.js"></script>` loads the module bundle,
 * signpost.js, from beside itself (keeping the loader's query string, e.g. a CMS's ?ver=),
 * once per page, passing on the loader's CSP nonce. Browsers without modules do nothing.
 */
(() => {
  const loader = (document.currentScript ?? document.querySelector('script[src*="signpost-loader"]')) as HTMLScriptElement | null;
  const page = window as Window & { signpostLoader?: string };
  if (!loader?.src || page.signpostLoader || !('noModule' in loader)) return;
  const src = new URL('signpost.js', loader.src);
  src.search = new URL(loader.src).search;
  page.signpostLoader = src.href;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src.href;
  if (loader.nonce) script.nonce = loader.nonce;
  document.head.append(script);
})();
