"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClassifierFigures, ClassifierStatus, RetrainResult } from "@/lib/triage/retrain";
import { Alert } from "../../ui/Alert";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { utcTime } from "../../ui/dates";
import { messageOf, send } from "./config-client";

const CLASSIFIER_API = "/api/admin/triage/classifier";

const f1 = (value: number) => value.toFixed(2);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Outcome = { tone: "success" | "error"; text: string };

function FiguresLine({ figures }: { figures: ClassifierFigures }) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Macro-F1 on the confirmed items ({figures.folds}-fold cross-validation): <strong className="tabular-nums">{f1(figures.macroF1New)}</strong>, against{" "}
      <span className="tabular-nums">{f1(figures.macroF1Current)}</span> for the model it replaced (accuracy {f1(figures.accuracyNew)} against{" "}
      {f1(figures.accuracyCurrent)}). Training took {seconds(figures.trainingMs)}.
    </p>
  );
}

function ActiveModel({ active }: { active: ClassifierStatus["active"] }) {
  if (active.source === "shipped") {
    return (
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-900 dark:text-white">
          <Badge>Shipped model</Badge> trained on the {active.trainingExamples.toLocaleString("en")} labelled examples the portal comes with.
        </p>
      </div>
    );
  }
  const trainedAt = new Date(active.trainedAt);
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-900 dark:text-white">
        <Badge tone="brand">Retrained</Badge>
        <span>
          on <time dateTime={trainedAt.toISOString()}>{utcTime(trainedAt)}</time>
          {active.trainedBy && <> by {active.trainedBy.name ?? active.trainedBy.email}</>}
          {active.staffItems !== null && <>, from {active.staffItems.toLocaleString("en")} confirmed categories and the shipped examples</>}.
        </span>
      </p>
      {active.figures && <FiguresLine figures={active.figures} />}
    </div>
  );
}

/**
 * The category model on the triage settings page: which one is active, how many categories staff
 * confirmed, and the admin actions to retrain from them or go back to the shipped model.
 */
export function ClassifierCard({ status }: { status: ClassifierStatus }) {
  const router = useRouter();
  const [pending, setPending] = useState<"retrain" | "revert" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const enough = status.confirmedItems >= status.minimumConfirmedItems;

  async function retrain() {
    setPending("retrain");
    setOutcome(null);
    const result = await send<RetrainResult>("POST", CLASSIFIER_API);
    setPending(null);
    if (!result.ok) return setOutcome({ tone: "error", text: messageOf(result) });
    const { metrics } = result.data;
    setOutcome({
      tone: "success",
      text: `Retrained from ${metrics.staffItems} confirmed categories in ${seconds(metrics.trainingMs)}. Macro-F1 ${f1(metrics.macroF1New)} against ${f1(metrics.macroF1Current)} before. New items use it now.`,
    });
    router.refresh();
  }

  async function revert() {
    if (!window.confirm("Use the shipped model again? Every retrained model is deleted; you can retrain again later.")) return;
    setPending("revert");
    setOutcome(null);
    const result = await send("DELETE", CLASSIFIER_API);
    setPending(null);
    if (!result.ok) return setOutcome({ tone: "error", text: messageOf(result) });
    setOutcome({ tone: "success", text: "The shipped model categorizes new items again." });
    router.refresh();
  }

  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <ActiveModel active={status.active} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Staff have confirmed or corrected the category of <strong className="tabular-nums">{status.confirmedItems.toLocaleString("en")}</strong>{" "}
        {status.confirmedItems === 1 ? "item" : "items"}
        {enough ? "." : `; retraining needs at least ${status.minimumConfirmedItems}.`} Retraining learns from all of them, counted twice as much as
        the shipped examples; items already filed keep their category.
      </p>
      {status.canRetrain && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => void retrain()} disabled={pending !== null} aria-busy={pending === "retrain"}>
            {pending === "retrain" ? "Retraining… (a few seconds)" : "Retrain from confirmed categories"}
          </Button>
          {status.active.source === "retrained" && (
            <Button type="button" variant="secondary" onClick={() => void revert()} disabled={pending !== null} aria-busy={pending === "revert"}>
              {pending === "revert" ? "Switching back…" : "Use the shipped model again"}
            </Button>
          )}
        </div>
      )}
      <div aria-live="polite">{outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}</div>
    </div>
  );
}
