// The knowledge base: what each program does, by flag and sub-command. Data only; the code that
// reads it is runtime/shell/classify.ts and the handlers named here live in runtime/shell/handlers.
// Anything not listed is "mutating" + "opaque" (never read-only).
import type { ShellCategory } from "../../../compiler/context/types.js";
import { PRIVILEGE_FILE } from "../options.js";
import type { CommandRule, ProgramRule } from "./rules.js";

const R: ShellCategory[] = ["read-only"];
const M: ShellCategory[] = ["mutating"];
const D: ShellCategory[] = ["destructive"];
const N: ShellCategory[] = ["network"];
const O: ShellCategory[] = ["opaque"];
const P: ShellCategory[] = ["privileged"];
const NM: ShellCategory[] = ["network", "mutating"];
const PM: ShellCategory[] = ["privileged", "mutating"];
const PD: ShellCategory[] = ["privileged", "destructive"];
const MO: ShellCategory[] = ["mutating", "opaque"];

/** A flag value naming sudoers, passwd, shadow and the like. */
const PRIVILEGE_VALUE = "~" + PRIVILEGE_FILE.source;

const readOnly = (...names: string[]): ProgramRule[] => names.map((name) => ({ name, categories: R }));
const mutating = (...names: string[]): ProgramRule[] => names.map((name) => ({ name, categories: M }));
const destructive = (...names: string[]): ProgramRule[] => names.map((name) => ({ name, categories: D }));
const privileged = (categories: ShellCategory[], ...names: string[]): ProgramRule[] => names.map((name) => ({ name, categories }));
const sub = (categories: ShellCategory[], extra: Omit<CommandRule, "categories"> = {}): CommandRule => ({ categories, ...extra });
const subs = (categories: ShellCategory[], ...names: string[]): Record<string, CommandRule> =>
  Object.fromEntries(names.map((n) => [n, { categories }]));

// ---------------------------------------------------------------- git
/** Configuration keys whose value is a program git runs later (aliases with "!", pagers, editors, hooks, filters, helpers). */
const GIT_CONFIG_RUNS = "~^(alias|pager|filter|difftool|mergetool|credential)\\.|^core\\.(pager|editor|sshcommand|hookspath|fsmonitor|askpass|gitproxy)$|" +
  "^(sequence\\.editor|diff\\.external|gpg\\.program|gpg\\.[a-z0-9]+\\.program|uploadpack\\.packobjectshook|init\\.templatedir|include\\.path)$|" +
  "^(diff|merge|remote|includeif)\\..*\\.(textconv|command|driver|uploadpack|receivepack|path)$";
const GIT_OUTPUT: ShellCategory[] = M;
const git: ProgramRule = {
  name: "git",
  categories: R,
  otherSubcommand: MO, // an alias from configuration can run anything
  noOperands: R,
  valueOptions: ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--super-prefix", "--config-env", "--exec-path", "--list-cmds", "--attr-source"],
  booleanOptions: ["-p", "--paginate", "-P", "--no-pager", "--bare", "--no-replace-objects", "--no-lazy-fetch", "--literal-pathspecs",
    "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice", "--html-path", "--man-path",
    "--info-path", "--version", "-v", "--help", "-h"],
  flags: [
    // Configuration on the command line can set core.pager, core.sshCommand, alias.*=!cmd, …
    { flags: ["-c", "--config-env", "--exec-path"], categories: O },
    { flags: ["--output"], categories: GIT_OUTPUT },
    { flags: ["--output"], values: [PRIVILEGE_VALUE], categories: P },
  ],
  subcommands: {
    ...subs(R, "status", "blame", "annotate", "rev-parse", "rev-list", "ls-files", "ls-tree",
      "cat-file", "describe", "shortlog", "name-rev", "merge-base", "show-ref", "for-each-ref", "count-objects",
      "verify-commit", "verify-tag", "check-ignore", "check-attr", "var", "version", "cherry", "show-branch"),
    // --ext-diff runs the external diff program named in the configuration or GIT_EXTERNAL_DIFF.
    ...Object.fromEntries(["log", "show", "diff", "whatchanged", "range-diff", "diff-tree", "diff-files", "diff-index"]
      .map((k) => [k, sub(R, { flags: [{ flags: ["--ext-diff"], categories: O }] })])),
    // --lost-found writes dangling objects into .git/lost-found.
    fsck: sub(R, { flags: [{ flags: ["--lost-found"], categories: M }] }),
    // --web opens the browser named in the configuration.
    help: sub(R, { flags: [{ flags: ["-w", "--web"], categories: O }] }),
    // A template directory brings hooks that later git commands run.
    ...Object.fromEntries(["fetch", "pull", "clone"].map((k) => [k, sub(NM, { flags: [{ flags: ["--upload-pack", "-u", "--config", "-c", "--template"], categories: O }] })])),
    init: sub(M, { flags: [{ flags: ["--template"], categories: O }] }),
    "format-patch": sub(M, { flags: [{ flags: ["--stdout"], categories: R, mode: "set" }, { flags: ["-o", "--output-directory"], categories: M }] }),
    "ls-remote": sub(N, { flags: [{ flags: ["--upload-pack", "-u"], categories: O }] }),
    rebase: sub(M, { valueOptions: ["-x", "--exec", "--onto", "-s", "--strategy", "-X", "--strategy-option"], scriptOptions: ["-x", "--exec"] }),
    grep: sub(R, { flags: [{ flags: ["-O", "--open-files-in-pager"], categories: O }] }),
    difftool: sub(MO, { valueOptions: ["-x", "--extcmd", "-t", "--tool"], scriptOptions: ["-x", "--extcmd"] }),
    notes: sub(M, { subcommands: { ...subs(R, "list", "show", "get-ref"), ...subs(D, "remove", "prune") } }),
    // The message, author and template options take a value, which is no option however it expands.
    ...Object.fromEntries(["commit", "merge"].map((k) => [k, sub(M, { valueOptions: ["-m", "--message", "-F", "--file", "-C", "--reuse-message", "-c", "--reedit-message",
      "--author", "--date", "--fixup", "--squash", "-t", "--template", "--cleanup", "--trailer", "-s", "--strategy", "-X", "--strategy-option", "--into-name"] })])),
    ...subs(M, "add", "cherry-pick", "revert", "mv", "am", "apply",
      "mergetool", "stage", "bundle", "update-index", "read-tree", "write-tree", "commit-tree",
      "hash-object", "sparse-checkout", "maintenance", "repack", "pack-refs", "replace", "rerere", "bugreport"),
    bisect: sub(M, { subcommands: { run: sub(MO) } }),
    // Rewrites every commit it is given (and with --force, the backup of the old history); its filters are scripts.
    ...subs(["destructive", "opaque"], "filter-branch"),
    submodule: sub(["network", "mutating", "opaque"], { booleanOptions: ["-q", "--quiet", "--cached"], subcommands: { ...subs(R, "status", "summary"), 
      // foreach runs its words as a shell command in every submodule.
      foreach: sub([], { wrapper: { joinsWords: true, valueOptions: [], bare: R } }),
      // deinit -f drops the submodule's working tree, local changes included.
      deinit: sub(["network", "mutating", "opaque"], { flags: [{ flags: ["-f", "--force"], categories: D }] }) } }),
    // symbolic-ref NAME reads it, NAME REF sets it.
    "symbolic-ref": sub(R, { outputOperand: 2, flags: [{ flags: ["-d", "--delete"], categories: M }] }),
    ...subs(D, "prune", "filter-repo"),
    rm: sub(M, { flags: [{ flags: ["-f", "--force"], categories: D }] }),
    reset: sub(M, { flags: [{ flags: ["--hard", "--merge", "--keep"], categories: D }] }),
    clean: sub(D, { flags: [{ flags: ["-n", "--dry-run"], categories: R, mode: "set" }] }),
    checkout: sub(M, { flags: [{ flags: ["-f", "--force", "--", "."], categories: D }] }),
    switch: sub(M, { flags: [{ flags: ["-f", "--force", "--discard-changes"], categories: D }] }),
    restore: sub(D, { flags: [{ flags: ["--staged", "-S"], categories: M, mode: "set" }, { flags: ["--worktree", "-W"], categories: D }] }),
    push: sub(NM, {
      valueOptions: ["--repo", "--push-option", "-o", "--receive-pack", "--exec"],
      flags: [
        { flags: ["--receive-pack", "--exec"], categories: O },{ flags: ["-f", "--force", "--force-with-lease", "--force-if-includes", "--delete", "-d", "--mirror", "--prune", "+", ":"], categories: D }],
    }),
    gc: sub(M, { flags: [{ flags: ["--prune"], categories: D }] }),
    // Operands name a branch or tag to create, except in list mode, where they are patterns or commits.
    branch: sub(R, {
      withOperands: M,
      flags: [
        { flags: ["-l", "--list", "-a", "--all", "-r", "--remotes", "--show-current", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at"], categories: R, mode: "set" },
        { flags: ["-m", "-M", "--move", "-c", "-C", "--copy", "--set-upstream-to", "-u", "--unset-upstream", "--edit-description", "-f", "--force", "-t", "--track"], categories: M },
        // -D is -d --force; -d with -f in any spelling is the same, so deleting a branch counts as losing it.
        { flags: ["-D", "-d", "--delete"], categories: D },
      ],
    }),
    tag: sub(R, { withOperands: M, flags: [
      { flags: ["-l", "--list", "--points-at", "--contains", "--no-contains", "--merged", "--no-merged", "-v", "--verify", "-n"], categories: R, mode: "set" },
      { flags: ["-a", "--annotate", "-s", "--sign", "-u", "--local-user", "-f", "--force", "-m", "--message", "-F", "--file"], categories: M },
      { flags: ["-d", "--delete"], categories: D },
    ] }),
    stash: sub(M, { noOperands: M, subcommands: { ...subs(R, "list", "show"), ...subs(D, "drop", "clear"), ...subs(M, "push", "save", "pop", "apply", "branch", "create", "store") } }),
    remote: sub(R, { subcommands: { ...subs(R, "get-url"), show: sub(N, { noOperands: R, flags: [{ flags: ["-n"], categories: R, mode: "set" }] }), update: sub(NM), prune: sub(NM), ...subs(M, "add", "rename", "set-url", "set-head", "set-branches"), ...subs(D, "remove", "rm") } }),
    // git config NAME reads it, git config NAME VALUE sets it; the newer form names the action.
    config: sub(R, {
      outputOperand: 2,
      valueOptions: ["-f", "--file", "--blob", "--type", "--default", "--comment", "--value", "--url"],
      flags: [
        { flags: ["--get", "--get-all", "--get-regexp", "-l", "--list", "--get-urlmatch", "--show-origin", "--get-color", "--get-colorbool"], categories: R, mode: "set" },
        { flags: ["--add", "--replace-all", "--unset", "--unset-all", "--rename-section", "--remove-section", "-e", "--edit"], categories: M },
        { flags: ["-e", "--edit"], categories: O },
        { flags: [GIT_CONFIG_RUNS], categories: O, minOperands: 2 },
      ],
      subcommands: { ...subs(R, "get", "list"), set: sub(M, { flags: [{ flags: [GIT_CONFIG_RUNS], categories: O, minOperands: 2 }] }), ...subs(M, "unset", "rename-section", "remove-section"), edit: sub(MO) },
    }),
    reflog: sub(R, { subcommands: { ...subs(R, "show", "exists"), ...subs(D, "expire", "delete") } }),
    worktree: sub(M, { subcommands: { ...subs(R, "list"), ...subs(M, "add", "lock", "unlock", "move", "repair"), ...subs(D, "remove", "prune") } }),
    "update-ref": sub(M, { flags: [{ flags: ["-d"], categories: D }] }),
    archive: sub(R, { valueOptions: ["-o", "--output", "--format", "--prefix", "--remote", "--exec", "--add-file", "--add-virtual-file"],
      flags: [{ flags: ["--remote"], categories: N }, { flags: ["-o", "--output"], categories: M }, { flags: ["--exec"], categories: O }] }),
  },
};

// ---------------------------------------------------------------- kubectl
const kubectlValueOptions = [
  "-n", "--namespace", "--context", "--cluster", "--user", "-s", "--server", "--kubeconfig", "--token",
  "--as", "--as-group", "--as-uid", "-l", "--selector", "-o", "--output", "-f", "--filename", "-c", "--container",
  "--field-selector", "--sort-by", "--template", "-L", "--label-columns", "--request-timeout", "--since", "--tail",
  "--type", "--image", "--replicas", "--timeout", "--for", "-p", "--patch", "--grace-period", "-k", "--kustomize",
  "--certificate-authority", "--client-certificate", "--client-key", "--cache-dir", "-v", "--v", "--chunk-size",
  "--username", "--password", "--profile", "--profile-output", "--tls-server-name", "--log-dir", "--log-file",
  "--log-file-max-size", "--log-flush-frequency", "--vmodule", "--stderrthreshold", "--one-output", "--add-dir-header",
];
const kubectlBooleanOptions = ["-A", "--all-namespaces", "--insecure-skip-tls-verify", "--match-server-version",
  "--warnings-as-errors", "--disable-compression", "--logtostderr", "--alsologtostderr", "--skip-headers", "--skip-log-headers",
  "-h", "--help"];
const kubectl: ProgramRule = {
  name: "kubectl",
  aliases: ["oc"],
  categories: R,
  otherSubcommand: MO,
  valueOptions: kubectlValueOptions,
  booleanOptions: kubectlBooleanOptions,
  flags: [
    // Impersonation acts with another identity's rights.
    { flags: ["--as", "--as-group", "--as-uid"], categories: P },
    { flags: ["--token", "--kubeconfig", "--server", "-s"], categories: O },
    // kustomize plugins and helm charts inflated by kustomize run programs.
    { flags: ["--enable-alpha-plugins", "--enable-exec", "--enable-helm", "--helm-command"], categories: O },
  ],
  subcommands: {
    ...subs(R, "get", "describe", "logs", "top", "explain", "api-resources", "api-versions", "version", "diff",
      "events", "wait", "completion", "plugin", "kustomize"),
    // Role bindings and tokens hand out rights.
    create: sub(M, { flags: [{ flags: ["~^(clusterrole|clusterrolebinding|role|rolebinding|token)$"], categories: P }] }),
    ...subs(M, "apply", "edit", "patch", "replace", "set", "label", "annotate", "scale", "autoscale",
      "expose", "cordon", "uncordon", "taint", "cp"),
    ...subs(D, "delete", "drain"),
    "cluster-info": sub(R, { subcommands: { dump: sub(R, { flags: [{ flags: ["--output-directory"], categories: M }] }) } }),
    auth: sub(R, { subcommands: { ...subs(R, "can-i", "whoami"), reconcile: sub(PM) } }),
    certificate: sub(PM),
    config: sub(R, {
      subcommands: {
        ...subs(R, "view", "get-contexts", "current-context", "get-clusters", "get-users"),
        ...subs(M, "set", "set-context", "set-cluster", "set-credentials", "use-context", "use", "rename-context"),
        ...subs(D, "unset", "delete-context", "delete-cluster", "delete-user"),
      },
    }),
    rollout: sub(M, { subcommands: { ...subs(R, "status", "history"), ...subs(M, "restart", "pause", "resume", "undo") } }),
    "port-forward": sub(N),
    proxy: sub(N),
    exec: sub(R, { wrapper: { afterDoubleDash: true, bare: MO } }),
    debug: sub(PM, { wrapper: { afterDoubleDash: true, bare: MO } }),
    run: sub(M, { wrapper: { afterDoubleDash: true, bare: M } }),
    attach: sub(MO),
  },
};
kubectl.subcommands!["replace"] = sub(M, { flags: [{ flags: ["--force"], categories: D }] });
kubectl.subcommands!["apply"] = sub(M, { flags: [{ flags: ["--prune", "--force"], categories: D }] });

// ---------------------------------------------------------------- docker / podman
const dockerRun: CommandRule = sub(M, {
  valueOptions: ["-v", "--volume", "-e", "--env", "-p", "--publish", "--name", "-w", "--workdir", "-u", "--user",
    "--network", "--net", "--entrypoint", "-m", "--memory", "--mount", "--env-file", "-l", "--label", "--cpus",
    "--pid", "--ipc", "--uts", "--cap-add", "--device", "--security-opt", "--restart", "-h", "--hostname", "--platform"],
  flags: [
    { flags: ["--privileged", "--cap-add", "--device", "--pid", "--userns", "--security-opt"], categories: P },
    // The host's namespaces, or its root, system directories or container socket mounted inside: the host's rights.
    { flags: ["--ipc", "--uts", "--cgroupns", "--network", "--net"], values: ["host"], categories: P },
    { flags: ["-v", "--volume"], values: [String.raw`~^(/|/(etc|root|boot|dev|proc|sys|var/run|run|var/lib/docker|usr|bin|sbin|lib)(/[^:]*)?)(:|$)`], categories: P },
    { flags: ["--mount"], values: [String.raw`~(^|,)(source|src)=(/|/(etc|root|boot|dev|proc|sys|var/run|run|var/lib/docker|usr|bin|sbin|lib)(/[^,]*)?)(,|$)`], categories: P },
    { flags: ["-v", "--volume", "--mount"], categories: M },
    { flags: ["--entrypoint"], categories: O },
  ],
  wrapper: { skipOperands: 1, bare: MO, valueOptions: [] },
});
const docker: ProgramRule = {
  name: "docker",
  aliases: ["podman", "nerdctl"],
  categories: R,
  otherSubcommand: MO,
  valueOptions: ["-H", "--host", "--context", "-c", "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey",
    // podman
    "--root", "--runroot", "--storage-driver", "--storage-opt", "--cgroup-manager", "--events-backend", "--runtime", "--tmpdir",
    "--url", "--identity", "--connection", "--module", "--network-cmd-path", "--conmon", "--hooks-dir", "--imagestore"],
  booleanOptions: ["-D", "--debug", "--tls", "--tlsverify", "-v", "--version", "--help", "-r", "--remote", "--syslog"],
  subcommands: {
    ...subs(R, "ps", "images", "inspect", "logs", "version", "info", "stats", "top", "history", "port", "diff", "events"),
    search: sub(N),
    ...subs(NM, "pull", "push", "login"),
    ...subs(M, "build", "create", "start", "restart", "tag", "commit", "cp", "pause", "unpause", "rename", "update", "logout", "load", "import", "save", "export"),
    ...subs(D, "rm", "rmi", "kill", "stop"),
    run: dockerRun,
    exec: sub(R, { valueOptions: ["-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file"], flags: [{ flags: ["--privileged", "-u", "--user"], categories: P }], wrapper: { skipOperands: 1, bare: MO } }),
    system: sub(R, { subcommands: { ...subs(R, "df", "info", "events"), ...subs(D, "prune", "reset") }, otherSubcommand: MO }),
    // Swarm objects and podman pods: removing one stops what runs in it.
    ...Object.fromEntries(["stack", "service", "secret", "config", "plugin", "node", "pod", "context", "manifest"].map((k) => [k, sub(R, {
      subcommands: { ...subs(R, "ls", "list", "inspect", "ps", "logs", "services", "show", "exists", "top", "stats"), ...subs(D, "rm", "remove", "prune", "kill", "stop", "down") },
      otherSubcommand: MO,
    })])),
    swarm: sub(MO, { subcommands: { leave: sub(D) } }),
    builder: sub(R, { subcommands: { ...subs(R, "ls", "du", "inspect"), prune: sub(D) }, otherSubcommand: MO }),
    ...Object.fromEntries(["container", "image", "volume", "network"].map((k) => [k, sub(R, {
      subcommands: {
        ...subs(R, "ls", "list", "inspect", "history", "logs", "top", "port", "stats", "diff"),
        ...subs(D, "rm", "remove", "prune", "stop", "kill"),
        ...subs(M, "create", "connect", "disconnect", "tag", "pull", "push", "build", "start", "restart", "pause", "unpause", "rename", "update", "commit", "cp", "export", "save", "load", "import"),
        ...subs(MO, "run", "exec", "attach"),
      },
      otherSubcommand: MO,
    })])),
    // Removing a project's containers (and with -v its volumes) loses their state.
    compose: sub(R, {
      valueOptions: ["-f", "--file", "-p", "--project-name", "--project-directory", "--env-file", "--profile", "--ansi", "--parallel", "--progress"],
      subcommands: {
        ...subs(R, "ps", "logs", "config", "ls", "images", "top", "port", "version", "events", "stats"),
        ...subs(D, "down", "rm", "kill", "stop"),
        ...subs(M, "up", "start", "restart", "create", "build", "pull", "push", "pause", "unpause", "cp", "scale", "watch"),
        ...subs(MO, "attach"),
        // exec SERVICE CMD runs CMD in the service's container; run SERVICE CMD in a new one (a shell, or the image's command, without CMD).
        exec: sub(R, { valueOptions: ["-e", "--env", "-u", "--user", "-w", "--workdir", "--index"], flags: [{ flags: ["--privileged", "-u", "--user"], categories: P }],
          wrapper: { skipOperands: 1, bare: MO } }),
        run: sub(M, { valueOptions: ["-e", "--env", "-u", "--user", "-w", "--workdir", "-v", "--volume", "-p", "--publish", "--name", "--entrypoint", "-l", "--label", "--env-from-file", "--pull", "--cap-add", "--cap-drop"],
          flags: [{ flags: ["-u", "--user", "--cap-add"], categories: P }, { flags: ["--entrypoint"], categories: O }, { flags: ["-v", "--volume"], categories: M }],
          wrapper: { skipOperands: 1, bare: MO } }),
      },
      otherSubcommand: MO,
    }),
  },
};

// ---------------------------------------------------------------- container runtimes (CRI, containerd)
const crictl: ProgramRule = {
  name: "crictl",
  categories: R,
  otherSubcommand: MO,
  // Short -i and -t also belong to exec (interactive, tty), which inherits these: only the long forms are listed.
  valueOptions: ["-r", "--runtime-endpoint", "--image-endpoint", "-c", "--config", "--timeout"],
  booleanOptions: ["-D", "--debug", "-h", "--help", "-v", "--version"],
  subcommands: {
    ...subs(R, "ps", "pods", "images", "img", "inspect", "inspecti", "inspectp", "logs", "stats", "statsp", "info", "version", "imagefsinfo", "events", "metricdescs", "metricsp", "help", "completion", "checkpoint"),
    // config NAME reads a setting; config NAME VALUE or --set writes the configuration file.
    config: sub(R, { outputOperand: 2, flags: [{ flags: ["--set"], categories: M }] }),
    pull: sub(NM),
    ...subs(D, "rm", "rmi", "rmp", "stop", "stopp"),
    ...subs(M, "create", "start", "runp", "update", "port-forward", "attach"),
    run: sub(MO),
    exec: sub(R, { valueOptions: ["-e", "--env", "--timeout", "-u", "--user", "--name"], wrapper: { skipOperands: 1, bare: MO } }),
  },
};
/** containerd objects: list and inspect read, remove and kill lose state. */
const ctrObject = (more: Record<string, CommandRule> = {}): CommandRule => sub(R, {
  otherSubcommand: MO,
  subcommands: {
    ...subs(R, "ls", "list", "info", "check", "usage", "tree", "metrics", "ps", "get", "label"),
    ...subs(D, "rm", "remove", "delete", "del", "prune", "kill", "delete-all"),
    ...subs(NM, "pull", "push", "fetch"),
    ...subs(M, "tag", "import", "export", "mount", "unmount", "convert", "create", "start", "pause", "resume", "checkpoint", "restore", "set-label", "commit", "prepare", "update"),
    exec: sub(R, { valueOptions: ["--exec-id", "--cwd", "--user", "-u", "--env", "-e"], wrapper: { skipOperands: 1, bare: MO } }),
    ...more,
  },
});
const ctr: ProgramRule = {
  name: "ctr",
  categories: R,
  otherSubcommand: MO,
  valueOptions: ["-a", "--address", "-n", "--namespace", "--timeout", "--connect-timeout"],
  booleanOptions: ["--debug", "-h", "--help", "-v", "--version"],
  subcommands: {
    ...subs(R, "version", "help", "info", "plugins", "plugin", "events", "event"),
    ...Object.fromEntries(["images", "image", "i", "containers", "container", "c", "tasks", "task", "t", "namespaces", "namespace", "ns",
      "snapshots", "snapshot", "content", "leases", "sandboxes", "sandbox", "sb"].map((k) => [k, ctrObject()])),
    pull: sub(NM),
    run: sub(MO),
  },
};

// ---------------------------------------------------------------- cloud
const GCLOUD_FLAGS = [
  { flags: ["list", "describe", "help", "info", "version"], categories: N, mode: "set" as const },
  // compute ssh --command / -- CMD runs a command on the instance.
  { flags: ["ssh", "--command", "--"], categories: O },
  { flags: ["delete", "remove", "reset", "purge", "rm", "stop", "suspend", "--delete-unmatched-destination-objects"], categories: D },
  { flags: ["add-iam-policy-binding", "remove-iam-policy-binding", "set-iam-policy"], categories: P },
];

// ---------------------------------------------------------------- systemd and services
const systemctl: ProgramRule = {
  name: "systemctl",
  categories: R,
  otherSubcommand: MO,
  valueOptions: ["-t", "--type", "--state", "-p", "--property", "-H", "--host", "-M", "--machine", "-n", "--lines", "-o", "--output", "--signal", "-s", "--root",
    "--message", "--job-mode", "--kill-whom", "--kill-value", "--what", "--boot-loader-menu", "--boot-loader-entry", "--reboot-argument",
    "--timestamp", "--check-inhibitors", "--preset-mode", "--image", "--image-policy", "--drop-in", "--when", "-P"],
  booleanOptions: ["--user", "--system", "--global", "-a", "--all", "-l", "--full", "-q", "--quiet", "--no-pager", "--no-legend",
    "--no-block", "--no-wall", "--no-reload", "--no-ask-password", "--now", "-f", "--force", "--failed", "--plain", "--runtime",
    "-r", "--recursive", "--show-types", "--value", "--dry-run", "-i", "--ignore-inhibitors", "--firmware-setup", "--reverse",
    "--after", "--before", "--with-dependencies", "--show-transaction", "-T", "--version", "-h", "--help"],
  flags: [{ flags: ["-H", "--host"], categories: N }],
  subcommands: {
    ...subs(R, "status", "show", "cat", "help", "is-active", "is-enabled", "is-failed", "is-system-running",
      "list-units", "list-unit-files", "list-sockets", "list-timers", "list-jobs", "list-dependencies",
      "list-machines", "show-environment", "get-default"),
    ...subs(M, "start", "restart", "reload", "try-restart", "reload-or-restart", "try-reload-or-restart", "enable",
      "disable", "reenable", "daemon-reload", "daemon-reexec", "mask", "unmask", "set-property", "edit", "link",
      "preset", "preset-all", "set-default", "set-environment", "unset-environment", "import-environment", "revert", "reset-failed", "freeze", "thaw"),
    ...subs(D, "stop", "kill", "isolate", "poweroff", "reboot", "halt", "kexec", "suspend", "hibernate",
      "hybrid-sleep", "rescue", "emergency", "default", "exit", "switch-root", "soft-reboot", "clean"),
  },
};
const service: ProgramRule = {
  name: "service",
  categories: R,
  otherSubcommand: MO,
  // service NAME ACTION: the action is the second operand.
  subcommandAt: 2,
  subcommands: { ...subs(R, "status"), ...subs(M, "start", "restart", "reload", "force-reload", "try-restart"), ...subs(D, "stop") },
};

// ---------------------------------------------------------------- package managers
const pkg = (name: string, readVerbs: string[], removeVerbs: string[], aliases: string[] = [], more: Record<string, CommandRule> = {}): ProgramRule => ({
  name,
  aliases,
  categories: R,
  otherSubcommand: ["network", "mutating", "opaque"], // install scripts run
  subcommands: { ...subs(R, ...readVerbs), ...subs(["destructive", "opaque"], ...removeVerbs), ...more },
});

const APT_OPTIONS = {
  valueOptions: ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "-a", "--host-architecture"],
  // Configuration can name hooks to run (APT::Update::Pre-Invoke, DPkg::Post-Invoke).
  flags: [{ flags: ["-o", "--option", "-c", "--config-file"], categories: O }],
  booleanOptions: ["-y", "--yes", "--assume-yes", "-q", "--quiet", "-s", "--simulate", "--dry-run", "-f", "--fix-broken",
    "--no-install-recommends", "--install-suggests", "-d", "--download-only", "-m", "--fix-missing", "--reinstall", "--purge",
    "-V", "--verbose-versions", "-h", "--help", "-v", "--version"],
};

// ---------------------------------------------------------------- wrappers
/** A -s/--shell value that is not a POSIX-like shell. */
const NOT_A_SHELL = "~^(?!(/usr)?/bin/(ba|da|z|k|mk|a|)sh$)";
const wrappers: ProgramRule[] = [
  { name: "env", categories: [], wrapper: { skipAssignments: true, dashIsOption: true, valueOptions: ["-u", "--unset", "-C", "--chdir"], commandStringOptions: ["-S", "--split-string"], bare: R } },
  { name: "nice", categories: [], wrapper: { valueOptions: ["-n", "--adjustment"], bare: R } },
  { name: "nohup", categories: [], wrapper: { bare: R } },
  { name: "timeout", categories: [], wrapper: { valueOptions: ["-s", "--signal", "-k", "--kill-after"], skipOperands: 1, bare: R } },
  { name: "time", categories: [], flags: [{ flags: ["-o", "--output"], categories: M }], wrapper: { valueOptions: ["-f", "--format", "-o", "--output"], bare: R } },
  { name: "stdbuf", categories: [], wrapper: { valueOptions: ["-i", "-o", "-e", "--input", "--output", "--error"], bare: R } },
  { name: "command", categories: [], wrapper: { queryOptions: ["-v", "-V"], bare: R } },
  { name: "builtin", categories: [], wrapper: { bare: R } },
  { name: "exec", categories: [], wrapper: { valueOptions: ["-a"], bare: R } },
  { name: "xargs", categories: [], wrapper: {
    // --replace, --max-lines and --eof take a value only after "=".
    valueOptions: ["-I", "-L", "-n", "--max-args", "-P", "--max-procs", "-d", "--delimiter", "-E", "-s", "--max-chars", "-a", "--arg-file", "--process-slot-var"],
    // GNU xargs: -i, -l and -e take a value only when it is attached (-i{}, -l5, -eEND).
    attachedValueOptions: ["-i", "-l", "-e"],
    appendsInput: true, defaultCommand: ["echo"] } },
  { name: "flock", categories: [], wrapper: { valueOptions: ["-w", "--timeout", "-E", "--conflict-exit-code"], commandStringOptions: ["-c", "--command"], skipOperands: 1, bare: R } },
  { name: "ionice", categories: [], wrapper: { valueOptions: ["-c", "--class", "-n", "--classdata"], queryOptions: ["-p", "--pid", "-P", "--pgid", "-u", "--uid"],
    queryChanges: { options: ["-c", "--class", "-n", "--classdata"] }, bare: R } },
  // taskset -p PID and chrt -p PID print; given a mask or priority before the PID they set it.
  { name: "taskset", categories: [], wrapper: { skipOperands: 1, queryOptions: ["-p", "--pid"], queryChanges: { minOperands: 2 }, bare: R } },
  { name: "watch", categories: [], wrapper: { valueOptions: ["-n", "--interval", "-q", "--equexit"], attachedValueOptions: ["-d"], joinsWords: true, bare: R } },
  { name: "chroot", categories: P, wrapper: { valueOptions: ["--userspec", "--groups"], skipOperands: 1, bare: ["privileged", "opaque"] } },
  { name: "setsid", categories: [], wrapper: { bare: R } },
  { name: "coproc", categories: [], wrapper: { bare: R } },
  { name: "chrt", categories: [], wrapper: { skipOperands: 1, queryOptions: ["-p", "--pid"], queryChanges: { minOperands: 2 }, bare: R } },
  { name: "busybox", aliases: ["toybox"], categories: [], wrapper: { bare: R } },
  { name: "setpriv", categories: P, wrapper: { valueOptions: ["--reuid", "--regid", "--ruid", "--euid", "--rgid", "--egid", "--groups",
    "--inh-caps", "--ambient-caps", "--bounding-set", "--securebits", "--selinux-label", "--apparmor-profile", "--pdeathsig",
    "--landlock-access", "--landlock-rule", "--seccomp-filter", "--ptracer"], queryOptions: ["-d", "--dump"], bare: ["privileged", "opaque"] } },
  // Route the command's connections through a proxy.
  ...["proxychains", "proxychains4", "torsocks", "tsocks"].map((name): ProgramRule => ({ name, categories: N, wrapper: { valueOptions: ["-f"], bare: N } })),
  ...["eatmydata", "nocache", "catchsegv", "chronic", "ifne", "dbus-run-session", "unbuffer"].map((name): ProgramRule => ({ name, categories: [], wrapper: { bare: R } })),
  { name: "faketime", categories: [], wrapper: { valueOptions: ["-m", "-p", "-f"], skipOperands: 1, bare: R } },
  { name: "valgrind", categories: [], wrapper: { valueOptions: [], bare: R } },
  { name: "systemd-inhibit", categories: [], wrapper: { valueOptions: ["--what", "--who", "--why", "--mode"], queryOptions: ["--list"], bare: R } },
  { name: "numactl", categories: [], wrapper: { valueOptions: ["-C", "--physcpubind", "-N", "--cpunodebind", "-m", "--membind", "-p", "--preferred", "-i", "--interleave", "-P", "--preferred-many"],
    queryOptions: ["-H", "--hardware", "-s", "--show"], bare: R } },
  { name: "cgexec", categories: [], wrapper: { valueOptions: ["-g"], bare: R } },
  // prlimit -p PID --nofile prints the limit; --nofile=N (-nN) sets it on that process.
  { name: "prlimit", categories: [], wrapper: { valueOptions: ["-p", "--pid", "-o", "--output"], queryOptions: ["-p", "--pid"],
    queryChanges: { attached: true, options: ["-c", "--core", "-d", "--data", "-e", "--nice", "-f", "--fsize", "-i", "--sigpending", "-l", "--memlock",
      "-m", "--rss", "-n", "--nofile", "-q", "--msgqueue", "-r", "--rtprio", "-s", "--stack", "-t", "--cpu", "-u", "--nproc", "-v", "--as",
      "-x", "--locks", "-y", "--rttime"] }, bare: R } },
  { name: "ssh-agent", categories: [], wrapper: { valueOptions: ["-a", "-E", "-t", "-P", "-O"], bare: R } },
  // -p attaches to a running process and also traces a command given after it.
  { name: "strace", categories: [], flags: [{ flags: ["-o", "--output"], categories: M }], wrapper: { valueOptions: ["-o", "--output", "-e", "-p", "--attach", "-s", "-u", "--user", "-E", "-P", "-a", "-X", "-S", "-b", "-I", "-O"], bare: R } },
  { name: "ltrace", categories: [], flags: [{ flags: ["-o", "--output"], categories: M }], wrapper: { valueOptions: ["-o", "--output", "-e", "-p", "-s", "-u", "-a", "-A", "-D", "-F", "-l", "-n", "-x"], bare: R } },
  // sudo VAR=value CMD sets the variable for the command.
  { name: "sudo", categories: P, wrapper: {
    skipAssignments: true,
    valueOptions: ["-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C", "--close-from", "-D", "--chdir", "-r", "--role", "-t", "--type", "-U", "--other-user", "-T", "--command-timeout"],
    // -k with a command forgets the cached credentials and runs the command.
    queryOptions: ["-l", "--list", "-v", "--validate", "-K", "--remove-timestamp", "-V", "--version", "--help"],
    bare: ["privileged", "opaque"] } },
  { name: "doas", categories: P, wrapper: { valueOptions: ["-u", "-C"], bare: ["privileged", "opaque"] } },
  { name: "pkexec", categories: P, wrapper: { valueOptions: ["--user"], bare: ["privileged", "opaque"] } },
  // -s names the program run as the shell: one that is not a shell reads -c CMD its own way.
  { name: "su", categories: P, flags: [{ flags: ["-s", "--shell"], values: [NOT_A_SHELL], categories: O }], wrapper: { valueOptions: ["-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w", "--whitelist-environment"], commandStringOptions: ["-c", "--command", "--session-command"], skipOperands: 1, dashIsOption: true, bare: ["privileged", "opaque"] } },
  // runuser -u USER CMD runs CMD; without -u it reads like su: runuser [-l] USER [-c CMD].
  { name: "runuser", categories: P, flags: [{ flags: ["-s", "--shell"], values: [NOT_A_SHELL], categories: O }], wrapper: { valueOptions: ["-u", "--user", "-g", "--group", "-G", "--supp-group", "-s", "--shell", "-w", "--whitelist-environment"], commandStringOptions: ["-c", "--command", "--session-command"], skipOperands: 1, noSkipWith: ["-u", "--user"], dashIsOption: true, bare: ["privileged", "opaque"] } },
  // Runs the command as a transient unit of the system manager, as root unless told otherwise.
  { name: "systemd-run", categories: PM, wrapper: {
    valueOptions: ["-u", "--unit", "-p", "--property", "--description", "--slice", "-E", "--setenv", "--uid", "--gid", "--nice",
      "-H", "--host", "-M", "--machine", "--working-directory", "--on-active", "--on-boot", "--on-startup", "--on-unit-active",
      "--on-unit-inactive", "--on-calendar", "--on-clock-change", "--on-timezone-change", "--path-property", "--socket-property",
      "--timer-property", "--service-type", "--expand-environment"],
    bare: ["privileged", "mutating", "opaque"] } },
  { name: "sudoedit", categories: ["privileged", "mutating", "opaque"] },
  { name: "sg", categories: P, wrapper: { skipOperands: 1, commandStringOptions: ["-c"], bare: ["privileged", "opaque"] } },
  // Namespace options take a file only when attached (-m/proc/1/ns/mnt, --mount=FILE).
  { name: "nsenter", categories: P, wrapper: { valueOptions: ["-t", "--target", "-S", "--setuid", "-G", "--setgid"],
    attachedValueOptions: ["-m", "-u", "-i", "-n", "-p", "-U", "-C", "-T", "-r", "-w"], bare: ["privileged", "opaque"] } },
  { name: "unshare", categories: P, wrapper: { valueOptions: ["-R", "--root", "-w", "--wd", "-S", "--setuid", "-G", "--setgid", "--map-user", "--map-group", "--map-users", "--map-groups", "--propagation", "--setgroups", "-l", "--load-interp"],
    attachedValueOptions: ["-m", "-u", "-i", "-n", "-p", "-U", "-C", "-T"], bare: ["privileged", "opaque"] } },
  // Run the command as another user (container entry points, daemontools, runit, SELinux contexts).
  ...["gosu", "su-exec", "setuidgid", "s6-setuidgid"].map((name): ProgramRule => ({ name, categories: P, wrapper: { skipOperands: 1, bare: ["privileged", "opaque"] } })),
  { name: "chpst", categories: [], flags: [{ flags: ["-u", "-U", "-/"], categories: P }], wrapper: {
    valueOptions: ["-u", "-U", "-b", "-e", "-/", "-C", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-r", "-t"], bare: MO } },
  { name: "runcon", categories: P, wrapper: { valueOptions: ["-u", "--user", "-r", "--role", "-t", "--type", "-l", "--range"], skipOperands: 1,
    noSkipWith: ["-u", "--user", "-r", "--role", "-t", "--type", "-l", "--range", "-c", "--compute"], bare: ["privileged", "opaque"] } },
  // Init processes, personalities and resource limits that run the command given after their options.
  { name: "tini", aliases: ["catatonit"], categories: [], wrapper: { valueOptions: ["-p", "-e"], bare: R } },
  { name: "dumb-init", categories: [], wrapper: { valueOptions: ["-r", "--rewrite"], bare: R } },
  { name: "setarch", categories: [], wrapper: { skipOperands: 1, queryOptions: ["--list"], bare: O } },
  ...["linux32", "linux64", "i386", "x86_64"].map((name): ProgramRule => ({ name, categories: [], wrapper: { bare: O } })),
  // fakeroot without a command starts a shell; -l and --faked name a library or daemon it loads.
  { name: "fakeroot", categories: [], flags: [{ flags: ["-l", "--lib", "--faked"], categories: O }], wrapper: { valueOptions: ["-l", "--lib", "--faked", "-s", "-i", "-b"], bare: O } },
  { name: "firejail", categories: [], wrapper: { bare: O } },
  // cpulimit -p PID / -e NAME limits a running process; otherwise it runs the command.
  { name: "cpulimit", categories: [], wrapper: { valueOptions: ["-l", "--limit", "-p", "--pid", "-e", "--exe", "-P", "--path", "-c", "--cpu", "-s", "--signal"],
    queryOptions: ["-p", "--pid", "-e", "--exe", "-P", "--path"], queryChanges: { minOperands: 0 }, bare: R } },
  // entr runs its command whenever a file it is given on standard input changes; -s hands it to a shell.
  { name: "entr", categories: [], flags: [{ flags: ["-s"], categories: O }], wrapper: { bare: R } },
  // GNU parallel: the words are a shell command run once per input (from ::: or standard input);
  // with no command each input line is itself a command. -S runs them on other hosts.
  { name: "parallel", aliases: ["sem"], categories: O, flags: [{ flags: ["-S", "--sshlogin", "--sshloginfile", "--slf"], categories: N },
    { flags: ["--joblog", "--results", "--res", "--output-as-files", "--files"], categories: M }], wrapper: {
    valueOptions: ["-j", "--jobs", "-P", "--max-procs", "-S", "--sshlogin", "--sshloginfile", "--slf", "-a", "--arg-file", "-d", "--delimiter",
      "-I", "--colsep", "-C", "-n", "--max-args", "-N", "-L", "--max-lines", "--timeout", "--retries", "--joblog", "--results", "--res",
      "--tmpdir", "-E", "--eof", "--env", "--workdir", "--wd", "--basefile", "--bf", "--transferfile", "--tf", "--return", "--tagstring",
      "--delay", "--memfree", "--load", "--nice", "--halt", "--block", "--blocksize", "--recstart", "--recend", "--header", "--termseq", "--limit", "--id"],
    joinsWords: true, bare: MO } },
  // script -c CMD [FILE] records CMD's output in FILE (typescript by default).
  { name: "script", categories: [], wrapper: { commandStringOptions: ["-c", "--command"], valueOptions: ["-t", "--timing", "-I", "-O", "-B", "-T", "-E", "-m"], outputAfterCommandString: true, bare: MO } },
];

// ---------------------------------------------------------------- interpreters and script loaders
const shells = ["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "fish", "tcsh", "csh", "rbash", "yash", "posh"]
  .map((name): ProgramRule => ({ name, categories: O, handler: "shell" }));
const interpreters = ["python", "perl", "ruby", "node", "nodejs", "php", "lua", "luajit", "tclsh", "wish", "Rscript",
  "R", "julia", "pwsh", "powershell", "osascript", "deno", "bun", "irb", "jshell", "groovy", "scala", "guile",
  "racket", "ipython", "pypy", "expect", "gdb", "vim", "vi", "nvim", "emacs", "ed", "ex", "nano", "jrunscript"]
  .map((name): ProgramRule => ({ name, categories: MO, handler: "interpreter" }));

export const DEFAULT_PROGRAMS: ProgramRule[] = [
  // Reading and printing.
  ...readOnly("ls", "cat", "head", "tail", "grep", "egrep", "fgrep", "wc", "cut", "tr", "echo",
    "pwd", "whoami", "id", "uname", "df", "du", "free", "uptime", "ps", "pgrep", "pidof", "which", "whereis",
    "stat", "locate", "diff", "cmp", "comm", "md5sum", "sha1sum", "sha224sum", "sha256sum", "sha384sum",
    "sha512sum", "b2sum", "cksum", "sum", "base64", "base32", "basenc", "od", "hexdump", "strings", "jq", "column", "nl", "tac", "rev",
    "fold", "fmt", "paste", "join", "expand", "unexpand", "seq", "yes", "true", "false", ":", "basename", "dirname",
    "realpath", "readlink", "more", "printenv", "locale", "tty", "groups", "last", "w", "who", "users", "lsof", "netstat", "lsb_release",
    "lsblk", "blkid", "lscpu", "lsmod", "lspci", "lsusb", "lsns", "findmnt", "nproc", "arch", "getconf", "getent", "logname",
    "zcat", "zgrep", "zless", "bzcat", "xzcat", "zstdcat", "lz4cat", "cd", "pushd", "popd", "dirs", "sleep", "wait", "[[",
    "exit", "return", "shift", "break", "continue", "times", "jobs", "help", "caller", "umask", "ulimit",
    "type", "look", "numfmt", "tsort", "ptx", "pr", "envsubst",
    "tput", "clear", "reset", "vmstat", "iostat", "mpstat", "pidstat", "top", "htop",
    "iotop",
    "getfacl", "lsattr", "namei", "du", "factor", "bc", "expr", "cal", "ncal",
    "zipinfo",
    "diff3", "colordiff", "wdiff", "mimetype", "identify", "pstree",
    "free", "df", "lslocks", "lsipc", "ipcs", "vdir", "dir", "fc-list", "nm", "objdump", "readelf", "size"),
  ...["printf", "read", "getopts", "let", "declare", "typeset", "local", "export", "readonly", "unset", "mapfile", "readarray", "set", "shopt"]
    .map((name): ProgramRule => ({ name, categories: R, handler: "names" })),
  // Options naming a program they run on the output (a pager, a preprocessor).
  // The pager is run by a shell.
  { name: "man", categories: R, scriptOptions: ["-P", "--pager"], valueOptions: ["-P", "--pager", "-H", "--html", "-C", "--config-file", "-M", "--manpath", "-S", "-s", "--sections", "-L", "--locale", "-m", "--systems", "-p", "--preprocessor", "-E", "--encoding", "-R", "--recode"],
    flags: [{ flags: ["-P", "--pager", "-H", "--html", "-C", "--config-file", "-p", "--preprocessor", "-X", "--gxditview", "-T", "--troff-device"], categories: O }, { flags: ["-R", "--recode"], categories: M }] },
  { name: "rg", categories: R, valueOptions: ["--pre", "--pre-glob", "-e", "--regexp", "-f", "--file", "-g", "--glob", "--iglob", "-t", "--type", "-T", "--type-not", "--type-add", "-m", "--max-count", "-A", "-B", "-C", "--context", "-M", "--max-columns", "-j", "--threads", "--ignore-file", "-r", "--replace", "--sort", "--sortr", "--colors", "--color", "--max-depth", "-d", "--max-filesize", "-E", "--encoding"],
    flags: [{ flags: ["--pre"], categories: O }] },
  ...["ag", "ack"].map((name): ProgramRule => ({ name, categories: R, valueOptions: ["--pager", "-G", "--file-search-regex", "-g", "--ignore", "--ignore-dir", "-A", "-B", "-C", "--context", "-m", "--max-count", "--depth", "--type-set", "--type-add"],
    flags: [{ flags: ["--pager"], categories: O }] })),
  // dc's "!" runs a shell command, from -e, a file or standard input alike.
  // less runs a +COMMAND given on the command line at start, and "!" there is a shell command.
  { name: "less", categories: R, valueOptions: ["-b", "-h", "-j", "-k", "-o", "-O", "-p", "-P", "-t", "-T", "-x", "-y", "-z", "-#", "--log-file", "--LOG-FILE", "--lesskey-file", "--tag", "--pattern"],
    // +G, +F, +100, +/PATTERN only move, follow or search; any other +COMMAND may run or save.
    flags: [{ flags: ["~^\\+(?!\\+?([0-9]*[gfp%]|[0-9]+|[/?][^\\n]*)$)", "-k", "--lesskey-file", "--lesskey-src"], categories: O }, { flags: ["-o", "-O", "--log-file", "--LOG-FILE"], categories: M }] },
  // ldd may run the program it is given to find its libraries.
  { name: "ldd", categories: MO, flags: [{ flags: ["--version", "--help"], categories: R, mode: "set" }] },
  { name: "xmllint", categories: R, valueOptions: ["-o", "--output", "--path", "--xpath", "--schema", "--relaxng", "--dtdvalid", "--encode", "--pattern", "--maxmem"], flags: [{ flags: ["-o", "--output"], categories: M }] },
  { name: "atop", categories: R, flags: [{ flags: ["-w"], categories: M }] },
  { name: "nmon", categories: R, flags: [{ flags: ["-f", "-F"], categories: M }] },
  { name: "dstat", categories: R, flags: [{ flags: ["--output"], categories: M }] },
  { name: "glances", categories: R, flags: [{ flags: ["--export", "--export-csv-file", "--export-json-file", "-w", "--webserver", "-s", "--server"], categories: ["mutating", "network"] }] },
  // file -C compiles a magic file next to it.
  { name: "file", categories: R, valueOptions: ["-m", "--magic-file", "-F", "--separator", "-f", "--files-from", "-P", "--parameter", "-e", "--exclude"], flags: [{ flags: ["-C", "--compile"], categories: M }] },
  { name: "sar", categories: R, valueOptions: ["-o", "-f", "-i", "-P", "-n", "-I", "-e", "-s", "--dev", "--fs", "--iface"], flags: [{ flags: ["-o"], categories: M }] },
  { name: "ncdu", categories: R, flags: [{ flags: ["-o", "-O"], categories: M }] },
  { name: "sdiff", categories: R, flags: [{ flags: ["-o", "--output"], categories: M }] },
  { name: "dc", categories: O, flags: [{ flags: ["--version", "-V", "--help", "-h"], categories: R, mode: "set" }] },
  { name: "loginctl", categories: R, otherSubcommand: MO, subcommands: {
    ...subs(R, "list-sessions", "session-status", "show-session", "list-users", "user-status", "show-user", "list-seats", "seat-status", "show-seat"),
    ...subs(D, "terminate-session", "kill-session", "terminate-user", "kill-user", "terminate-seat"),
    ...subs(M, "activate", "lock-session", "unlock-session", "lock-sessions", "unlock-sessions", "enable-linger", "disable-linger", "attach", "flush-devices") } },
  { name: "lastlog", categories: R, valueOptions: ["-b", "--before", "-t", "--time", "-u", "--user", "-R", "--root"], flags: [{ flags: ["-C", "--clear", "-S", "--set"], categories: PM }] },
  // Options naming a file the program writes.
  { name: "shuf", categories: R, valueOptions: ["-n", "--head-count", "-i", "--input-range", "--random-source", "-o", "--output"], flags: [{ flags: ["-o", "--output"], categories: M }] },
  { name: "iconv", categories: R, valueOptions: ["-f", "--from-code", "-t", "--to-code", "-o", "--output"], flags: [{ flags: ["-o", "--output"], categories: M }] },
  { name: "tree", categories: R, valueOptions: ["-L", "-P", "-I", "-H", "-T", "-o", "--charset", "--filelimit", "--timefmt", "--sort", "--infofile", "--gitfile"],
    // -R with -H writes an index file into every directory.
    flags: [{ flags: ["-o", "-R"], categories: M }] },
  { name: "test", aliases: ["["], categories: R, handler: "test" },
  { name: "date", categories: R, valueOptions: ["-d", "--date", "-f", "--file", "-r", "--reference", "-s", "--set"], flags: [{ flags: ["-s", "--set"], categories: PM }] },
  { name: "hostname", categories: R, withOperands: PM, flags: [{ flags: ["-F", "--file", "-b", "--boot"], categories: PM }] },
  { name: "sort", categories: R, valueOptions: ["-k", "--key", "-t", "--field-separator", "-S", "--buffer-size", "-T", "--temporary-directory", "--parallel", "--files0-from", "--batch-size", "-o", "--output"],
    flags: [{ flags: ["-o", "--output"], categories: M }, { flags: ["-o", "--output"], values: [PRIVILEGE_VALUE], categories: P }, { flags: ["--compress-program"], categories: O }] },
  { name: "uniq", categories: R, outputOperand: 2, valueOptions: ["-f", "--skip-fields", "-s", "--skip-chars", "-w", "--check-chars"] },
  { name: "tee", categories: R, withOperands: M, flags: [{ flags: ["@null-only"], categories: R, mode: "set" }, { flags: ["@device"], categories: D }, { flags: ["@privilege-file"], categories: P }] },
  { name: "dmesg", categories: R, flags: [{ flags: ["-c", "-C", "--clear", "--read-clear", "-n", "--console-level", "-D", "-E"], categories: PM }] },
  { name: "journalctl", categories: R,
    valueOptions: ["-u", "--unit", "--user-unit", "-t", "--identifier", "-T", "--exclude-identifier", "-p", "--priority", "--facility", "-g", "--grep",
      "-S", "--since", "-U", "--until", "-c", "--cursor", "--after-cursor", "--cursor-file", "-o", "--output", "--output-fields", "-D", "--directory",
      "--file", "--root", "--image", "-M", "--machine", "-F", "--field", "--namespace", "--vacuum-size", "--vacuum-time", "--vacuum-files", "--interval", "--verify-key"],
    flags: [{ flags: ["--vacuum-size", "--vacuum-time", "--vacuum-files", "--rotate", "--flush", "--sync", "--relinquish-var", "--setup-keys"], categories: D },
    // The message catalog database and a cursor file are written.
    { flags: ["--update-catalog", "--cursor-file"], categories: M }] },
  { name: "history", categories: R, flags: [{ flags: ["-c", "-d", "-w", "-a", "-n", "-r", "-s"], categories: D }] },
  // Installing a crontab (from a file or standard input) schedules commands the analysis does not see.
  { name: "crontab", categories: MO, valueOptions: ["-u"], flags: [{ flags: ["-l"], categories: R, mode: "set" }, { flags: ["-r"], categories: D }, { flags: ["-e"], categories: MO }] },
  ...readOnly("atq"),
  { name: "atrm", categories: M },
  { name: "yq", categories: R, flags: [{ flags: ["-i", "--inplace"], categories: M }] },
  { name: "xxd", categories: R, outputOperand: 2, valueOptions: ["-c", "-g", "-l", "-s", "-o", "-n"] },
  { name: "ip", categories: R, valueOptions: ["-n", "-netns", "-f", "-family", "-rc", "-rcvbuf", "-l", "-loops", "-b"],
    flags: [{ flags: ["add", "del", "delete", "set", "change", "replace", "flush", "append", "attach"], categories: PM },
      // -b/-batch FILE runs the ip commands in FILE (-br, -brief is the short listing).
      { flags: ["-b"], values: ["~^(?!r(i(e(f)?)?)?$)"], categories: ["privileged", "mutating", "opaque"] }],
    subcommands: { netns: sub(R, { subcommands: { exec: sub(P, { wrapper: { skipOperands: 1, bare: ["privileged", "opaque"] } }) } }) } },
  { name: "ifconfig", categories: R, withOperands: R, flags: [{ flags: ["up", "down", "add", "del", "netmask", "mtu", "hw", "promisc", "-promisc"], categories: PM }] },
  { name: "mount", categories: PM, noOperands: R, flags: [{ flags: ["-a", "--all"], categories: PM, mode: "set" }] },
  { name: "hash", categories: R, flags: [{ flags: ["-p"], categories: O }, { flags: ["-r", "-d"], categories: R }] },
  { name: "enable", categories: R, withOperands: O, flags: [{ flags: ["-f"], categories: O }] },
  { name: "compgen", categories: R, flags: [{ flags: ["-C", "-F"], categories: O }] },
  // -W's word list is expanded, substitutions included, when completing.
  { name: "complete", categories: R, valueOptions: ["-W", "-C", "-F", "-G", "-X", "-P", "-S", "-A", "-o"], flags: [{ flags: ["-C", "-F"], categories: O }, { flags: ["-W"], values: ["~\\$\\(|`"], categories: O }] },
  { name: "bind", categories: R, flags: [{ flags: ["-x"], categories: O }] },
  { name: "fc", categories: O },
  { name: "fg", categories: O },
  { name: "bg", categories: O },
  { name: "disown", categories: R },
  { name: "kill", categories: D, handler: "kill" },
  { name: "pkill", categories: D, valueOptions: ["-u", "-U", "-g", "-G", "-P", "-s", "-t", "--signal"] },
  // Signal 0 only checks that the processes exist; another signal given as well (-9, -KILL, the last
  // one wins) is sent: any option that is not one of killall's own letters may name a signal.
  { name: "killall", categories: D, valueOptions: ["-u", "-s", "--signal", "-o", "-y"], flags: [{ flags: ["-l", "--list", "-0"], categories: R, mode: "set" },
    { flags: ["-s", "--signal"], values: ["~^(?!0$)"], categories: D },
    { flags: [..."123456789ABCDEFGHJKLMNOPQRSTUWXYabcdfhjkmptxz"].map((c) => "-" + c), categories: D }] },
  // shutdown -c cancels a pending shutdown.
  { name: "shutdown", categories: D, flags: [{ flags: ["-c", "--help"], categories: R, mode: "set" }, { flags: ["-h", "-H", "-P", "-r", "-k", "--halt", "--poweroff", "--reboot"], categories: D }] },
  service,

  // Files.
  ...["cp", "mv", "ln"].map((name): ProgramRule => ({ name, categories: M, valueOptions: ["-t", "--target-directory", "-S", "--suffix"],
    flags: [{ flags: ["@device"], categories: D }, { flags: ["@privilege-file"], categories: P }, { flags: ["-t", "--target-directory"], values: [PRIVILEGE_VALUE], categories: P }] })),
  // install -m with a set-id bit, or -o/-g giving the file to another owner, hands out rights.
  { name: "install", categories: M, valueOptions: ["-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix", "-Z", "--context"],
    flags: [{ flags: ["@device"], categories: D }, { flags: ["@privilege-file", "-o", "--owner", "-g", "--group"], categories: P },
      { flags: ["-m", "--mode"], values: ["~^[0-7]*[2-7][0-7]{3}$|s|^(?![0-7]+$|[ugoa]*[-+=][rwxXt]*(,[ugoa]*[-+=][rwxXt]*)*$)"], categories: P }] },
  // Changing the group, ACL or attributes of sudoers, shadow and the like changes who may do what.
  ...["chgrp", "chattr", "setfacl"].map((name): ProgramRule => ({ name, categories: M, flags: [{ flags: ["@privilege-file"], categories: P }] })),
  ...mutating("mkdir", "touch", "rmdir", "mkfifo", "mknod", "fallocate", "csplit", "patch", "rename", "dos2unix", "unix2dos", "link", "sync", "cpio", "rar"),
  // split --filter hands each piece to a shell command.
  { name: "split", categories: M, valueOptions: ["-a", "--suffix-length", "--additional-suffix", "-b", "--bytes", "-C", "--line-bytes", "-l", "--lines", "-n", "--number", "-t", "--separator", "--filter"],
    scriptOptions: ["--filter"] },
  // mktemp -u only prints a name.
  { name: "mktemp", categories: M, flags: [{ flags: ["-u", "--dry-run"], categories: R, mode: "set" }] },
  // The first operand is the action: list and print read, anything else writes the archive or extracts.
  { name: "7z", aliases: ["7za", "7zr"], categories: M, subcommands: subs(R, "l", "t", "i", "h") },
  { name: "ar", categories: M, subcommands: subs(R, "t", "tv", "vt", "p", "tO", "-t", "-tv", "-p") },
  { name: "zip", categories: M, valueOptions: ["-TT", "--unzip-command"], scriptOptions: ["-TT", "--unzip-command"] },
  { name: "chmod", categories: M, handler: "chmod" },
  { name: "chown", categories: PM },
  // --help and --version print and exit before anything else is done.
  ...["rm", "unlink", "shred", "truncate"].map((name): ProgramRule => ({ name, categories: D, flags: [{ flags: ["--help", "--version"], categories: R, mode: "set" }] })),
  // Listing or dumping the partition table only reads it.
  { name: "fdisk", categories: D, flags: [{ flags: ["-l", "--list", "-V", "--version", "-h", "--help"], categories: R, mode: "set" }] },
  { name: "sfdisk", categories: D, flags: [{ flags: ["-l", "--list", "-d", "--dump", "-J", "--json", "-s", "--show-size", "-g", "--show-geometry",
    "-T", "--list-types", "-F", "--list-free", "-V", "--verify", "-v", "--version", "-h", "--help"], categories: R, mode: "set" }] },
  ...destructive("wipe", "srm", "wipefs", "blkdiscard", "mkswap", "cfdisk", "gdisk", "sgdisk", "mke2fs", "mkfs", "badblocks", "zerofree", "reboot", "halt",
    "poweroff", "userdel", "groupdel", "deluser", "delgroup", "lvremove", "vgremove", "pvremove", "mdadm", "cryptsetup", "dmsetup", "kexec"),
  { name: "parted", categories: D, flags: [{ flags: ["-l", "--list"], categories: R, mode: "set" }] },
  { name: "init", categories: D, noOperands: R },
  { name: "telinit", categories: D },
  // of= onto a null device (a read test of a disk) writes nothing.
  { name: "dd", categories: R, flags: [{ flags: ["~^of=(?!/dev/(null|stdout|stderr)$)"], categories: D }] },
  { name: "tar", categories: R, handler: "tar" },
  ...["gzip", "gunzip", "bzip2", "bunzip2", "xz", "unxz", "zstd", "unzstd", "lz4", "compress", "uncompress", "lzma", "unlzma"]
    .map((name): ProgramRule => ({ name, categories: M, flags: [{ flags: ["-c", "--stdout", "--to-stdout", "-l", "--list", "-t", "--test", "-h", "--help", "-V", "--version"], categories: R, mode: "set" }] })),
  { name: "unzip", categories: M, flags: [{ flags: ["-l", "-t", "-v", "-p", "-Z"], categories: R, mode: "set" }] },
  { name: "sed", categories: R, handler: "sed" },
  { name: "awk", aliases: ["gawk", "mawk", "nawk", "busybox-awk"], categories: R, handler: "awk" },
  { name: "find", categories: R, handler: "find" },
  { name: "rsync", categories: M, handler: "rsync" },

  // Users, privileges, kernel, system configuration.
  ...privileged(PM, "useradd", "usermod", "adduser", "groupadd", "groupmod", "gpasswd", "passwd", "chpasswd", "chage",
    "vipw", "setcap", "modprobe", "insmod", "umount", "swapoff", "setenforce", "depmod",
    "update-alternatives", "ldconfig", "chsh", "chfn", "usermod", "quotaon", "quotaoff"),
  // Status and listing options only read; every other option changes the account or the setting.
  { name: "visudo", categories: PM, flags: [{ flags: ["-c", "--check"], categories: R, mode: "set" }] },
  { name: "passwd", categories: PM, flags: [{ flags: ["-S", "--status"], categories: R, mode: "set" },
    { flags: ["-d", "--delete", "-l", "--lock", "-u", "--unlock", "-e", "--expire", "-n", "--mindays", "-x", "--maxdays", "-w", "--warndays", "-i", "--inactive", "--stdin", "-k", "--keep-tokens", "-r", "--repository", "-R", "--root", "-P", "--prefix"], categories: PM }] },
  { name: "chage", categories: PM, flags: [{ flags: ["-l", "--list"], categories: R, mode: "set" },
    { flags: ["-d", "--lastday", "-E", "--expiredate", "-I", "--inactive", "-m", "--mindays", "-M", "--maxdays", "-W", "--warndays", "-R", "--root", "-P", "--prefix", "-i", "--iso8601"], categories: PM }] },
  { name: "losetup", categories: PM, flags: [{ flags: ["-a", "--all", "-l", "--list", "-j", "--associated", "-h", "--help", "-V", "--version"], categories: R, mode: "set" },
    { flags: ["-d", "--detach", "-D", "--detach-all", "-f", "--find", "-c", "--set-capacity", "-o", "--offset", "--sizelimit", "-P", "--partscan", "-r", "--read-only", "-b", "--sector-size", "--direct-io", "-L", "--nooverlap"], categories: PM }] },
  // Listing, querying and state read; --panic-on drops every connection; the rest changes the rules.
  { name: "firewall-cmd", aliases: ["firewall-offline-cmd"], categories: PM, flags: [
    { flags: ["--list-*", "--get-*", "--query-*", "--info-*", "--state", "--check-config", "--version", "-V", "--help", "-h"], categories: R, mode: "set" },
    { flags: ["--add-*", "--remove-*", "--set-*", "--new-*", "--change-*", "--reload", "--complete-reload", "--runtime-to-permanent", "--load-*", "--reset-*", "--panic-off", "--direct", "--lockdown-on", "--lockdown-off"], categories: PM },
    { flags: ["--panic-on", "--delete-*"], categories: PD }] },
  // Both start a shell (capsh runs bash with the words after "--").
  ...privileged(["privileged", "mutating", "opaque"], "newgrp", "capsh"),
  ...privileged(PD, "rmmod", "delmod"),
  // sysctl NAME=VALUE writes the setting even without -w.
  { name: "sysctl", categories: R, flags: [{ flags: ["-w", "--write", "-p", "--load", "--system", "*="], categories: PM }] },
  { name: "iptables", aliases: ["ip6tables", "nft", "ebtables", "arptables"], categories: PM, flags: [
    { flags: ["-L", "--list", "-S", "--list-rules", "list"], categories: R, mode: "set" },
    // nft list … / iptables -L: read; flush, delete: destructive.
    { flags: ["-F", "--flush", "-X", "--delete-chain", "-D", "--delete", "flush", "delete"], categories: PD },
  ] },
  { name: "ufw", categories: PM, flags: [{ flags: ["status"], categories: R, mode: "set" }, { flags: ["reset", "delete", "disable"], categories: D }] },
  { name: "setuid", categories: P },
  { name: "getcap", categories: R },
  ...readOnly("uuidgen"),
  // arp and route list without operands; -d/-s, add and del change the tables.
  { name: "arp", categories: R, flags: [{ flags: ["-d", "--delete", "-s", "--set", "-f", "--file"], categories: PM }] },
  { name: "route", categories: R, flags: [{ flags: ["add", "del", "flush"], categories: PM }] },
  // fuser lists the processes using a file or port; -k kills them.
  { name: "fuser", categories: R, valueOptions: ["-n", "--namespace"], flags: [{ flags: ["-k", "--kill"], categories: D }] },
  { name: "swapon", categories: PM, noOperands: R, flags: [{ flags: ["-s", "--summary", "--show", "-h", "--help", "-V", "--version"], categories: R, mode: "set" }, { flags: ["-a", "--all"], categories: PM }] },
  // set-log-level and set-log-target change the service manager's logging.
  { name: "systemd-analyze", categories: R, flags: [{ flags: ["set-log-level", "set-log-target", "log-level", "log-target", "service-watchdogs"], categories: PM, minOperands: 2 }] },
  // -f FILE writes the rules to a file instead of printing them.
  { name: "iptables-save", aliases: ["ip6tables-save"], categories: R, valueOptions: ["-t", "--table", "-M", "--modprobe"], flags: [{ flags: ["-f", "--file"], categories: M }] },
  // Listing and viewing tools in common use.
  // bat cache builds or clears its syntax cache; --pager (bat, delta) names a command it runs.
  { name: "bat", aliases: ["batcat"], categories: R, flags: [{ flags: ["--pager"], categories: O }, { flags: ["cache"], categories: M }] },
  { name: "delta", categories: R, flags: [{ flags: ["--pager"], categories: O }] },
  // pv -o FILE writes what it passes on to FILE instead of standard output.
  { name: "pv", categories: R, valueOptions: ["-o", "--output", "-L", "--rate-limit", "-s", "--size", "-N", "--name", "-i", "--interval", "-d", "--watchfd", "-w", "--width", "-H", "--height", "-F", "--format"],
    flags: [{ flags: ["-o", "--output"], categories: M }] },
  ...readOnly("eza", "exa", "duf", "dust", "procs"),
  // fd runs a command for each match with -x/--exec and -X/--exec-batch.
  { name: "fd", aliases: ["fdfind"], categories: R, flags: [{ flags: ["-x", "--exec", "-X", "--exec-batch"], categories: MO }] },
  ...readOnly("modinfo", "lvs", "vgs", "pvs", "lvdisplay", "vgdisplay", "pvdisplay", "lvscan", "vgscan", "pvscan", "gpgv", "gpgv2"),
  // Restoring replaces every rule of the tables it names, unless --noflush.
  { name: "iptables-restore", aliases: ["ip6tables-restore"], categories: PD, flags: [{ flags: ["-t", "--test"], categories: R, mode: "set" }, { flags: ["-n", "--noflush"], categories: PM, mode: "set" }] },
  ...privileged(PM, "lvextend", "lvcreate", "vgcreate", "vgextend", "lvchange", "vgchange", "lvrename", "vgrename", "pvresize", "pvchange", "resize2fs", "xfs_growfs", "e2label"),
  // tune2fs -l lists the superblock; every other option changes the file system.
  { name: "tune2fs", categories: PM, flags: [{ flags: ["-l"], categories: R, mode: "set" },
    { flags: ["-c", "-C", "-e", "-E", "-f", "-g", "-i", "-I", "-j", "-J", "-L", "-m", "-M", "-o", "-O", "-Q", "-r", "-s", "-T", "-u", "-U"], categories: PM }] },
  // An absolute new size may be smaller than the volume: resizing can cut its end off.
  ...privileged(PD, "lvresize", "lvreduce", "vgreduce", "pvcreate", "pvmove"),
  // Reads: -I, -i, -g, -t, -T, -C, -H; every other letter sets or acts on the drive.
  { name: "hdparm", categories: PM, flags: [
    { flags: ["-I", "-i", "-g", "-t", "-T", "-C", "-H", "-v", "-h", "-V", "--Istdout", "--help"], categories: R, mode: "set" },
    { flags: ["-a", "-A", "-b", "-B", "-c", "-d", "-D", "-E", "-f", "-F", "-J", "-k", "-K", "-L", "-m", "-M", "-n", "-p", "-P", "-q", "-Q", "-r", "-R", "-s", "-S", "-u", "-U", "-W", "-x", "-X", "-y", "-Y", "-z", "-Z"], categories: PM },
    { flags: ["-N", "-w", "--security-erase", "--security-erase-enhanced", "--security-set-pass", "--security-disable", "--trim-sector-ranges", "--trim-sector-ranges-stdin",
      "--write-sector", "--make-bad-sector", "--fwdownload", "--fwdownload-mode3", "--fwdownload-mode3-max", "--fwdownload-mode7", "--dco-restore", "--dco-setmax", "--repair-sector"], categories: PD },
  ] },
  { name: "gpg", aliases: ["gpg2"], categories: M,
    valueOptions: ["-r", "--recipient", "-R", "--hidden-recipient", "-f", "--recipient-file", "-u", "--local-user", "-o", "--output", "--homedir", "--keyserver", "-z",
      "--default-key", "--trust-model", "--passphrase", "--passphrase-file", "--passphrase-fd", "--status-fd", "--logger-fd", "--keyring", "--secret-keyring",
      "--digest-algo", "--cipher-algo", "--compress-algo", "--trustdb-name", "--options", "--pinentry-mode", "--command-fd", "--command-file", "--export-options",
      "--import-options", "--list-options", "--verify-options", "--keyserver-options", "--auto-key-locate", "--set-filename", "--comment", "--default-recipient",
      "--status-file", "--logger-file", "--log-file", "--attribute-file"],
    flags: [
      { flags: ["-k", "--list-keys", "--list-public-keys", "-K", "--list-secret-keys", "--list-sigs", "--check-sigs", "--fingerprint", "--verify", "--version", "--help", "-h",
        "--list-packets", "--show-keys", "--print-md", "--print-mds", "-d", "--decrypt", "--export", "--armor", "--dearmor", "--enarmor", "--list-config", "--gen-random", "--card-status"], categories: R, mode: "set" },
      { flags: ["-e", "--encrypt", "-s", "--sign", "--clearsign", "--clear-sign", "-b", "--detach-sign", "-c", "--symmetric", "--import", "--gen-key", "--generate-key",
        "--full-gen-key", "--full-generate-key", "--quick-gen-key", "--quick-generate-key", "--quick-add-key", "--quick-add-uid", "--quick-revoke-uid", "--quick-set-expire",
        "--quick-sign-key", "--quick-lsign-key", "--edit-key", "--sign-key", "--lsign-key", "--passwd", "--import-ownertrust", "--update-trustdb", "--check-trustdb",
        "--gen-revoke", "--generate-revocation", "-o", "--output", "--card-edit", "--change-pin", "--yes",
        // Files written beside the output: the name stored in the message, status, log and attribute streams.
        "--use-embedded-filename", "--status-file", "--logger-file", "--log-file", "--attribute-file"], categories: M },
      { flags: ["--delete-keys", "--delete-key", "--delete-secret-keys", "--delete-secret-key", "--delete-secret-and-public-key", "--delete-secret-and-public-keys", "--quick-revoke-sig"], categories: D },
      { flags: ["--recv-keys", "--receive-keys", "--refresh-keys", "--fetch-keys", "--locate-keys", "--locate-external-keys", "--search-keys"], categories: NM },
      { flags: ["--send-keys", "--keyserver"], categories: N },
      { flags: ["--photo-viewer", "--exec-path", "--options", "--agent-program", "--dirmngr-program", "--command-file"], categories: O },
    ] },

  // Network.
  { name: "curl", categories: N, valueOptions: ["-d", "--data", "-H", "--header", "-X", "--request", "-u", "--user", "-A", "-e", "-F", "--form", "-T", "--upload-file", "-x", "--proxy", "-m", "--max-time", "-w", "--write-out", "-b", "--cookie", "-r", "--range", "--connect-timeout", "--retry", "--data-binary", "--data-raw", "--data-urlencode", "--url", "--resolve", "-o", "--output"],
    flags: [
      // -o to standard output or a null device writes no file.
      { flags: ["-o", "--output"], values: ["~^(?!(-|/dev/(null|stdout|stderr))$)"], categories: M },
      { flags: ["-o", "--output"], values: [PRIVILEGE_VALUE], categories: P },
      { flags: ["-O", "--remote-name", "--remote-name-all", "-D", "--dump-header", "-c", "--cookie-jar", "--create-dirs", "--output-dir", "--trace", "--trace-ascii", "--stderr", "--etag-save", "--hsts", "--alt-svc"], categories: M },
      { flags: ["-K", "--config", "--engine"], categories: O },
    ] },
  { name: "wget", categories: NM, valueOptions: ["-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-U", "--user-agent", "-e", "--execute", "--header", "-t", "--tries", "-T", "--timeout", "-P", "--directory-prefix", "-i", "--input-file", "--post-data", "--post-file", "-w", "--wait", "--user", "--password"],
    flags: [
      { flags: ["-O", "--output-document"], values: ["-", "/dev/stdout", "/dev/null"], categories: N, mode: "set" },
      { flags: ["--spider"], categories: N, mode: "set" },
      { flags: ["-O", "--output-document"], values: [PRIVILEGE_VALUE], categories: P },
      { flags: ["-e", "--execute", "--use-askpass"], categories: O },
    ] },
  // -c/--sh-exec hand the connection to a shell command; -e/--exec to a program.
  ...["nc", "ncat", "netcat", "telnet"].map((name): ProgramRule => ({ name, categories: N, valueOptions: ["-p", "-s", "-w", "-i", "-q", "-x", "-X", "-I", "-O", "-T", "-V", "-e", "-c", "--exec", "--sh-exec", "--lua-exec"],
    flags: [{ flags: ["-e", "-c", "--exec", "--sh-exec", "--lua-exec"], categories: O }], scriptOptions: ["-e", "-c", "--exec", "--sh-exec"] })),
  { name: "socat", categories: N, handler: "socat" },
  { name: "scp", categories: NM, valueOptions: ["-P", "-i", "-c", "-F", "-J", "-l", "-o", "-S", "-D", "-X"], flags: [{ flags: ["-S", "-o", "-F"], categories: O },
    // Copying as root on the other side.
    { flags: ["~^(scp://)?root@[^/]*:"], categories: P }] },
  { name: "sftp", categories: ["network", "mutating", "opaque"] },
  { name: "ftp", categories: ["network", "mutating", "opaque"] },
  { name: "ssh", categories: N, handler: "ssh" },
  ...readOnly("ping", "ping6", "traceroute", "tracepath", "mtr", "dig", "nslookup", "host", "whois", "arping", "nping", "fping")
    .map((r): ProgramRule => ({ ...r, categories: N })),
  // -o* write reports, --script runs NSE programs.
  { name: "nmap", categories: N, flags: [{ flags: ["-oN", "-oX", "-oG", "-oA", "-oS", "-oM", "--append-output", "--resume"], categories: M }, { flags: ["--script", "-sC", "--script-args-file"], categories: O }] },
  ...["ldapsearch", "snmpwalk", "snmpget", "snmpbulkwalk"].map((name): ProgramRule => ({ name, categories: N })),
  // Sub-commands that delete remote objects, or make a remote copy match by deleting what the source lacks.
  { name: "rclone", categories: ["network", "mutating", "opaque"], flags: [{ flags: ["purge", "delete", "deletefile", "rmdir", "rmdirs", "sync", "cleanup", "dedupe", "bisync"], categories: D }] },
  { name: "gsutil", categories: ["network", "mutating", "opaque"], flags: [{ flags: ["rm", "rb", "-d"], categories: D }] },
  { name: "s3cmd", categories: ["network", "mutating", "opaque"], flags: [{ flags: ["del", "rm", "rb", "--delete-removed", "--delete-after"], categories: D }] },
  ...["lftp", "aria2c", "axel", "smbclient", "tftp", "mosh", "grpcurl", "websocat", "lynx", "w3m", "links", "elinks", "ncftp", "rsh", "rlogin"]
    .map((name): ProgramRule => ({ name, categories: ["network", "mutating", "opaque"] })),
  // -R removes a host from known_hosts; -l, -F, -y, -B, -L, -Q only print.
  { name: "ssh-keygen", categories: M, valueOptions: ["-f", "-F", "-R", "-t", "-b", "-C", "-N", "-P", "-E", "-I", "-n", "-O", "-V", "-z", "-Y", "-s", "-D", "-w", "-a", "-Z", "-m", "-M", "-r", "-T", "-S", "-G", "-K", "-J", "-j"],
    flags: [{ flags: ["-l", "-F", "-y", "-B", "-L", "-Q"], categories: R, mode: "set" }, { flags: ["-R", "-A", "-p", "-c", "-e", "-i", "-u", "-k", "-s", "-N", "-t", "-Y"], categories: M },
      // -D loads a PKCS#11 library; -w a security key provider.
      { flags: ["-D", "-w"], categories: O }] },
  // -l/-L list the agent's keys, -T tests them; anything else adds or removes keys in the agent.
  // -s and -S load a PKCS#11 or security key library.
  { name: "ssh-add", categories: M, valueOptions: ["-E", "-H", "-h", "-S", "-s", "-e", "-t"], flags: [{ flags: ["-l", "-L", "-T", "-V"], categories: R, mode: "set" }, { flags: ["-d", "-D", "-x", "-X", "-s", "-e", "-t", "-c", "-k", "-K"], categories: M }, { flags: ["-s", "-S"], categories: O }] },
  { name: "ssh-keyscan", categories: N },
  { name: "aws", categories: ["network", "mutating"], flags: [
    { flags: ["ls", "describe-", "list-", "get-", "help"], categories: N, mode: "set" },
    // Stopping or rebooting instances ends what runs on them, as systemctl stop does.
    { flags: ["rm", "rb", "delete", "delete-", "--delete", "terminate-", "remove-", "purge-", "deregister-", "cancel-", "stop-", "reboot-"], categories: D },
    // Identity and resource policies: who may do what.
    { flags: ["~^(attach|detach|put)-(user|role|group)-policy$|^create-(access-key|login-profile|user|role|policy|policy-version|service-linked-role|service-specific-credential)$|" +
      "^update-(login-profile|assume-role-policy|access-key)$|^add-(user-to-group|role-to-instance-profile|permission)$|^set-default-policy-version$|^put-(bucket|key|resource|repository)-policy$"], categories: P }] },
  { name: "gcloud", categories: NM, flags: GCLOUD_FLAGS, subcommands: {
    // compute ssh VM --command CMD runs CMD on the instance.
    compute: sub(NM, { flags: GCLOUD_FLAGS, subcommands: { ssh: sub(N, { wrapper: {
      valueOptions: ["--zone", "--project", "--account", "--configuration", "--ssh-key-file", "--ssh-flag", "--container", "--verbosity",
        "--impersonate-service-account", "--strict-host-key-checking", "--ssh-key-expiration", "--ssh-key-expire-after", "--internal-ip-address"],
      commandStringOptions: ["--command"], skipOperands: 1, bare: ["network", "opaque"] } }) } }),
  } },
  { name: "az", categories: ["network", "mutating"], flags: [
    { flags: ["list", "show", "help", "version"], categories: N, mode: "set" },
    { flags: ["delete", "delete-", "purge", "remove", "stop", "deallocate"], categories: D },
    // az role assignment/definition, az ad sp create-for-rbac: who may do what.
    { flags: ["role", "create-for-rbac"], categories: P }] },
  { name: "ss", categories: R, flags: [{ flags: ["-K", "--kill"], categories: D }] },
  // System and network inspection tools: listing and status read; the listed actions change the
  // device, table or service they name.
  ...readOnly("getenforce", "sestatus", "aa-status", "dmidecode", "lshw", "sensors", "lastb", "aureport", "ausearch", "b3sum",
    "tokei", "cloc", "scc", "difft", "gron", "xsv", "zmore", "xzless", "bzless", "nfsstat", "inxi", "hwinfo", "iftop", "nethogs", "nload",
    "bmon", "btop", "kubeconform", "kubeval", "ntpq"),
  ...readOnly("apropos", "whatis", "systemd-cgls", "systemd-cgtop", "klist", "debconf-show"),
  { name: "udevadm", categories: R, otherSubcommand: MO, subcommands: { ...subs(R, "info", "monitor", "test", "test-builtin", "verify", "cat", "wait"), ...subs(PM, "trigger", "settle", "control", "hwdb") } },
  { name: "busctl", categories: R, otherSubcommand: MO, subcommands: { ...subs(R, "list", "status", "tree", "introspect", "get-property", "monitor", "capture", "help"), ...subs(PM, "call", "set-property", "emit") } },
  { name: "apt-mark", categories: R, otherSubcommand: MO, subcommands: { ...subs(R, "showhold", "showmanual", "showauto", "showinstall", "showremove", "showpurge"), ...subs(M, "hold", "unhold", "auto", "manual", "minimize-manual") } },
  { name: "smartctl", categories: R, valueOptions: ["-d", "--device", "-T", "--tolerance", "-b", "--badsum", "-r", "--report", "-n", "--nocheck", "-l", "--log", "-v", "--vendorattribute", "-F", "--firmwarebug", "-P", "--presets", "-B", "--drivedb", "-f", "--format", "-q", "--quietmode"],
    flags: [{ flags: ["-t", "--test", "-X", "--abort", "-s", "--smart", "-o", "--offlineauto", "-S", "--saveauto", "--set"], categories: PM }] },
  { name: "ethtool", categories: R, flags: [{ flags: ["-s", "--change", "-K", "--features", "--offload", "-G", "--set-ring", "-A", "--pause", "-C", "--coalesce",
    "-L", "--set-channels", "-E", "--change-eeprom", "-f", "--flash", "-r", "--negotiate", "-X", "--set-rxfh-indir", "--rxfh", "-N", "-U", "--config-nfc", "--config-ntuple",
    "-W", "--set-dump", "-p", "--identify", "--set-priv-flags", "--set-eee", "--set-fec", "--reset", "--set-phy-tunable", "--set-tunable", "--set-module", "--cable-test"], categories: PM }] },
  { name: "hwclock", categories: R, flags: [{ flags: ["-w", "--systohc", "-s", "--hctosys", "--set", "-a", "--adjust", "--systz", "--update-drift"], categories: PM }] },
  { name: "conntrack", categories: R, flags: [{ flags: ["-D", "--delete", "-F", "--flush"], categories: PD }, { flags: ["-I", "--create", "-U", "--update"], categories: PM }] },
  { name: "ipset", categories: PM, flags: [{ flags: ["list", "save", "test", "-L", "-S", "-T", "-v", "version", "help"], categories: R, mode: "set" },
    { flags: ["flush", "destroy", "del", "-F", "-X", "-D", "x"], categories: PD }] },
  { name: "tc", categories: R, flags: [{ flags: ["add", "del", "delete", "change", "replace", "link", "flush", "-b", "-batch"], categories: PM }] },
  { name: "auditctl", categories: PM, flags: [{ flags: ["-l", "-s", "-v", "-h"], categories: R, mode: "set" }, { flags: ["-D", "-e"], categories: PD }] },
  { name: "faillog", categories: R, flags: [{ flags: ["-r", "--reset", "-l", "--lock-secs", "-m", "--maximum"], categories: PM }] },
  { name: "exportfs", categories: PM, flags: [{ flags: ["-s", "-v"], categories: R, mode: "set" }, { flags: ["-a", "-r", "-u", "-o", "-i", "-f"], categories: PM }] },
  { name: "resolvectl", categories: R, flags: [{ flags: ["query", "service", "openpgp", "tlsa"], categories: N },
    { flags: ["flush-caches", "reset-statistics", "reset-server-features", "revert", "monitor"], categories: M },
    // dns/domain/… with a link and values set that link's servers.
    { flags: ["dns", "domain", "default-route", "llmnr", "mdns", "dnssec", "dnsovertls", "nta"], categories: PM, minOperands: 3 }] },
  { name: "networkctl", categories: R, flags: [{ flags: ["up", "down", "reload", "reconfigure", "renew", "forcerenew", "delete", "edit"], categories: PM }] },
  { name: "nmcli", categories: R, flags: [{ flags: ["up", "down", "modify", "mod", "add", "delete", "del", "connect", "disconnect", "reload", "edit", "clone", "import", "export",
    "set", "on", "off", "hostname", "reapply", "rescan", "load", "wifi"], categories: PM }] },
  { name: "chronyc", categories: R, flags: [{ flags: ["makestep", "settime", "burst", "online", "offline", "add", "delete", "allow", "deny", "local", "manual",
    "maxdelay", "minpoll", "maxpoll", "polltarget", "reload", "reselect", "refresh", "shutdown", "trimrtc", "writertc", "dump", "cyclelogs", "smoothtime", "rekey"], categories: PM }] },
  { name: "stern", categories: R, flags: [{ flags: ["--as", "--as-group"], categories: P }, { flags: ["--kubeconfig"], categories: O }] },
  // GitHub and GitLab clients: GROUP VERB; reads ask the service, the rest change it; aliases,
  // extensions and codespaces run commands.
  ...["gh", "glab"].map((name): ProgramRule => ({ name, categories: NM, otherSubcommand: NM, noOperands: N,
    valueOptions: ["-R", "--repo", "--hostname"],
    subcommands: {
      ...Object.fromEntries(["pr", "mr", "issue", "run", "workflow", "repo", "release", "gist", "label", "secret", "variable", "cache", "project",
        "ruleset", "org", "ci", "pipeline", "snippet", "cluster", "deploy-key", "ssh-key", "gpg-key", "attestation", "schedule", "job", "incident"].map((group) => [group, sub(NM, {
        valueOptions: ["-R", "--repo", "-t", "--title", "-b", "--body", "-F", "--body-file", "-B", "--base", "-H", "--head", "-a", "--assignee", "-l", "--label",
          "-L", "--limit", "-s", "--state", "-q", "--jq", "--json", "--template", "-A", "--author", "-m", "--milestone", "-S", "--search", "-w", "--workflow",
          "-b", "--branch", "-u", "--user", "-e", "--event", "-c", "--commit", "-p", "--pattern", "-D", "--dir", "-n", "--name", "--env", "--org"],
        subcommands: {
          ...subs(N, "list", "ls", "view", "status", "diff", "checks", "watch", "verify", "trace"),
          ...subs(["network", "destructive"], "delete", "remove", "rm"),
          ...subs(NM, "download", "clone", "checkout", "co", "fork"),
        },
        otherSubcommand: NM,
      })])),
      api: sub(N, { valueOptions: ["-X", "--method", "-f", "--raw-field", "-F", "--field", "-H", "--header", "--input", "-q", "--jq", "-t", "--template", "-p", "--preview", "--hostname", "--cache"],
        flags: [{ flags: ["-X", "--method"], values: ["~^(?![gG][eE][tT]$)"], categories: NM }, { flags: ["-X", "--method"], values: ["~^[dD][eE][lL][eE][tT][eE]$"], categories: D },
          { flags: ["-f", "--raw-field", "-F", "--field", "--input"], categories: NM }] }),
      auth: sub(NM, { subcommands: subs(N, "status", "token") }),
      ...subs(N, "status", "search", "version", "help", "completion"),
      ...subs(["network", "mutating", "opaque"], "alias", "extension", "ext", "codespace", "cs", "browse", "config"),
    } })),
  { name: "openssl", categories: M, subcommands: {
    ...subs(N, "s_time", "s_server"),
    // s_client may save the session, the TLS keys or the protocol messages to files.
    s_client: sub(N, { flags: [{ flags: ["-sess_out", "-keylogfile", "-msgfile"], categories: M }] }),
    ...subs(R, "version", "help", "list", "ciphers", "errstr", "info"),
    // Read their input and print to standard output unless told to write a file.
    ...Object.fromEntries(["x509", "rand", "dgst", "verify", "crl", "asn1parse", "pkey", "pkeyutl", "pkeyparam", "rsa", "rsautl", "ec", "ecparam",
      "dsa", "dsaparam", "dhparam", "enc", "base64", "genrsa", "genpkey", "gendsa", "pkcs7", "pkcs8", "pkcs12", "sess_id", "smime", "cms",
      "crl2pkcs7", "nseq", "spkac", "prime", "passwd", "speed", "storeutl", "mac", "kdf", "sha1", "sha256", "sha512", "md5", "req", "ocsp"]
      .map((k) => [k, sub(R, {
        valueOptions: ["-in", "-out", "-inform", "-outform", "-keyform", "-CAform", "-CAkeyform", "-CAfile", "-CApath", "-CAstore", "-CA", "-CAkey", "-key",
          "-signkey", "-passin", "-passout", "-certopt", "-nameopt", "-subj", "-days", "-set_serial", "-extfile", "-extensions", "-name", "-certfile",
          "-inkey", "-cipher", "-digest", "-macopt", "-pkeyopt", "-sigopt", "-trusted", "-untrusted", "-purpose", "-issuer", "-cert", "-crlfile", "-ext",
          "-checkend", "-email", "-ip", "-attime", "-verify_hostname", "-verify_ip", "-verify_email", "-rand", "-writerand", "-keyout", "-reqout", "-respout",
          "-url", "-host", "-engine", "-provider", "-provider-path", "-keygen_engine", "-config", "-CAserial", "-index", "-newkey", "-sess_out"],
        flags: [
        // -CAserial: signing with a CA writes the next serial number back to that file.
        { flags: ["-out", "-keyout", "-writerand", "-CAcreateserial", "-CAserial", "-new", "-newkey", "-reqout", "-respout", "-index"], categories: M },
        { flags: ["-url", "-host"], categories: N },
        // Engines, providers (a name may be a module's path) and a configuration file (which may load
        // engines and providers, as OPENSSL_CONF does) load shared libraries of the caller's choice.
        { flags: ["-engine", "-provider", "-provider-path", "-keygen_engine", "-config"], categories: O },
      ] })])),
  } },
  { name: "http", aliases: ["https", "xh", "xhs"], categories: N, valueOptions: ["-a", "--auth", "-A", "--auth-type", "--session", "--session-read-only", "-o", "--output", "--proxy", "--verify", "--cert", "--cert-key"],
    flags: [{ flags: ["-d", "--download", "-o", "--output", "--session"], categories: M }] },
  { name: "sshpass", categories: [], wrapper: { valueOptions: ["-p", "-f", "-d", "-P"], bare: R } },
  { name: "psql", categories: R, handler: "psql" },
  { name: "mysql", aliases: ["mariadb"], categories: ["network", "mutating", "opaque"], handler: "mysql" },

  // Programs that run other programs.
  ...wrappers,
  ...shells,
  ...interpreters,
  { name: "eval", categories: R, handler: "eval" },
  { name: "unalias", categories: R },
  { name: "source", aliases: ["."], categories: MO },
  { name: "alias", categories: R, handler: "eval" },
  { name: "trap", categories: R, handler: "eval" },
  { name: "at", aliases: ["batch"], categories: MO, flags: [{ flags: ["-l", "-c"], categories: R, mode: "set" }] },
  // Even with -n, make expands $(shell …) and runs recipe lines marked "+".
  { name: "make", categories: MO },
  { name: "java", categories: MO, flags: [{ flags: ["-version", "--version", "-help", "--help", "-h", "-?"], categories: R, mode: "set" }] },
  { name: "xdg-open", aliases: ["open", "sensible-browser"], categories: MO },

  // Platforms driven by sub-command.
  git,
  kubectl,
  docker,
  crictl,
  ctr,
  { name: "docker-compose", aliases: ["podman-compose"], ...docker.subcommands!["compose"]! },
  systemctl,
  { ...pkg("apt-get", ["check", "changelog"], ["remove", "purge", "autoremove", "clean", "autoclean"]), ...APT_OPTIONS },
  { ...pkg("apt", ["list", "search", "show", "policy", "depends", "rdepends", "showsrc"], ["remove", "purge", "autoremove", "clean", "autoclean"]), ...APT_OPTIONS },
  pkg("apt-cache", ["search", "show", "policy", "depends", "rdepends", "showpkg", "stats", "dump", "madison", "pkgnames"], []),
  // dpkg's action is an option; installing runs maintainer scripts.
  { name: "dpkg", categories: MO, valueOptions: ["--root", "--admindir", "--instdir", "--log", "--force", "--status-fd"], flags: [
    { flags: ["-l", "--list", "-L", "--listfiles", "-s", "--status", "-S", "--search", "-p", "--print-avail", "--print-architecture",
      "--print-foreign-architectures", "--get-selections", "--compare-versions", "-c", "--contents", "-I", "--info", "-W", "--show",
      "--version", "--help", "-C", "--audit", "--verify", "-V"], categories: R, mode: "set" },
    { flags: ["-r", "--remove", "-P", "--purge"], categories: ["destructive", "privileged"] },
    { flags: ["-i", "--install", "--unpack", "--configure", "--set-selections", "--clear-selections", "--add-architecture", "--remove-architecture"], categories: ["privileged", "mutating", "opaque"] },
  ] },
  { name: "dpkg-query", categories: R },
  { name: "rpm", categories: MO, flags: [
    { flags: ["-q", "--query", "-V", "--verify", "--querytags", "--showrc", "--version", "--help"], categories: R, mode: "set" },
    { flags: ["-e", "--erase"], categories: ["destructive", "privileged"] },
  ] },
  { name: "go", categories: MO, noOperands: R, otherSubcommand: MO, subcommands: {
    ...subs(R, "version", "help", "doc"),
    ...subs(["network", "mutating", "opaque"], "get", "install", "mod"),
    env: sub(R, { flags: [{ flags: ["-w", "-u"], categories: M }] }),
  } },
  ...destructive("dropdb", "dropuser"),
  // PostgreSQL tools: dumps print unless -f names a file; restoring writes the database, --clean drops first.
  { name: "pg_dump", aliases: ["pg_dumpall"], categories: R, valueOptions: ["-f", "--file", "-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname", "-F", "--format", "-n", "-N", "-t", "-T", "-j", "-Z"],
    flags: [{ flags: ["-f", "--file"], categories: M }] },
  { name: "pg_restore", categories: M, valueOptions: ["-f", "--file", "-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname", "-F", "--format", "-n", "-N", "-t", "-T", "-j", "-L", "--use-list", "-I", "-P", "-S"],
    flags: [{ flags: ["-l", "--list"], categories: R, mode: "set" }, { flags: ["-c", "--clean"], categories: D }] },
  { name: "pg_isready", categories: N },
  { name: "createdb", categories: M },
  { name: "createuser", categories: PM },
  { name: "pg_ctl", aliases: ["pg_ctlcluster"], categories: R, otherSubcommand: MO, valueOptions: ["-D", "--pgdata", "-l", "--log", "-m", "--mode", "-o", "--options", "-p", "-t", "--timeout", "-s", "--signal", "-N", "-U", "-P", "-e"],
    booleanOptions: ["-w", "--wait", "-W", "--no-wait", "-s", "--silent", "-c", "--core-files", "-V", "--version", "-?", "--help"],
    flags: [{ flags: ["-o", "--options", "-p"], categories: O }],
    subcommands: { ...subs(R, "status"), ...subs(D, "stop", "kill"), ...subs(M, "start", "restart", "reload", "promote", "logrotate", "init", "initdb") } },
  // mysqladmin: its operands are commands; status and the like read the server.
  { name: "mysqladmin", aliases: ["mariadb-admin"], categories: ["network", "mutating", "opaque"], valueOptions: ["-h", "--host", "-P", "--port", "-u", "--user", "-S", "--socket", "-c", "--count", "-i", "--sleep"],
    flags: [
      { flags: ["status", "ping", "version", "variables", "processlist", "proc", "extended-status"], categories: N, mode: "set" },
      { flags: ["shutdown", "drop", "kill"], categories: ["network", "destructive"] },
      { flags: ["create", "flush-hosts", "flush-logs", "flush-privileges", "flush-status", "flush-tables", "flush-threads", "reload", "refresh", "password", "old-password",
        "start-replica", "stop-replica", "start-slave", "stop-slave", "debug"], categories: NM },
    ] },
  { name: "mysqldump", aliases: ["mariadb-dump"], categories: N, flags: [{ flags: ["-r", "--result-file", "--tab", "-T"], categories: M }] },
  // MongoDB: shells run JavaScript; dump and restore write files or the database (--drop drops collections first).
  ...["mongo", "mongosh"].map((name): ProgramRule => ({ name, categories: ["network", "mutating", "opaque"] })),
  { name: "mongodump", aliases: ["mongoexport"], categories: NM },
  { name: "mongorestore", aliases: ["mongoimport"], categories: NM, flags: [{ flags: ["--drop"], categories: D }] },
  { name: "ssh-copy-id", categories: NM },
  // Key-value and secret stores reached over the network: reads are network, writes mutating,
  // deletes destructive; tokens, policies and auth methods hand out rights.
  { name: "vault", categories: ["network", "mutating", "opaque"], otherSubcommand: ["network", "mutating", "opaque"], subcommands: {
    ...subs(N, "read", "list", "status", "version", "print", "path-help"),
    ...subs(NM, "write", "login", "unwrap"),
    ...subs(["network", "destructive"], "delete"),
    kv: sub(NM, { subcommands: { ...subs(N, "get", "list"), ...subs(NM, "put", "patch", "rollback", "undelete", "enable-versioning"),
      ...subs(["network", "destructive"], "delete", "destroy"), metadata: sub(N, { subcommands: { ...subs(N, "get", "list"), ...subs(NM, "put", "patch"), ...subs(["network", "destructive"], "delete") } }) } }),
    ...Object.fromEntries(["token", "policy", "auth", "secrets", "audit", "operator"].map((k) => [k, sub(["network", "privileged", "mutating"], {
      subcommands: subs(N, "lookup", "list", "read", "capabilities") })])),
  } },
  { name: "etcdctl", categories: ["network", "mutating", "opaque"], otherSubcommand: ["network", "mutating", "opaque"], subcommands: {
    ...subs(N, "get", "version", "endpoint"),
    // watch and lock/elect may run a command given after the key.
    ...subs(["network", "mutating", "opaque"], "watch", "lock", "elect", "check"),
    alarm: sub(N, { subcommands: { ...subs(N, "list"), ...subs(NM, "disarm") } }),
    lease: sub(NM, { subcommands: { ...subs(N, "list", "timetolive"), ...subs(["network", "destructive"], "revoke") } }),
    ...Object.fromEntries(["user", "role"].map((k) => [k, sub(["network", "privileged", "mutating"], { subcommands: subs(N, "get", "list") })])),
    member: sub(N, { subcommands: { ...subs(N, "list"), ...subs(["network", "destructive"], "remove"), ...subs(NM, "add", "update", "promote") } }),
    ...subs(NM, "put", "txn", "defrag", "move-leader"),
    ...subs(["network", "destructive"], "del", "compaction"),
    snapshot: sub(N, { subcommands: { ...subs(NM, "save", "restore"), ...subs(N, "status") } }),
  } },
  { name: "consul", categories: ["network", "mutating", "opaque"], otherSubcommand: ["network", "mutating", "opaque"], subcommands: {
    ...subs(N, "members", "info", "version", "catalog", "monitor", "rtt"),
    // watch prints changes, or runs the handler command given after its options on every change.
    watch: sub(N, { withOperands: ["network", "mutating", "opaque"] }),
    kv: sub(NM, { subcommands: { ...subs(N, "get", "export"), ...subs(NM, "put", "import"), ...subs(["network", "destructive"], "delete") } }),
    ...subs(["network", "destructive"], "leave", "force-leave"),
  } },
  { name: "redis-cli", aliases: ["valkey-cli"], categories: ["network", "mutating", "opaque"],
    valueOptions: ["-h", "-p", "-s", "-a", "--user", "--pass", "-u", "-r", "-i", "-n", "-d", "-D", "--eval", "--tls-cert", "--tls-key", "--cacert"],
    flags: [{ flags: ["FLUSHALL", "flushall", "FLUSHDB", "flushdb", "SHUTDOWN", "shutdown", "DEL", "del", "UNLINK", "unlink"], categories: D }] },
  { name: "terraform", aliases: ["tofu"], categories: ["network", "mutating", "opaque"], otherSubcommand: ["network", "mutating", "opaque"], noOperands: R, subcommands: {
    ...subs(R, "version", "validate", "output", "show", "graph", "providers", "-version", "-help"),
    // fmt rewrites the files in place (also with -diff) unless told only to check.
    fmt: sub(M, { flags: [{ flags: ["-check"], categories: R, mode: "set" }] }),
    destroy: sub(["network", "destructive", "opaque"]),
    apply: sub(["network", "mutating", "opaque"], { flags: [{ flags: ["-destroy"], categories: D }] }),
    state: sub(R, { subcommands: { ...subs(R, "list", "show", "pull"), ...subs(D, "rm", "push", "replace-provider"), ...subs(M, "mv") }, otherSubcommand: MO }),
    workspace: sub(R, { subcommands: { ...subs(R, "list", "show"), ...subs(D, "delete"), ...subs(M, "new", "select") }, otherSubcommand: MO }),
  } },
  ...["zfs", "zpool"].map((name): ProgramRule => ({ name, categories: PM, flags: [
    { flags: ["list", "get", "status", "iostat", "history", "version", "help"], categories: R, mode: "set" },
    { flags: ["destroy", "rollback", "labelclear", "detach", "offline", "remove"], categories: PD }] })),
  { name: "btrfs", categories: PM, flags: [
    { flags: ["show", "list", "df", "usage", "get", "--version", "--help"], categories: R, mode: "set" },
    { flags: ["delete", "remove", "zero-log", "rescue", "balance"], categories: PD }] },
  { name: "virsh", categories: MO, flags: [
    { flags: ["list", "dominfo", "domstate", "dumpxml", "nodeinfo", "version", "capabilities", "net-list", "pool-list", "vol-list", "snapshot-list", "domblklist", "domiflist", "help"], categories: R, mode: "set" },
    { flags: ["destroy", "undefine", "vol-delete", "vol-wipe", "pool-delete", "pool-destroy", "net-destroy", "net-undefine", "snapshot-delete", "shutdown", "reboot", "reset"], categories: D }] },
  { name: "nvme", categories: PM, flags: [
    { flags: ["list", "id-ctrl", "id-ns", "smart-log", "error-log", "version", "help"], categories: R, mode: "set" },
    { flags: ["format", "sanitize", "delete-ns", "detach-ns"], categories: PD }] },
  { name: "hostnamectl", categories: R, otherSubcommand: MO, subcommands: { ...subs(R, "status"), hostname: sub(R, { withOperands: PM }), ...subs(PM, "set-hostname", "set-icon-name", "set-chassis", "set-deployment", "set-location") } },
  { name: "timedatectl", categories: R, otherSubcommand: MO, subcommands: { ...subs(R, "status", "show", "list-timezones", "timesync-status", "show-timesync"), ...subs(PM, "set-time", "set-timezone", "set-local-rtc", "set-ntp", "ntp-servers", "revert") } },
  { ...pkg("yum", ["list", "info", "search", "provides", "repolist", "check-update"], ["remove", "erase", "autoremove", "clean"], ["dnf", "microdnf"], {
    // undo, redo and rollback install and remove packages again.
    history: sub(R, { subcommands: subs(R, "list", "info", "summary", "package-list", "stats"), otherSubcommand: ["network", "destructive", "opaque"] }),
  }), valueOptions: ["-c", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "-d", "--debuglevel", "-e", "--errorlevel", "-x", "--exclude"],
    booleanOptions: ["-y", "--assumeyes", "--assumeno", "-q", "--quiet", "-v", "--verbose", "-C", "--cacheonly", "--nogpgcheck",
      "--refresh", "--skip-broken", "--best", "--nobest", "--allowerasing", "--noplugins", "--downloadonly", "--security",
      "--bugfix", "--obsoletes", "--version", "-h", "--help"] },
  // apk, pip, npm, helm: options before the sub-command
  { ...pkg("apk", ["info", "search", "list", "policy", "stats", "dot"], ["del", "purge", "cache"]),
    valueOptions: ["-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir"],
    booleanOptions: ["-q", "--quiet", "-v", "--verbose", "-U", "--update-cache", "--no-cache", "-i", "--interactive",
      "--no-progress", "-s", "--simulate", "--allow-untrusted", "-h", "--help", "-V", "--version"] },
  { ...pkg("pip", ["list", "show", "freeze", "check", "help", "inspect"], ["uninstall", "cache"], ["pip3", "pipx"], {
    ...subs(N, "search", "index"),
    // --outdated and --uptodate ask the package index for the latest versions.
    list: sub(R, { flags: [{ flags: ["-o", "--outdated", "-u", "--uptodate"], categories: N, mode: "set" }] }),
  }),
    valueOptions: ["--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert",
      "--cache-dir", "--python", "--use-feature", "--use-deprecated", "--keyring-provider", "--progress-bar", "--resume-retries"],
    booleanOptions: ["-v", "--verbose", "-q", "--quiet", "--isolated", "--require-virtualenv", "--no-input", "--no-cache-dir",
      "--disable-pip-version-check", "--no-color", "--no-python-version-warning", "--debug", "-V", "--version", "-h", "--help"] },
  { ...pkg("npm", ["ls", "list", "help", "explain", "why"], ["uninstall", "remove", "rm", "un", "prune", "unpublish"], ["pnpm"], {
    // These ask the registry.
    ...subs(N, "view", "info", "show", "v", "search", "s", "find", "whoami", "ping", "outdated"),
    config: sub(M, { subcommands: { ...subs(R, "get", "list", "ls"), edit: sub(MO) } }),
  }),
    valueOptions: ["--prefix", "-C", "--dir", "-w", "--workspace", "--registry", "--userconfig", "--globalconfig", "--cache",
      "--loglevel", "--filter", "-F", "--reporter"],
    booleanOptions: ["-g", "--global", "-s", "--silent", "-q", "--quiet", "-d", "--verbose", "-ws", "--workspaces",
      "--include-workspace-root", "-r", "--recursive", "-y", "--yes", "--json", "-v", "--version", "-h", "--help"] },
  // A bare `yarn` installs the dependencies.
  // Queries that ask a package registry or store over the network are network, not read-only.
  { ...pkg("yarn", ["list", "why", "help", "versions"], ["remove", "unlink", "autoclean"], [], subs(N, "info", "outdated", "owner", "npm")), noOperands: ["network", "mutating", "opaque"] },
  pkg("brew", ["list", "info", "outdated", "deps", "config", "doctor", "leaves"], ["uninstall", "remove", "rm", "cleanup"], [], subs(N, "search")),
  pkg("snap", ["list", "version", "services"], ["remove"], [], subs(N, "info", "find")),
  pkg("flatpak", ["list", "info", "search", "remotes", "history", "ps", "documents"], ["uninstall", "remove"]),
  pkg("gem", ["list", "info", "contents", "dependency", "environment", "specification", "which", "help"], ["uninstall", "cleanup"], [], subs(N, "search", "outdated")),
  pkg("cargo", ["tree", "metadata", "version", "help", "verify-project", "locate-project", "read-manifest"], ["uninstall", "clean"], [], subs(N, "search")),
  pkg("conda", ["list", "info", "env"], ["remove", "uninstall", "clean"], ["mamba", "micromamba"], subs(N, "search")),
  pkg("zypper", ["search", "se", "info", "if", "list-updates", "lu", "repos", "lr", "packages", "pa"], ["remove", "rm"]),
  // pacman: -Q and -Ss read, -R removes, anything else installs or syncs.
  { name: "pacman", aliases: ["yay", "paru"], categories: ["network", "mutating", "opaque"], flags: [
    { flags: ["-Q", "-Qi", "-Ql", "-Qs", "-Qe", "-Qm", "-Qdt", "-Ss", "-Si", "--query"], categories: R, mode: "set" },
    { flags: ["-R", "-Rs", "-Rns", "-Rsn", "-Rn", "-Rdd", "--remove"], categories: ["destructive", "opaque"], mode: "set" }] },
  { ...pkg("helm", ["list", "ls", "status", "get", "history", "template", "lint", "version", "env"], ["uninstall", "delete", "del", "un"], [], {
    search: sub(R, { subcommands: { hub: sub(N) } }),
    show: sub(N),
  }),
    valueOptions: ["-n", "--namespace", "--kube-context", "--kubeconfig", "--kube-apiserver", "--kube-as-user", "--kube-as-group",
      "--kube-ca-file", "--kube-token", "--kube-tls-server-name", "--registry-config", "--repository-config", "--repository-cache",
      "--burst-limit", "--qps", "--content-cache"],
    booleanOptions: ["--debug", "--kube-insecure-skip-tls-verify", "-h", "--help"],
    // A post-renderer is a program helm runs on the rendered manifests.
    flags: [{ flags: ["--post-renderer", "--post-renderer-args"], categories: O },
      // As for kubectl: impersonation acts with another identity's rights; another kubeconfig or API server, unknown credentials and plugins.
      { flags: ["--kube-as-user", "--kube-as-group"], categories: P }, { flags: ["--kubeconfig", "--kube-token", "--kube-apiserver"], categories: O }] },
];
