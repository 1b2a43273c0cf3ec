// User settings for a test workbench (browser host and desktop alike): quiet, offline, no first-run pages.

/** Keeps telemetry, welcome pages, workspace-trust prompts, update checks, recommendations and AI features out of tests. */
export const quietSettings = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
};

/** Turns Workspace Trust on without prompts, so a freshly opened folder is in Restricted Mode (not trusted). */
export const restrictedModeSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/** The settings.json text for a fresh user-data directory: `quietSettings` with the caller's settings on top. */
export function settingsJson(overrides = {}) {
  return `${JSON.stringify({ ...quietSettings, ...overrides }, null, 2)}\n`;
}
