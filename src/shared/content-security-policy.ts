/**
 * The app's one Content-Security-Policy. Main sends it as a header with every app:// response
 * (and on the dev server's responses); the build writes it into index.html as a meta tag, so it
 * also holds wherever the built files are served from (the end-to-end tests, a plain browser).
 * Pure TypeScript: imported by main, by the electron-vite config and by tests.
 */

/** Where the policy is delivered: a response header, or a `<meta http-equiv>` tag in the page. */
export type CspDelivery = 'header' | 'meta';

/** Options for {@link buildContentSecurityPolicy}. */
export interface CspOptions {
  delivery: CspDelivery;
  /**
   * Origin of the Vite dev server (`http://localhost:5173`) in development, else undefined. Its
   * HMR socket and the React Refresh preamble (an inline module script) need explicit allowances.
   */
  devServerOrigin?: string | undefined;
}

/**
 * Directives a browser honours only in a header: `frame-ancestors` in a meta tag is ignored
 * with a console warning, so the meta policy leaves it out.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors'];

/** The policy as ordered [directive, sources] pairs. */
export function contentSecurityPolicyDirectives(options: CspOptions): Array<[string, string[]]> {
  const dev = options.devServerOrigin;
  const devSocket = dev?.replace(/^http/, 'ws');
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // No 'unsafe-eval' and no inline scripts in the built app; workers are same-origin files.
    ['script-src', dev ? ["'self'", "'unsafe-inline'", dev] : ["'self'"]],
    // Mantine and the charts set style attributes at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev && devSocket ? ["'self'", dev, devSocket] : ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return options.delivery === 'meta'
    ? directives.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name))
    : directives;
}

/** The policy as one header or meta value: `default-src 'self'; script-src 'self'; …`. */
export function buildContentSecurityPolicy(options: CspOptions): string {
  return contentSecurityPolicyDirectives(options)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The meta tag policy of the built renderer (index.html). */
export const RENDERER_META_CSP = buildContentSecurityPolicy({ delivery: 'meta' });

/** The header main sends with every file of the built renderer on app://. */
export const RENDERER_HEADER_CSP = buildContentSecurityPolicy({ delivery: 'header' });
