import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** A long-running child that is stopped when this process is asked to stop. */
export function startChild(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", ...options });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

/** Runs a TypeScript script of ours; server-only modules need the react-server condition. */
export function runScript(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  return run(process.execPath, ["--conditions=react-server", "--import", "tsx", file], { env });
}
