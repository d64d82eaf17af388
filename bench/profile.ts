// CPU profile of an interaction in the page (CDP Profiler), summed by function: which code is
// slow, and how much of the time it takes. Used to explain a failed target.
import type { Page } from 'playwright-core';

export interface HotFunction {
  readonly name: string;
  readonly where: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function profile(
  page: Page,
  work: () => Promise<void>,
  { top = 15, components = false }: { top?: number; components?: boolean } = {},
): Promise<HotFunction[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile: result } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: CpuProfile;
  };
  await cdp.detach();
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of result.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}\u0000${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  result.samples.forEach((id, i) => {
    const ms = (result.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  // Components (PascalCase) ranked by inclusive time: which part of the screen re-renders.
  const ranked = components
    ? [...total.entries()].filter(([k]) => /^[A-Z][A-Za-z]+$/.test(k.split('\u0000')[0] ?? ''))
    : [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
  return ranked
    .sort((a, b) => (components ? (total.get(b[0]) ?? 0) - (total.get(a[0]) ?? 0) : b[1] - a[1]))
    .slice(0, top)
    .map(([k, ms]) => {
      const [name = '', where = ''] = k.split('\u0000');
      return {
        name,
        where,
        selfMs: Math.round((self.get(k) ?? ms) * 10) / 10,
        totalMs: Math.round((total.get(k) ?? 0) * 10) / 10,
      };
    });
}
