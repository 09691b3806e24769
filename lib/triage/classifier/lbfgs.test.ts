import { describe, expect, it } from "vitest";
import { minimizeLbfgs } from "./lbfgs";

describe("minimizeLbfgs", () => {
  it("finds the minimum of an ill-conditioned quadratic", () => {
    // f(x) = Σ c_i (x_i - t_i)², minimum at t.
    const target = [3, -2, 0.5, 10];
    const curvature = [1, 100, 0.01, 5];
    const result = minimizeLbfgs(
      (x, gradient) => {
        let value = 0;
        x.forEach((xi, i) => {
          value += curvature[i]! * (xi - target[i]!) ** 2;
          gradient[i] = 2 * curvature[i]! * (xi - target[i]!);
        });
        return value;
      },
      new Float64Array(4),
      { maxIterations: 200, memory: 5, tolerance: 1e-9 },
    );
    expect(result.converged).toBe(true);
    Array.from(result.x).forEach((xi, i) => expect(xi).toBeCloseTo(target[i]!, 3));
  });
});
