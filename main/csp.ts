// Strict policy: the app's own origin only, no inline or evaluated script, no remote content.
export function contentSecurityPolicy(devServerOrigin?: string): string {
  const self = devServerOrigin
    ? `'self' ${devServerOrigin} ws://${new URL(devServerOrigin).host}`
    : "'self'";
  return [
    "default-src 'none'",
    `script-src ${devServerOrigin ? `'self' ${devServerOrigin}` : "'self'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${self}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}
