// Errors of the engine's stages. Each says which stage failed; none carries a secret.

/** The policy folder could not be loaded at start-up (a broken reload keeps the last good policy instead). */
export class PolicyLoadError extends Error {
  constructor(message: string, readonly diagnostics: string[]) {
    super(message);
  }
}

/** The state directory (audit log, approvals) could not be opened. */
export class StateError extends Error {}
