import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerJob, registeredJobs, runJobOnce, startScheduler, stopScheduler, unregisterJob } from "./scheduler";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(async () => {
  const stopped = stopScheduler();
  await vi.runAllTimersAsync(); // lets a run in progress finish
  await stopped;
  for (const name of registeredJobs()) unregisterJob(name);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the background scheduler", () => {
  it("runs a registered job every N seconds once started, and not before", async () => {
    const run = vi.fn(async () => undefined);
    registerJob({ name: "tick", everySeconds: 5, run });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(run).not.toHaveBeenCalled();
    startScheduler();
    startScheduler(); // a second start changes nothing
    await vi.advanceTimersByTimeAsync(15_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(registeredJobs()).toContain("tick");
  });

  it("never overlaps a job with itself: the next run waits for the slow one", async () => {
    let active = 0;
    let most = 0;
    const run = vi.fn(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 12_000)); // slower than the interval
      active--;
    });
    registerJob({ name: "slow", everySeconds: 1, run });
    startScheduler();
    await vi.advanceTimersByTimeAsync(40_000);
    expect(most).toBe(1);
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(run.mock.calls.length).toBeLessThanOrEqual(4); // 1 s wait + 12 s run each
  });

  it("logs a failing run and keeps the job going", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const run = vi.fn().mockRejectedValueOnce(new Error("SMTP is down")).mockResolvedValue(undefined);
    registerJob({ name: "flaky", everySeconds: 2, run });
    startScheduler();
    await vi.advanceTimersByTimeAsync(6_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain('"flaky" failed');
  });

  it("replaces a job registered again under the same name", async () => {
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    registerJob({ name: "same", everySeconds: 3, run: first });
    startScheduler();
    await vi.advanceTimersByTimeAsync(3_000);
    registerJob({ name: "same", everySeconds: 3, run: second });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(3);
  });

  it("stops running jobs when stopped", async () => {
    const run = vi.fn(async () => undefined);
    registerJob({ name: "stoppable", everySeconds: 1, run });
    startScheduler();
    await vi.advanceTimersByTimeAsync(2_000);
    await stopScheduler();
    const calls = run.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(calls);
  });

  it("refuses a job without a name or a positive interval", () => {
    expect(() => registerJob({ name: "", everySeconds: 1, run: async () => undefined })).toThrow();
    expect(() => registerJob({ name: "never", everySeconds: 0, run: async () => undefined })).toThrow();
  });

  it("runJobOnce reports failure instead of throwing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(runJobOnce({ name: "boom", everySeconds: 1, run: () => Promise.reject(new Error("boom")) })).resolves.toBe(false);
    await expect(runJobOnce({ name: "fine", everySeconds: 1, run: async () => 1 })).resolves.toBe(true);
  });
});
