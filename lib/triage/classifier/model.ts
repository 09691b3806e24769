/**
 * The triage classifier: TF-IDF features and a linear model, trained in-process in a few seconds,
 * saved as plain JSON and loaded back without any download.
 */
import { isTriageCategory, TRIAGE_CATEGORIES, type TriageCategory } from "./categories";
import { linearScores, softmax, trainComplementNb, trainSoftmax, type LinearWeights } from "./linear";
import { DEFAULT_TFIDF_OPTIONS, round, TfIdfVectorizer, type TfIdfJson, type TfIdfOptions } from "./tfidf";

export type TrainingExample = { text: string; label: TriageCategory };

/**
 * softmax (multinomial logistic regression) is the default. Complement naive Bayes is kept for
 * comparison: it scored lower, and its "probabilities" are a softmax of its scores, poorly calibrated.
 */
export type Algorithm = "softmax" | "complement-nb";

export type TrainingOptions = {
  algorithm: Algorithm;
  tfidf: TfIdfOptions;
  /** Softmax: L2 penalty. */
  l2: number;
  /** Softmax: weigh classes equally however many examples each has. */
  classWeight: "balanced" | "none";
  /** Softmax: L-BFGS iteration cap. */
  maxIterations: number;
  /** Complement naive Bayes: additive smoothing. */
  alpha: number;
};

/** Chosen on the NLBSE'24 training data and the shipped corpus (see docs/benchmarks.md). */
export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  algorithm: "softmax",
  tfidf: DEFAULT_TFIDF_OPTIONS,
  l2: 1e-4,
  classWeight: "balanced",
  maxIterations: 300,
  alpha: 0.3,
};

export type Classification = {
  category: TriageCategory;
  /** Probability (0..1) of the chosen category. */
  confidence: number;
  /** Probability of every category the model was trained on. */
  scores: Partial<Record<TriageCategory, number>>;
};

const FORMAT = "hypercare-triage-classifier";
const VERSION = 1;

export type ClassifierJson = {
  format: typeof FORMAT;
  version: typeof VERSION;
  algorithm: Algorithm;
  classes: TriageCategory[];
  vectorizer: TfIdfJson;
  /** Feature-major: weights[feature * classes.length + class]. */
  weights: number[];
  bias: number[];
  /** corpusSha256: the shipped corpus the model was trained on, when it was. */
  trainedOn: { examples: number; corpusSha256?: string };
};

export class Classifier {
  private constructor(
    readonly algorithm: Algorithm,
    readonly classes: readonly TriageCategory[],
    private readonly vectorizer: TfIdfVectorizer,
    private readonly model: LinearWeights,
    readonly trainedOn: ClassifierJson["trainedOn"],
  ) {}

  static train(examples: readonly TrainingExample[], options: Partial<TrainingOptions> = {}, corpusSha256?: string): Classifier {
    const settings = { ...DEFAULT_TRAINING_OPTIONS, ...options };
    if (examples.length === 0) throw new Error("Cannot train a classifier on no examples");
    // Classes in the fixed category order, so the same examples always give the same model.
    const classes = TRIAGE_CATEGORIES.filter((category) => examples.some((example) => example.label === category));
    const vectorizer = TfIdfVectorizer.fit(
      examples.map((example) => example.text),
      settings.tfidf,
    );
    const data = {
      vectors: examples.map((example) => vectorizer.transform(example.text)),
      labels: examples.map((example) => classes.indexOf(example.label)),
      classCount: classes.length,
      featureCount: vectorizer.size,
    };
    const model =
      settings.algorithm === "softmax"
        ? trainSoftmax(data, { l2: settings.l2, classWeight: settings.classWeight, maxIterations: settings.maxIterations })
        : trainComplementNb(data, { alpha: settings.alpha });
    return new Classifier(settings.algorithm, classes, vectorizer, model, { examples: examples.length, ...(corpusSha256 ? { corpusSha256 } : {}) });
  }

  static fromJSON(json: ClassifierJson): Classifier {
    if (json?.format !== FORMAT || json.version !== VERSION) throw new Error(`Not a ${FORMAT} v${VERSION} model`);
    if (!json.classes.every(isTriageCategory)) throw new Error("Classifier model names an unknown category");
    const vectorizer = TfIdfVectorizer.fromJSON(json.vectorizer);
    const K = json.classes.length;
    if (json.weights.length !== vectorizer.size * K || json.bias.length !== K) throw new Error("Classifier model weights do not match its vocabulary");
    const model = { classCount: K, featureCount: vectorizer.size, weights: Float64Array.from(json.weights), bias: Float64Array.from(json.bias) };
    return new Classifier(json.algorithm, json.classes, vectorizer, model, json.trainedOn);
  }

  classify(text: string): Classification {
    const probabilities = softmax(linearScores(this.model, this.vectorizer.transform(text)));
    let best = 0;
    for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
    const scores: Partial<Record<TriageCategory, number>> = {};
    this.classes.forEach((category, k) => (scores[category] = probabilities[k]!));
    return { category: this.classes[best]!, confidence: probabilities[best]!, scores };
  }

  /** Rounded weights keep the file small; the rounding changes no prediction in practice. */
  toJSON(): ClassifierJson {
    return {
      format: FORMAT,
      version: VERSION,
      algorithm: this.algorithm,
      classes: [...this.classes],
      vectorizer: this.vectorizer.toJSON(),
      weights: Array.from(this.model.weights, (w) => round(w, 4)),
      bias: Array.from(this.model.bias, (b) => round(b, 4)),
      trainedOn: this.trainedOn,
    };
  }
}
