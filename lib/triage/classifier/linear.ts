/**
 * Linear models over sparse TF-IDF vectors: multinomial logistic regression (softmax, trained with
 * L-BFGS) and complement naive Bayes. Both score a text as bias + weights · features, so one
 * scoring path serves both. Weights are stored feature-major (weights[feature * classes + class]):
 * scoring a sparse vector then reads one short contiguous run per feature.
 */
import { DEFAULT_LBFGS_OPTIONS, minimizeLbfgs } from "./lbfgs";
import type { SparseVector } from "./tfidf";

export type LinearWeights = { classCount: number; featureCount: number; weights: Float64Array; bias: Float64Array };

export type TrainingSet = { vectors: readonly SparseVector[]; labels: readonly number[]; classCount: number; featureCount: number };

export type SoftmaxOptions = {
  /** L2 penalty on the weights (not the biases); larger means smoother, less confident models. */
  l2: number;
  /** "balanced" weighs each class's examples so every class counts the same in the loss. */
  classWeight: "balanced" | "none";
  maxIterations: number;
};

export function trainSoftmax(data: TrainingSet, options: SoftmaxOptions): LinearWeights {
  const { vectors, labels, classCount: K, featureCount: V } = data;
  const exampleWeights = classWeights(labels, K, options.classWeight);
  const totalWeight = labels.reduce((sum, label) => sum + exampleWeights[label]!, 0) || 1;
  const scores = new Float64Array(K);

  // Regularised mean cross-entropy and its gradient; parameters = weights then biases.
  const objective = (params: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let i = 0; i < vectors.length; i++) {
      const { indices, values } = vectors[i]!;
      const label = labels[i]!;
      const weight = exampleWeights[label]! / totalWeight;
      for (let k = 0; k < K; k++) scores[k] = params[V * K + k]!;
      for (let f = 0; f < indices.length; f++) {
        const base = indices[f]! * K;
        const value = values[f]!;
        for (let k = 0; k < K; k++) scores[k] = scores[k]! + params[base + k]! * value;
      }
      const logSum = logSumExp(scores);
      loss += weight * (logSum - scores[label]!);
      for (let k = 0; k < K; k++) {
        const residual = weight * (Math.exp(scores[k]! - logSum) - (k === label ? 1 : 0));
        gradient[V * K + k] = gradient[V * K + k]! + residual;
        for (let f = 0; f < indices.length; f++) {
          const at = indices[f]! * K + k;
          gradient[at] = gradient[at]! + residual * values[f]!;
        }
      }
    }
    for (let j = 0; j < V * K; j++) {
      loss += 0.5 * options.l2 * params[j]! * params[j]!;
      gradient[j] = gradient[j]! + options.l2 * params[j]!;
    }
    return loss;
  };

  const { x } = minimizeLbfgs(objective, new Float64Array(V * K + K), { ...DEFAULT_LBFGS_OPTIONS, maxIterations: options.maxIterations });
  return { classCount: K, featureCount: V, weights: x.slice(0, V * K), bias: x.slice(V * K) };
}

export type ComplementNbOptions = { alpha: number };

/**
 * Complement naive Bayes (Rennie et al. 2003), as in scikit-learn's ComplementNB: a class scores
 * high when the text's terms are rare in all the *other* classes, which copes better with
 * unbalanced and short training sets than plain multinomial naive Bayes.
 */
export function trainComplementNb(data: TrainingSet, options: ComplementNbOptions): LinearWeights {
  const { vectors, labels, classCount: K, featureCount: V } = data;
  const featureCounts = new Float64Array(V * K);
  const featureTotals = new Float64Array(V);
  vectors.forEach(({ indices, values }, i) => {
    for (let f = 0; f < indices.length; f++) {
      featureCounts[indices[f]! * K + labels[i]!] = featureCounts[indices[f]! * K + labels[i]!]! + values[f]!;
      featureTotals[indices[f]!] = featureTotals[indices[f]!]! + values[f]!;
    }
  });
  const complementTotals = new Float64Array(K);
  const weights = new Float64Array(V * K);
  for (let j = 0; j < V; j++) {
    for (let k = 0; k < K; k++) {
      const complement = featureTotals[j]! - featureCounts[j * K + k]! + options.alpha;
      weights[j * K + k] = complement;
      complementTotals[k] = complementTotals[k]! + complement;
    }
  }
  for (let j = 0; j < V; j++) {
    for (let k = 0; k < K; k++) weights[j * K + k] = -Math.log(weights[j * K + k]! / complementTotals[k]!);
  }
  return { classCount: K, featureCount: V, weights, bias: new Float64Array(K) };
}

/** bias + weights · vector for every class. */
export function linearScores(model: LinearWeights, vector: SparseVector): Float64Array {
  const K = model.classCount;
  const scores = Float64Array.from(model.bias);
  for (let f = 0; f < vector.indices.length; f++) {
    const base = vector.indices[f]! * K;
    const value = vector.values[f]!;
    for (let k = 0; k < K; k++) scores[k] = scores[k]! + model.weights[base + k]! * value;
  }
  return scores;
}

/** Turns scores into probabilities that sum to 1. */
export function softmax(scores: Float64Array): Float64Array {
  const logSum = logSumExp(scores);
  return scores.map((score) => Math.exp(score - logSum));
}

function logSumExp(scores: Float64Array): number {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (const score of scores) sum += Math.exp(score - max);
  return max + Math.log(sum);
}

function classWeights(labels: readonly number[], classCount: number, mode: SoftmaxOptions["classWeight"]): Float64Array {
  const weights = new Float64Array(classCount).fill(1);
  if (mode === "none") return weights;
  const counts = new Float64Array(classCount);
  for (const label of labels) counts[label] = counts[label]! + 1;
  const present = counts.filter((count) => count > 0).length;
  for (let k = 0; k < classCount; k++) weights[k] = counts[k]! > 0 ? labels.length / (present * counts[k]!) : 0;
  return weights;
}
