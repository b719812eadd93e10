/** Wait until a set of in-flight requests has been empty for 100 ms (at most `limitMs`). */
export async function settle(inFlight: ReadonlySet<unknown>, limitMs = 5000): Promise<void> {
  const end = Date.now() + limitMs;
  let quietSince = Date.now();
  while (Date.now() < end) {
    if (inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 100) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
