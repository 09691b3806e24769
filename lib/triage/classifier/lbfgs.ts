/**
 * Limited-memory BFGS for a smooth convex objective (here the regularised softmax loss).
 * Deterministic: the same start, objective and settings always give the same answer, which keeps
 * the trained model reproducible without a random seed.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export type LbfgsOptions = { maxIterations: number; memory: number; tolerance: number };

export const DEFAULT_LBFGS_OPTIONS: LbfgsOptions = { maxIterations: 300, memory: 10, tolerance: 1e-5 };

export type LbfgsResult = { x: Float64Array; value: number; iterations: number; converged: boolean };

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = DEFAULT_LBFGS_OPTIONS): LbfgsResult {
  const n = start.length;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(options.memory);

  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (norm(gradient) <= options.tolerance * Math.max(1, norm(x))) return { x, value, iterations: iteration, converged: true };

    // Two-loop recursion: direction = -H * gradient.
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      alphas[k] = rhos[k]! * dot(steps[k]!, direction);
      axpy(-alphas[k]!, gradientChanges[k]!, direction);
    }
    const last = steps.length - 1;
    const scale = last >= 0 ? dot(steps[last]!, gradientChanges[last]!) / dot(gradientChanges[last]!, gradientChanges[last]!) : 1 / Math.max(1, norm(gradient));
    for (let i = 0; i < n; i++) direction[i] = direction[i]! * scale;
    for (let k = 0; k < steps.length; k++) {
      const beta = rhos[k]! * dot(gradientChanges[k]!, direction);
      axpy(alphas[k]! - beta, steps[k]!, direction);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;

    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      steps.length = gradientChanges.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
      slope = dot(gradient, direction);
    }

    // Backtracking line search with the Armijo condition.
    let stepSize = 1;
    const nextX = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i]! + stepSize * direction[i]!;
      nextValue = objective(nextX, nextGradient);
      if (nextValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextValue < value)) return { x, value, iterations: iteration, converged: true };

    const step = new Float64Array(n);
    const gradientChange = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      step[i] = nextX[i]! - x[i]!;
      gradientChange[i] = nextGradient[i]! - gradient[i]!;
    }
    const curvature = dot(step, gradientChange);
    if (curvature > 1e-12) {
      if (steps.length === options.memory) {
        steps.shift();
        gradientChanges.shift();
        rhos.shift();
      }
      steps.push(step);
      gradientChanges.push(gradientChange);
      rhos.push(1 / curvature);
    }
    const converged = Math.abs(value - nextValue) <= 1e-10 * Math.max(1, Math.abs(value));
    x = nextX;
    gradient = nextGradient;
    value = nextValue;
    if (converged) return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: options.maxIterations, converged: false };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

/** y += a * x */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + a * x[i]!;
}
