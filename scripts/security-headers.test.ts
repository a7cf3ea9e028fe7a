import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, previewHeaders, securityHeaders } from './security-headers.ts';

const deploying = readFileSync(path.resolve(import.meta.dirname, '../docs/deploying.md'), 'utf8');

describe('the documented security headers', () => {
  it('give every server example the policy the preview server is built from', () => {
    // Every policy set in docs/deploying.md: the header list and each server's example.
    const documented = [...deploying.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]*)/g)].map((m) =>
      m[1]!.trim(),
    );
    expect(documented.length).toBeGreaterThanOrEqual(5);
    for (const policy of documented) expect(policy).toBe(contentSecurityPolicy);
  });

  it('name the other two headers with the values the preview sends', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (name === 'Content-Security-Policy') continue;
      expect(deploying).toContain(`${name}: ${value}`);
      expect(previewHeaders[name]).toBe(value);
    }
  });

  it('let the preview also fetch datasets from loopback http servers, and nothing else more', () => {
    const directive = (policy: string, name: string) =>
      policy.split('; ').find((d) => d.startsWith(`${name} `));
    const preview = previewHeaders['Content-Security-Policy']!;
    expect(directive(preview, 'connect-src')).toBe(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    );
    expect(preview.replace(' http://127.0.0.1:* http://localhost:*', '')).toBe(contentSecurityPolicy);
  });
});
