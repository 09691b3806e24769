"use client";

export { ErrorMessage as default } from "@/components/shell/status/ErrorMessage";
