"use client";

import { useEffect, useState } from "react";
import { inputClasses, labelClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { errorsUnder, FieldMessage } from "./FieldMessage";
import type { SettingsDraft } from "./settings-draft";

type CalendarDraft = SettingsDraft["calendar"];

// Monday first, as most teams plan their week; the stored numbers follow Date.getDay() (0 = Sunday).
const WEEK = [
  { day: 1, label: "Mon" },
  { day: 2, label: "Tue" },
  { day: 3, label: "Wed" },
  { day: 4, label: "Thu" },
  { day: 5, label: "Fri" },
  { day: 6, label: "Sat" },
  { day: 0, label: "Sun" },
];

/** Time zones the browser knows, for suggestions; read after hydration so server and browser render alike. */
function useTimeZones(): string[] {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => {
    try {
      setZones(Intl.supportedValuesOf("timeZone"));
    } catch {
      setZones([]);
    }
  }, []);
  return zones;
}

/** When the SLA clocks run: around the clock, or in working hours of one time zone. */
export function CalendarFields({ calendar, errors, onChange }: { calendar: CalendarDraft; errors: Record<string, string[] | undefined>; onChange: (calendar: CalendarDraft) => void }) {
  const zones = useTimeZones();
  const set = (patch: Partial<CalendarDraft>) => onChange({ ...calendar, ...patch });
  const error = (field: string) => errorsUnder(errors, `calendar.${field}`);

  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className={labelClasses}>Clocks run</legend>
        {(
          [
            ["24x7", "Around the clock (24/7)", "Every minute counts, nights and weekends included."],
            ["business", "In business hours", "Only working hours count: a critical item filed on Friday evening is due on Monday morning."],
          ] as const
        ).map(([mode, title, hint]) => (
          <label key={mode} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50/50 dark:border-slate-800 dark:has-[:checked]:bg-brand-950/30">
            <input type="radio" name="calendar-mode" value={mode} checked={calendar.mode === mode} onChange={() => set({ mode })} className="mt-1" />
            <span>
              <span className="block text-sm font-medium text-slate-900 dark:text-white">{title}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {calendar.mode === "business" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="calendar-time-zone" className={labelClasses}>
              Time zone
            </label>
            <input
              id="calendar-time-zone"
              list="calendar-time-zones"
              value={calendar.timeZone}
              onChange={(e) => set({ timeZone: e.target.value })}
              placeholder="Europe/Berlin"
              aria-invalid={error("timeZone") ? true : undefined}
              aria-describedby={error("timeZone") ? "calendar-time-zone-error" : "calendar-time-zone-hint"}
              className={cn(inputClasses, "mt-1.5 sm:max-w-sm")}
            />
            <datalist id="calendar-time-zones">
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <p id="calendar-time-zone-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              An IANA name such as Europe/Berlin or America/New_York; working hours follow its daylight saving time.
            </p>
            <FieldMessage id="calendar-time-zone-error" messages={error("timeZone")} />
          </div>

          <fieldset className="sm:col-span-2">
            <legend className={labelClasses}>Working days</legend>
            <div className="mt-1.5 flex flex-wrap gap-2">
              {WEEK.map(({ day, label }) => (
                <label key={day} className="flex cursor-pointer items-center gap-1.5 rounded-lg border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950/40">
                  <input
                    type="checkbox"
                    checked={calendar.days.includes(day)}
                    onChange={(e) => set({ days: e.target.checked ? [...calendar.days, day] : calendar.days.filter((d) => d !== day) })}
                  />
                  {label}
                </label>
              ))}
            </div>
            <FieldMessage id="calendar-days-error" messages={error("days")} />
          </fieldset>

          <div>
            <label htmlFor="calendar-start" className={labelClasses}>
              Working day starts
            </label>
            <input id="calendar-start" type="time" value={calendar.start} onChange={(e) => set({ start: e.target.value })} aria-invalid={error("start") ? true : undefined} className={cn(inputClasses, "mt-1.5")} />
            <FieldMessage id="calendar-start-error" messages={error("start")} />
          </div>
          <div>
            <label htmlFor="calendar-end" className={labelClasses}>
              Working day ends
            </label>
            <input id="calendar-end" type="time" value={calendar.end} onChange={(e) => set({ end: e.target.value })} aria-invalid={error("end") ? true : undefined} className={cn(inputClasses, "mt-1.5")} />
            <FieldMessage id="calendar-end-error" messages={error("end")} />
          </div>

          <div className="sm:col-span-2">
            <label htmlFor="calendar-holidays" className={labelClasses}>
              Holidays
            </label>
            <textarea
              id="calendar-holidays"
              rows={3}
              value={calendar.holidays}
              onChange={(e) => set({ holidays: e.target.value })}
              placeholder={"2026-12-25\n2026-12-26"}
              aria-invalid={error("holidays") ? true : undefined}
              aria-describedby="calendar-holidays-hint"
              className={cn(inputClasses, "mt-1.5 font-mono sm:max-w-sm")}
            />
            <p id="calendar-holidays-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              One date per line (YYYY-MM-DD). No clock runs on these days.
            </p>
            <FieldMessage id="calendar-holidays-error" messages={error("holidays")} />
          </div>
        </div>
      )}
    </div>
  );
}
