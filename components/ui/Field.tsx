import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** A file input: its button styled like the portal's secondary buttons. */
export const fileInputClasses =
  "block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-200 dark:text-slate-300 dark:file:bg-slate-800 dark:file:text-slate-100";

export const inputClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 aria-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500";

export const labelClasses = "block text-sm font-medium text-slate-800 dark:text-slate-200";

type FieldProps = { label: string; name: string; hint?: ReactNode; errors?: string[]; className?: string };

/** Label, hint and field-level errors around a control, wired up for screen readers. */
function Field({
  label,
  name,
  id: givenId,
  hint,
  errors,
  className,
  control,
}: FieldProps & { id?: string; control: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const id = givenId ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      {control({ id, "aria-invalid": errorId ? true : undefined, "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, name, hint, errors, className, ...input }: ComponentProps<"input"> & FieldProps) {
  return (
    <Field label={label} name={name} id={input.id} hint={hint} errors={errors} className={className}
      control={(aria) => <input name={name} className={inputClasses} {...input} {...aria} />} />
  );
}

export function SelectField({ label, name, hint, errors, className, children, ...select }: ComponentProps<"select"> & FieldProps) {
  return (
    <Field label={label} name={name} id={select.id} hint={hint} errors={errors} className={className}
      control={(aria) => (
        <select name={name} className={inputClasses} {...select} {...aria}>
          {children}
        </select>
      )} />
  );
}
